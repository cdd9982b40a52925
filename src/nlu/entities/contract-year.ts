/** Year of the apprenticeship contract (1-4): "1ere année", "la 2eme", "deuxième année", "année 3". */

const ORDINAL = /^([1-4])e$/;
const YEAR_WORDS = new Set(['annee', 'annees', 'an']);
/** "année" with a letter missing, as typed on a phone: "anne", "ane", "anee". */
const YEAR_TYPED_AFTER_ORDINAL = /^ann?ee?s?$/;

export function extractContractYear(tokens: readonly string[]): 1 | 2 | 3 | 4 | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1];
    const ordinal = ORDINAL.exec(t);
    // After an ordinal, "année" as typed in SMS too ("1e anne", "2e ane", "3e anee").
    if (ordinal && next !== undefined && (YEAR_WORDS.has(next) || YEAR_TYPED_AFTER_ORDINAL.test(next))) return asYear(Number(ordinal[1]));
    if (t === 'seconde' && next === 'annee') return 2;
    if ((t === 'annee' || t === 'an') && next !== undefined && /^[1-4]$/.test(next)) return asYear(Number(next));
    // "la 2e" alone: 2e is not a school class (that is "seconde"), so it can only be the contract year.
    if (t === '2e' && (tokens[i - 1] === 'la' || tokens[i - 1] === 'en') && (next === undefined || !/^\d/.test(next))) {
      return 2;
    }
  }
  return undefined;
}

function asYear(n: number): 1 | 2 | 3 | 4 | undefined {
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : undefined;
}

/** Stems that say a contract or a course is made longer: "prolonger", "prolongation", "allongé", "allongement". */
const LENGTHENED = /^(?:prolong|rallong|allong)/;
/** Words after "an"/"année" that make it an extra one: "une année en plus", "un an de plus", "année supplémentaire". */
const EXTRA_AFTER_YEAR: ReadonlySet<string> = new Set(['supplementaire', 'supplementaires', 'supp', 'sup', 'bonus', 'additionnelle']);

/**
 * "on prolonge d'un an", "une année en plus", "un an de plus", "l'année supplémentaire", "contrat allongé": a contract
 * made longer than planned. The pay of that extra year has its own rule for an apprentice with a disability
 * (parametres.yaml, disability_extension_bonus_points); the routing reads nothing else from it.
 */
export function mentionsExtendedContract(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (LENGTHENED.test(t)) return true;
    if (t !== 'an' && t !== 'annee' && t !== 'lannee') continue;
    const next = tokens[i + 1];
    if (next !== undefined && EXTRA_AFTER_YEAR.has(next)) return true;
    if ((next === 'en' || next === 'de') && tokens[i + 2] === 'plus') return true;
  }
  return false;
}

/** Words after "année" that mean the one after the year being talked about: "l'année d'après", "l'année suivante". */
const NEXT_AFTER_YEAR = new Set(['suivante', 'prochaine']);
const NEXT_AFTER_AN = new Set(['suivant', 'prochain']);
/**
 * "année" as typed: with its apostrophe dropped ("lannee") or a letter missing ("l'anée", "lanné", "l'anne"). Only read
 * before a word of what comes next ("d'après", "suivante"), where no other word is meant.
 */
const YEAR_AS_TYPED = /^l?ann?ee?$/;
/** "après" as typed after "de": "d'après", "dapres", "d'apré" (the last letter dropped). */
const AFTER_AS_TYPED = /^apres?$/;

/** A whole message that asks what comes next, and nothing else. */
const BARE_NEXT: ReadonlySet<string> = new Set(
  ['apres', 'ensuite', 'puis', 'la suite', 'plus tard', 'apres ca', 'et apres', 'et ensuite', 'et puis', 'et puis apres', 'et la suite', 'et plus tard', 'et apres ca', 'et de apres', 'mais apres', 'ok et apres', 'et pour apres', 'et pour la suite', 'et le suivant', 'et la suivante'],
);

/**
 * "et l'année d'après ?", "l'année suivante ?": the contract year after the one last talked about (read against the
 * conversation, not the calendar: the pay changes with the year of the contract).
 */
export function mentionsNextContractYear(tokens: readonly string[]): boolean {
  // "et après ?", "et ensuite ?" alone: only the conversation says after what; the routing reads it as the next year
  // only right after the pay (carry-over.ts, profile-update.ts), the pay's own "what comes next".
  if (BARE_NEXT.has(tokens.join(' '))) return true;
  for (let i = 0; i < tokens.length; i++) {
    // "lannee" is "l'année" typed without its apostrophe; the normaliser spells "d'après" "de apres".
    const next = tokens[i + 1];
    // "et l'an prochain ?", "l'an d'après": the same with "an" (masculine words after it).
    if (tokens[i] === 'an' && next !== undefined && NEXT_AFTER_AN.has(next)) return true;
    if (tokens[i] === 'an' && (next === 'de' || next === 'd') && tokens[i + 2] === 'apres') return true;
    if (!YEAR_AS_TYPED.test(tokens[i] as string)) continue;
    if (next !== undefined && NEXT_AFTER_YEAR.has(next)) return true;
    if ((next === 'de' || next === 'd') && AFTER_AS_TYPED.test(tokens[i + 2] ?? '')) return true;
    if (next === 'dapres' || next === 'dapre') return true;
  }
  return false;
}

/** Words after "de"/"d'"/"en" that make "3e année de …" a year of study (a diploma, a school), not of the contract. */
const STUDY_WORDS: ReadonlySet<string> = new Set(['but', 'dut', 'bts', 'licence', 'license', 'master', 'bac', 'bachelor', 'cap', 'bp', 'iut', 'fac', 'ecole', 'etude', 'etudes', 'prepa', 'ingenieur', 'inge', 'deust', 'dcg', 'dscg', 'mastere']);

/**
 * "en 3e année de BUT", "2eme annee de bts", "3e année d'école": the year of a course, from the second on. The
 * minimum pay depends on the year of the contract, which may be its first in the last year of a course; a first year
 * of study is a first contract year as well, so only the later ones are told apart.
 */
export function extractStudyYear(tokens: readonly string[]): number | undefined {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const ordinal = ORDINAL.exec(tokens[i] as string);
    const n = ordinal ? Number(ordinal[1]) : tokens[i] === 'seconde' ? 2 : undefined;
    if (n === undefined || n < 2 || !YEAR_WORDS.has(tokens[i + 1] as string)) continue;
    const link = tokens[i + 2];
    if ((link === 'de' || link === 'd' || link === 'en') && STUDY_WORDS.has(tokens[i + 3] as string)) return n;
  }
  return undefined;
}
