import type { DiplomaMention, DiplomaRelation, DiplomaType, SchoolLevel } from './types.js';

/**
 * Diplomas named in a message, with their level and whether the person holds, prepares or wants them
 * ("j'ai un CAP" / "je suis en CAP" / "je veux faire un BTS"), plus explicit levels ("bac+2", "niveau 4").
 */

interface Pattern {
  words: readonly string[];
  type: DiplomaType;
  level: number | undefined;
}

// Longest first: "bac pro" must win over "bac", "licence pro" over "licence".
const PATTERNS: readonly Pattern[] = [
  { words: ['brevet', 'de', 'technicien', 'superieur'], type: 'bts', level: 5 },
  { words: ['baccalaureat', 'professionnel'], type: 'bac_pro', level: 4 },
  { words: ['bac', 'professionnel'], type: 'bac_pro', level: 4 },
  { words: ['bac', 'pro'], type: 'bac_pro', level: 4 },
  { words: ['brevet', 'professionnel'], type: 'bp', level: 4 },
  { words: ['brevet', 'de', 'maitrise'], type: 'bm', level: 5 },
  { words: ['mention', 'complementaire'], type: 'mc', level: 3 },
  { words: ['titre', 'professionnel'], type: 'titre_pro', level: undefined },
  { words: ['titre', 'pro'], type: 'titre_pro', level: undefined },
  { words: ['licence', 'professionnelle'], type: 'licence_pro', level: 6 },
  { words: ['licence', 'pro'], type: 'licence_pro', level: 6 },
  { words: ['cap', 'agricole'], type: 'capa', level: 3 },
  { words: ['diplome', 'de', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['ecole', 'de', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['ecole', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['cycle', 'ingenieur'], type: 'ingenieur', level: 7 },
  // An apprentice or a student engineer prepares the diplôme d'ingénieur ("et pour un apprenti ingénieur ?"); the job
  // title alone ("ingénieur") stays a trade.
  { words: ['apprenti', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['apprentie', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['alternant', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['alternante', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['eleve', 'ingenieur'], type: 'ingenieur', level: 7 },
  { words: ['baccalaureat'], type: 'bac', level: 4 },
  { words: ['bac'], type: 'bac', level: 4 },
  { words: ['cap'], type: 'cap', level: 3 },
  { words: ['capa'], type: 'capa', level: 3 },
  { words: ['bep'], type: 'bep', level: 3 },
  { words: ['bp'], type: 'bp', level: 4 },
  { words: ['bpjeps'], type: 'bp', level: 4 },
  { words: ['bts'], type: 'bts', level: 5 },
  { words: ['btsa'], type: 'btsa', level: 5 },
  { words: ['but'], type: 'but', level: 6 },
  { words: ['dut'], type: 'dut', level: 5 },
  { words: ['deust'], type: 'deust', level: 5 },
  { words: ['mc'], type: 'mc', level: 3 },
  { words: ['licence'], type: 'licence', level: 6 },
  { words: ['master'], type: 'master', level: 7 },
  { words: ['cqp'], type: 'cqp', level: undefined },
];

const HELD = new Set(['ai', 'avons', 'obtenu', 'eu', 'titulaire', 'apres', 'deja', 'diplome', 'diplomee', 'fini',
  'termine', 'valide', 'possede', 'fait', 'avec',
  // "et si j'avais un bac pro ?", "s'il avait un BTS", "si j'aurais un bac": a diploma held in a case supposed.
  'avais', 'avait', 'aviez', 'avions', 'aurais', 'aurait']);
const AIMED = new Set(['veux', 'voudrais', 'veut', 'voudrait', 'aimerais', 'aimerait', 'souhaite', 'souhaiterais',
  'envisage', 'compte', 'vise', 'passer', 'preparer', 'faire', 'integrer', 'entrer', 'vers', 'pour', 'poursuivre',
  'continuer', 'enchainer', 'suivre', 'reprendre', 'commencer', 'postuler', 'quel', 'quelle', 'futur', 'rentrer']);
const CURRENT = new Set(['prepare', 'fais', 'actuellement', 'suis', 'est']);
/**
 * "j'ai raté mon CAP", "g loupé mon bac pro", "recalé au BTS": the diploma was sat and not obtained. The person does not
 * hold it (no level, no "what comes after it"), whatever "j'ai" before says.
 */
const FAILED = new Set(['rate', 'ratee', 'rater', 'loupe', 'loupee', 'louper', 'echoue', 'echouee', 'echouer', 'recale',
  'recalee', 'foire', 'plante', 'plantee']);
/** "j'ai pas eu mon CAP", "je n'ai jamais obtenu le bac": a word of getting negated is a diploma not obtained. */
const GETTING = new Set(['eu', 'obtenu', 'obtenue', 'valide', 'validee', 'reussi', 'reussie', 'decroche', 'decrochee']);
const NEGATION = new Set(['pas', 'jamais', 'point']);
/** "pas encore eu": not yet, which is being prepared, not failed. */
const NOT_YET = 'encore';
/** What may stand between "en" and the diploma in "en 2e année de CAP", "en 1ère bac pro". */
const BETWEEN_EN = /^(?:\d+e|annee|de|seconde|terminale|premiere)$/;
const POSSESSION = new Set(['ai', 'avons', 'obtenu', 'eu', 'titulaire', 'a']);
const THIRD_PERSON = new Set(['il', 'elle', 'fils', 'fille', 'enfant', 'on']);

export interface DiplomaFindings {
  diplomas: DiplomaMention[];
  level: number | undefined;
  /** "j'ai le bac" reached the bac; "j'ai eu le brevet" finished the 3e. */
  schoolLevel: SchoolLevel | undefined;
}

export function extractDiplomas(tokens: readonly string[]): DiplomaFindings {
  const diplomas: DiplomaMention[] = [];
  let level: number | undefined;
  let schoolLevel: SchoolLevel | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "bac plus 2" is a level, not a bac.
    if ((t === 'bac' || t === 'baccalaureat') && tokens[i + 1] === 'plus' && /^\d$/.test(tokens[i + 2] ?? '')) {
      level = levelFromBacPlus(Number(tokens[i + 2]));
      i += 2;
      continue;
    }
    if (t === 'niveau') {
      const explicit = levelAfterNiveau(tokens, i + 1);
      if (explicit !== undefined) {
        level = explicit.level;
        i += explicit.length;
        continue;
      }
    }
    if ((t === 'brevet' || t === 'dnb') && tokens[i + 1] !== 'de' && tokens[i + 1] !== 'professionnel') {
      const cue = relationCue(tokens, i);
      // "j'ai raté le brevet": sat at the end of the 3e, which is finished all the same.
      if (cue.relation === 'held' || cue.relation === 'failed') schoolLevel = '3e';
      continue;
    }
    const pattern = PATTERNS.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (!pattern || !plausible(pattern, tokens, i)) continue;
    const before = relationCue(tokens, i);
    // "CAP coiffure obtenu en juin", "bac pro en poche": nothing before says it, the word after does ("mon CAP je
    // l'ai raté", "bac pro pas obtenu": failed).
    const after = before.word === undefined ? relationAfter(tokens, i + pattern.words.length) : undefined;
    const cue = after !== undefined ? { relation: after, word: undefined } : before;
    let diplomaLevel = pattern.level;
    const told = tokens[i + pattern.words.length] === 'niveau' ? levelAfterNiveau(tokens, i + pattern.words.length + 1) : undefined;
    if (told) diplomaLevel = told.level;
    if (!diplomas.some((d) => d.type === pattern.type && d.relation === cue.relation)) {
      diplomas.push({ type: pattern.type, level: diplomaLevel, relation: cue.relation });
    }
    if ((pattern.type === 'bac' || pattern.type === 'bac_pro') && cue.relation === 'held' && cue.word !== undefined
      && POSSESSION.has(cue.word)) {
      schoolLevel = 'bac';
    }
    i += pattern.words.length - 1;
  }
  return { diplomas, level, schoolLevel };
}

/** "but" is also the French word for goal ("le but de"); "mc" and "bp" are short enough to need a determiner. */
function plausible(pattern: Pattern, tokens: readonly string[], i: number): boolean {
  if (pattern.type === 'but') {
    const next = tokens[i + 1];
    if (next === 'de' || next === 'est' || next === 'du' || next === 'que') return false;
    return ['un', 'en', 'mon', 'ce', 'le', 'du', 'de', 'ton', 'son', 'faire', 'passer'].includes(tokens[i - 1] ?? '');
  }
  return true;
}

/** A word within the three after the diploma (its speciality between) that says it is held: "obtenu", "en poche". */
const HELD_AFTER = new Set(['obtenu', 'obtenue', 'valide', 'validee', 'reussi', 'reussie', 'poche', 'decroche', 'decrochee']);
/** The words after the diploma (its speciality between) that say it was failed: "raté", "pas obtenu", "l'ai pas eu". */
const AFTER_WINDOW = 4;
function relationAfter(tokens: readonly string[], from: number): 'held' | 'failed' | undefined {
  const window = tokens.slice(from, from + AFTER_WINDOW);
  const failedAt = window.findIndex((w, k) => FAILED.has(w) || (GETTING.has(w) && negatedGetting(window, k)));
  if (failedAt >= 0) return 'failed';
  return window.slice(0, 3).some((w) => HELD_AFTER.has(w)) ? 'held' : undefined;
}

/** "pas eu", "jamais obtenu", "ai pas eu": the getting word at `k` negated just before (not "pas encore eu"). */
function negatedGetting(tokens: readonly string[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && NEGATION.has(before);
}

function relationCue(tokens: readonly string[], i: number): { relation: DiplomaRelation; word: string | undefined } {
  // "en CAP", "en 2e année de CAP", "en 1ère bac pro": being prepared now.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k] as string;
    if (w === 'en') return { relation: 'current', word: w };
    if (!BETWEEN_EN.test(w)) break;
  }
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = tokens[k] as string;
    if (FAILED.has(w)) return { relation: 'failed', word: w };
    if (GETTING.has(w) && tokens[k - 1] === NOT_YET) return { relation: 'current', word: w };
    if (GETTING.has(w) && negatedGetting(tokens, k)) return { relation: 'failed', word: w };
    if (AIMED.has(w)) return { relation: 'aimed', word: w };
    // "elle fait un bac pro" is under way; "elle a fait un bac pro" is done.
    if (w === 'fait' && THIRD_PERSON.has(tokens[k - 1] ?? '')) return { relation: 'current', word: w };
    if (HELD.has(w)) return { relation: 'held', word: w };
    if (w === 'a' && THIRD_PERSON.has(tokens[k - 1] ?? '')) return { relation: 'held', word: w };
    // "elle vient d'avoir son CAP": just obtained.
    if ((w === 'avoir' || w === 'obtenir' || w === 'valider') && tokens[k - 1] === 'de' && /^vien(?:s|t|nent|nons|nez)$/.test(tokens[k - 2] ?? '')) return { relation: 'held', word: w };
    if (CURRENT.has(w) && (w !== 'est' || tokens[k + 1] === 'en')) return { relation: 'current', word: w };
  }
  return { relation: 'aimed', word: undefined };
}

function levelFromBacPlus(n: number): number | undefined {
  if (n === 0) return 4;
  if (n === 1 || n === 2) return 5;
  if (n === 3 || n === 4) return 6;
  if (n >= 5 && n <= 8) return n === 8 ? 8 : 7;
  return undefined;
}

function levelAfterNiveau(tokens: readonly string[], j: number): { level: number; length: number } | undefined {
  const w = tokens[j];
  if (w === undefined) return undefined;
  if (/^[3-8]$/.test(w)) return { level: Number(w), length: 1 };
  if (w === 'bac' && tokens[j + 1] === 'plus' && /^\d$/.test(tokens[j + 2] ?? '')) {
    const level = levelFromBacPlus(Number(tokens[j + 2]));
    return level === undefined ? undefined : { level, length: 3 };
  }
  if (w === 'bac') return { level: 4, length: 1 };
  if (w === 'cap' || w === 'bep') return { level: 3, length: 1 };
  if (w === 'bts' || w === 'dut') return { level: 5, length: 1 };
  if (w === 'licence') return { level: 6, length: 1 };
  if (w === 'master') return { level: 7, length: 1 };
  return undefined;
}
