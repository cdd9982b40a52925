import type { SchoolLevel } from './types.js';

/** The school class reached or attended: "je suis en 3e", "j'ai fini la 3e", "en seconde", "terminale". */

const COLLEGE = /^([3-6])e$/;
const BEFORE_CLASS = new Set(['en', 'la', 'ma', 'sa', 'de', 'fini', 'finis', 'sortie', 'sorti', 'fin', 'apres', 'quitte',
  'arrete', 'redouble', 'redoublee', 'termine', 'depuis', 'jusque', 'classe', 'une']);
const YEAR_WORDS = new Set(['annee', 'annees', 'an']);

export function extractSchoolLevel(tokens: readonly string[]): SchoolLevel | undefined {
  let found: SchoolLevel | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1];
    if (next !== undefined && YEAR_WORDS.has(next)) continue;
    const college = COLLEGE.exec(t);
    if (college && (BEFORE_CLASS.has(prev) || tokens.length === 1)) {
      found = `${college[1]}e` as SchoolLevel;
    } else if (t === 'seconde' && BEFORE_CLASS.has(prev) && prev !== 'une') {
      found = 'seconde';
    } else if (t === '1e' && (BEFORE_CLASS.has(prev) || next === 'bac' || next === 'generale' || next === 'pro')) {
      found = '1e';
    } else if (t === 'terminale') {
      found = 'terminale';
    }
  }
  return found;
}
