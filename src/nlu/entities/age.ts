/** Age of the person the message is about: "17 ans", "j'ai 17", "ma fille de 16 ans", corrections "18 ans pas 17". */

const DURATION_BEFORE = new Set(['depuis', 'pendant', 'dans', 'durant', 'en', 'sur', 'tous', 'chaque']);
const THRESHOLD_BEFORE = ['moins de', 'plus de', 'partir de', 'jusque a', 'jusqua', 'au dela de', 'entre', 'apres',
  'avant', 'des', 'maximum', 'minimum', 'max', 'min', 'limite'];
const DURATION_AFTER = ['de experience', 'de contrat', 'de formation', 'de anciennete', 'de etudes', 'de apprentissage'];
const CORRECTION_BEFORE = new Set(['enfin', 'plutot', 'pardon', 'euh', 'non', 'fait', 'dire', 'erreur', 'oups']);
/** After "j'ai 17" a unit word means it is not an age ("j'ai 12 salariés"). */
const UNIT_AFTER = new Set(['salaries', 'salarie', 'employes', 'personnes', 'euros', 'heures', 'mois', 'semaines',
  'jours', 'enfants', 'apprentis', 'ans', 'fois', 'kilometres', 'km', 'minutes', 'points', 'pourcent', 'e']);

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

export function extractAge(tokens: readonly string[]): AgeFound | undefined {
  const candidates: Array<{ value: number; corrected: boolean; coming: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^\d{1,3}$/.test(t)) continue;
    const value = Number(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "jsui 17a" (je suis 17 a): the SMS shortening of "ans" reads as "a" only after "je suis".
    const withAns = YEARS.has(next ?? '') || (next === 'a' && prev === 'suis');
    const firstPerson = prev === 'ai' && tokens[i - 2] === 'je' && (next === undefined || !UNIT_AFTER.has(next));
    if (!withAns && !firstPerson) continue;
    if (withAns && isDurationOrThreshold(tokens, i)) continue;
    if (prev === 'pas' || (prev === 'non' && tokens[i - 2] === 'et')) continue;
    const corrected = tokens.slice(Math.max(0, i - 4), i).some((w) => CORRECTION_BEFORE.has(w));
    candidates.push({ value, corrected, coming: withAns && isComing(tokens, i) });
  }
  const coming = candidates.find((c) => c.coming);
  const now = candidates.filter((c) => !c.coming);
  const chosen = now.find((c) => c.corrected) ?? now[0];
  if (!chosen && !coming) return undefined;
  // Only the coming age said: it stays the age read (what the other topics have always been given); the pay reads
  // `soon` to tell the grid before and after the birthday.
  const value = chosen ? chosen.value : (coming as { value: number }).value;
  return { value, outOfRange: value < 15 || value > 99, ...(coming && coming.value >= value ? { soon: coming.value } : {}) };
}

function isDurationOrThreshold(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1] ?? '';
  if (DURATION_BEFORE.has(prev)) return true;
  const before = tokens.slice(Math.max(0, i - 4), i).join(' ');
  // Whole words only: "mon gamin 16 ans" is an age, not "min 16 ans".
  if (THRESHOLD_BEFORE.some((p) => ` ${before}`.endsWith(` ${p}`))) return true;
  const after = tokens.slice(i + 2, i + 4).join(' ');
  if (DURATION_AFTER.some((p) => after.startsWith(p))) return true;
  // "il y a 3 ans", "contrat de 2 ans", "ça dure 3 ans"
  if (before.endsWith('il y a') || /\b(?:contrat|formation|cursus|dure|duree)(?: de)?$/.test(before)) return true;
  return false;
}
