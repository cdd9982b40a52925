import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';

/**
 * "c'est quoi la diff entre cap et bac pro", "plutôt bac pro ou bts ?", "bp ou bac pro ?", "terminale générale ou bac
 * pro ?": two levels or paths weighed against each other. The answer is the FAQ entry that compares them, never the
 * card of the first one named (diploma-explained) nor its places (diploma-named).
 */

/** A level or a path of study, as people name it. */
export type Path = 'cap' | 'bacpro' | 'bp' | 'bts' | 'general';

const PATH_WORDS: ReadonlyArray<[Path, RegExp]> = [
  ['bacpro', /\b(?:bac ?pro|bac professionnel|baccalaureat professionnel|bacs pro)\b/],
  // The general bac itself (its last year): "seconde générale" or "lycée général" before it is another question, the
  // switch from there, which no entry answers (honest-faq-round10).
  ['general', /\b(?:bac general|bac g|baccalaureat general|terminale generale|terminale g)\b/],
  ['cap', /\bcap\b/],
  ['bp', /\b(?:bp|brevet professionnel)\b/],
  ['bts', /\b(?:bts|brevet de technicien superieur)\b/],
];

/** Words that weigh two things: "ou", "diff", "plutôt", "vs", "mieux", "lequel", "entre", "pareil", "hésite". */
const WEIGHS = /\b(?:ou|diff|difference|differences|plutot|vs|versus|mieux|meilleur|lequel|laquelle|entre|pareil|compar\w*|hesite|choisir)\b/;

/** Each pair of paths (in a fixed order) and the entry that compares them or says what leads from one to the other. */
const ENTRY_OF_PAIR: ReadonlyMap<string, string> = new Map([
  ['bacpro+cap', 'difference-cap-bac-pro'],
  ['bacpro+bts', 'poursuite-apres-bac-pro'],
  ['bacpro+bp', 'diplome-bp'],
  ['bp+cap', 'diplome-bp'],
  ['bacpro+general', 'apres-bac-general'],
  ['cap+general', 'apres-bac-general'],
  ['bts+general', 'apres-bac-general'],
]);

/** "après mon CAP, BP ou bac pro ?": what comes after the level held is that level's entry on going further. */
const AFTER_HELD: ReadonlyArray<[RegExp, string]> = [
  [/\bapres (?:un |mon |le |son |ton |votre |l )?cap\b/, 'poursuite-apres-cap'],
  [/\bapres (?:un |mon |le |son |ton |votre )?bac ?pro\b/, 'poursuite-apres-bac-pro'],
];

export function pathsNamed(normalized: string): Path[] {
  // "bac pro" is read first and blanked, so that its "pro" or "bac" is never read again as another path.
  let rest = normalized;
  const found: Path[] = [];
  for (const [path, words] of PATH_WORDS) {
    if (words.test(rest)) {
      found.push(path);
      rest = rest.replace(new RegExp(words.source, 'g'), ' ');
    }
  }
  return found;
}

/**
 * The entry comparing the two paths the message weighs, when it asks only that: no aid, no pay, no place (a course
 * near a town is the course search), no trade named as the subject of a course request with a town.
 */
export function pathsCompared(u: Understanding): string | undefined {
  if (u.cues.aidWord || u.cues.asksAmount || namesPlace(u) || u.outside !== undefined) return undefined;
  if (u.intent === 'salary' || u.intent === 'aids' || u.intent === 'employer_aids') return undefined;
  const paths = pathsNamed(u.normalized);
  if (paths.length < 2 || !WEIGHS.test(u.normalized)) return undefined;
  const after = AFTER_HELD.find(([words]) => words.test(u.normalized));
  if (after) return after[1];
  if (paths.length !== 2) return undefined;
  return ENTRY_OF_PAIR.get([...paths].sort().join('+'));
}

/** The paths a comparing entry weighs (every pair it answers), none for an entry that compares nothing. */
export function pathsComparedBy(entryId: string): ReadonlySet<Path> {
  const paths = [...ENTRY_OF_PAIR].filter(([, id]) => id === entryId).flatMap(([pair]) => pair.split('+') as Path[]);
  return new Set(paths);
}

/** The entry comparing two paths, if one does. */
export const entryComparing = (a: Path, b: Path): string | undefined => ENTRY_OF_PAIR.get([a, b].sort().join('+'));
