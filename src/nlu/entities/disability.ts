/** RQTH / disability: true when mentioned, false when explicitly denied ("pas de handicap"). */

const MENTION = /\b(?:rqth|handicap|handicape|handicapee|handicapes|handicapees|agefiph|mdph|aah|travailleur handicape|reconnaissance de travailleur|dys|dyslexique|dyspraxique|autiste|autisme|tsa|trouble de le apprentissage)\b/;
const DENIAL = /\b(?:pas de|sans|aucun|ni|pas|non) (?:rqth|handicap|handicape|handicapee)\b/;

export function extractDisability(tokens: readonly string[]): boolean | undefined {
  const text = tokens.join(' ');
  if (DENIAL.test(text)) return false;
  return MENTION.test(text) ? true : undefined;
}
