/** Age of the person the message is about: "17 ans", "j'ai 17", "ma fille de 16 ans", corrections "18 ans pas 17". */

const DURATION_BEFORE = new Set(['depuis', 'pendant', 'dans', 'durant', 'en', 'sur', 'tous', 'chaque']);
const THRESHOLD_BEFORE = ['moins de', 'plus de', 'partir de', 'jusque a', 'jusqua', 'au dela de', 'entre', 'apres',
  'avant', 'des', 'maximum', 'minimum', 'max', 'min', 'limite'];
// Round 23: the years spent somewhere told in a story ("deux ans de fac", "3 ans de boulot") are not an age either.
const DURATION_AFTER = ['de experience', 'de contrat', 'de formation', 'de anciennete', 'de etudes', 'de apprentissage',
  'de fac', 'de faculte', 'de universite', 'de licence', 'de prepa', 'de lycee', 'de droit', 'de medecine', 'de psycho',
  'de travail', 'de boulot', 'de interim', 'de chomage', 'de stage', 'de service civique', 'de cdd', 'de cdi'];
const CORRECTION_BEFORE = new Set(['enfin', 'plutot', 'pardon', 'euh', 'non', 'fait', 'dire', 'erreur', 'oups']);
/** After "j'ai 17" a unit word means it is not an age ("j'ai 12 salariés"). */
const UNIT_AFTER = new Set(['salaries', 'salarie', 'employes', 'personnes', 'euros', 'heures', 'mois', 'semaines',
  'jours', 'enfants', 'apprentis', 'ans', 'fois', 'kilometres', 'km', 'minutes', 'points', 'pourcent', 'e']);

/**
 * "17a", "17 a": the SMS shortening of "ans" (normalised to "17 a") reads as years when nothing follows it but the end
 * of the message or a word that starts another clause ("17a et je cherche…", "a 17a en 1ere annee"), and no date word
 * comes before it:
 * "le 17 à 14h", "17 a Rouen" stay a date, a time, a place.
 */
const AFTER_SHORT_YEARS = new Set(['et', 'en', 'je', 'jai', 'mais', 'donc', 'moi', 'jsui', 'jsuis', 'jveux', 'bientot', 'bac', 'cap', 'il',
  'cest', 'ca', 'quel', 'quelle', 'combien', 'comment', 'veux']);
const DATE_BEFORE = new Set(['le', 'du', 'au', 'les', 'vers', 'jusque', 'jusqua', 'depuis', 'h']);
function shortYears(tokens: readonly string[], i: number): boolean {
  if (tokens[i + 1] !== 'a' || DATE_BEFORE.has(tokens[i - 1] ?? '')) return false;
  if (tokens[i - 1] === 'suis') return true;
  const after = tokens[i + 2];
  return after === undefined || AFTER_SHORT_YEARS.has(after);
}

/** Words for "years" after an age: "17 ans", and the slang of SMS ("21 piges", "16 balais", "18 berges"). */
const YEARS = new Set(['ans', 'an', 'piges', 'pige', 'balais', 'berges', 'printemps']);

export interface AgeFound {
  value: number;
  outOfRange: boolean;
  /**
   * The age the person is about to reach, when they say it is coming ("j'aurai 21 ans en mars", "21 ans le mois
   * prochain", "bientôt 18 ans"): pay changes with it. `value` is the age told as the present one, else this one.
   */
  soon?: number;
  /**
   * The speaker's own age, when the message also tells someone else's ("j'ai 45 ans et mon fils en a 13", "mon
   * apprenti a 17 ans, moi j'en ai 52"): `value` is then the other person's, whom the question is about.
   */
  own?: number;
  /** `value` is said in the first person ("j'ai 45 ans", "moi 52 ans"). */
  self?: boolean;
}

/** "j'ai 45", "j'en ai 52", "moi 52 ans", "je suis 17a": the speaker's own age. */
function saidOfSelf(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === 'moi' || prev === 'suis') return true;
  return prev === 'ai' && (tokens[i - 2] === 'je' || (tokens[i - 2] === 'en' && tokens[i - 3] === 'je'));
}

/** "mon fils en a 13", "elle en a 16": someone else's age, told with "en a" and no unit. */
function saidOfOther(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i - 1] === 'a' && tokens[i - 2] === 'en' && tokens[i - 3] !== 'je' && (next === undefined || !UNIT_AFTER.has(next));
}

/** Before an age: it is still to come ("j'aurai", "il fête", "bientôt"). */
const COMING_BEFORE = new Set(['aurai', 'aura', 'auras', 'aurais', 'aurait', 'aurons', 'fete', 'fetes', 'feterai', 'fetera', 'bientot', 'prochainement']);
const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);

/** "j'aurai 21 ans", "je vais avoir 18 ans", "21 ans en mars", "21 ans le mois prochain", "18 ans dans 2 mois". */
function isComing(tokens: readonly string[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i);
  if (before.some((w) => COMING_BEFORE.has(w))) return true;
  if (tokens[i - 1] === 'avoir' && ['vais', 'va', 'vas', 'allez'].includes(tokens[i - 2] ?? '')) return true;
  const after = tokens.slice(i + 2, i + 5);
  if (after[0] === 'en' && MONTHS.has(after[1] ?? '')) return !['dernier', 'passe'].includes(after[2] ?? '');
  if (after[0] === 'dans' || after[0] === 'bientot') return true;
  return after.join(' ').startsWith('le mois prochain') || after.join(' ').startsWith('la semaine prochaine') || after.join(' ').startsWith('mois prochain');
}

/** "j'aurai", "il aura", "elle aurait", "j'en aurai": the verb of an age to come, right before the number. */
const WILL_HAVE = new Set(['aurai', 'aura', 'auras', 'aurais', 'aurait', 'aurons', 'aurez', 'auront']);
/** Ages a bare number after "j'aurai" may be: "j'aurai 18 en mars", not "j'aurai 2 enfants" nor "j'aurai 250". */
const BARE_AGE_MIN = 14;
const BARE_AGE_MAX = 40;

/**
 * "jaurai 18 en mars", "il aura 16 le mois prochain", "j'en aurai 21": an age to come told without "ans", as "j'ai 17"
 * tells the present one; a unit after the number ("j'aurai 3 semaines") makes it no age.
 */
function comingWithoutYears(tokens: readonly string[], i: number, value: number): boolean {
  const next = tokens[i + 1];
  if (!WILL_HAVE.has(tokens[i - 1] ?? '') || (next !== undefined && UNIT_AFTER.has(next))) return false;
  return value >= BARE_AGE_MIN && value <= BARE_AGE_MAX;
}

/** Who "a" (has) an age in "il a 17 ans", "mon fils a 16 ans", "qui a 17 ans": the "a" is then the verb, not "à". */
const HAS_AGE_SUBJECT = new Set(['il', 'elle', 'on', 'qui', 'fils', 'fille', 'enfant', 'gamin', 'gamine', 'gosse', 'ado',
  'apprenti', 'apprentie', 'alternant', 'alternante', 'jeune', 'neveu', 'niece', 'frere', 'soeur', 'copain', 'copine',
  'petit', 'petite', 'garcon', 'stagiaire', 'salarie', 'salariee', 'candidat', 'candidate', 'en', 'qu']);

/**
 * "j'ai arrêté l'école à 17 ans", "viré à 19 ans": the age at something that happened, told with "à". Beside the
 * speaker's own present age ("maintenant j'ai 20 ans") it is no one else's age: the present one is the age.
 */
function ageAtAnEvent(tokens: readonly string[], i: number): boolean {
  return tokens[i - 1] === 'a' && !HAS_AGE_SUBJECT.has(tokens[i - 2] ?? '');
}

export function extractAge(tokens: readonly string[]): AgeFound | undefined {
  const candidates: Array<{ value: number; corrected: boolean; coming: boolean; self: boolean; event: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^\d{1,3}$/.test(t)) continue;
    const value = Number(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "jsui 17a", "17a", "moi 17 a et…": the SMS shortening of "ans" (see shortYears).
    const withAns = YEARS.has(next ?? '') || shortYears(tokens, i);
    const firstPerson = saidOfSelf(tokens, i) && prev === 'ai' && (next === undefined || !UNIT_AFTER.has(next));
    const comingBare = !withAns && comingWithoutYears(tokens, i, value);
    if (!withAns && !firstPerson && !saidOfOther(tokens, i) && !comingBare) continue;
    if (withAns && isDurationOrThreshold(tokens, i)) continue;
    if (prev === 'pas' || (prev === 'non' && tokens[i - 2] === 'et')) continue;
    const corrected = tokens.slice(Math.max(0, i - 4), i).some((w) => CORRECTION_BEFORE.has(w));
    candidates.push({ value, corrected, coming: (withAns || comingBare) && isComing(tokens, i), self: saidOfSelf(tokens, i), event: ageAtAnEvent(tokens, i) });
  }
  const coming = candidates.find((c) => c.coming);
  const selvesSaid = candidates.some((c) => !c.coming && c.self);
  // The age at a past event beside one's own present age is neither the present age nor another person's.
  const now = candidates.filter((c) => !c.coming && !(selvesSaid && c.event && !c.self));
  // Two people's ages: the question is about the other one (the child, the apprentice); the speaker's is kept apart.
  const selves = now.filter((c) => c.self);
  const others = now.filter((c) => !c.self);
  const both = selves.length > 0 && others.length > 0;
  const pool = both ? others : now;
  const chosen = pool.find((c) => c.corrected) ?? pool[0];
  const own = both ? (selves.find((c) => c.corrected) ?? selves[0])?.value : undefined;
  if (!chosen && !coming) return undefined;
  // Only the coming age said: it stays the age read (what the other topics have always been given); the pay reads
  // `soon` to tell the grid before and after the birthday.
  const value = chosen ? chosen.value : (coming as { value: number }).value;
  return {
    value,
    outOfRange: value < 15 || value > 99,
    ...(coming && coming.value >= value ? { soon: coming.value } : {}),
    ...(own !== undefined ? { own } : {}),
    ...(chosen?.self === true ? { self: true } : {}),
  };
}

function isDurationOrThreshold(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1] ?? '';
  if (DURATION_BEFORE.has(prev)) return true;
  const before = tokens.slice(Math.max(0, i - 4), i).join(' ');
  // Whole words only: "mon gamin 16 ans" is an age, not "min 16 ans".
  if (THRESHOLD_BEFORE.some((p) => ` ${before}`.endsWith(` ${p}`))) return true;
  const after = tokens.slice(i + 2, i + 4).join(' ');
  if (DURATION_AFTER.some((p) => after.startsWith(p))) return true;
  // "il y a 3 ans", "contrat de 2 ans", "ça dure 3 ans"; but "en 3e année de contrat, 17 ans": the contract's year is
  // told, then the age.
  if (before.endsWith('il y a')) return true;
  if (/\b(?:contrat|formation|cursus|dure|duree)(?: de)?$/.test(before) && !/\bannee (?:de|du) (?:contrat|formation|cursus)$/.test(before)) return true;
  return false;
}
