/** RQTH / disability: true when mentioned, false when explicitly denied ("pas de handicap"). */

const MENTION = /\b(?:rqth|handicap|handicape|handicapee|handicapes|handicapees|agefiph|mdph|aah|travailleur handicape|reconnaissance de travailleur|dys|dyslexique|dyspraxique|autiste|autisme|tsa|trouble de le apprentissage)\b/;
// "pas de RQTH", "je suis pas reconnu handicapé", "je n'ai pas la RQTH", "ni handicapée": the person says they have none.
const DENIAL = /\b(?:pas de|sans|aucun|aucune|ni|pas|non|jamais|plus) (?:(?:la|le|une|un|de|reconnu|reconnue|reconnus|considere|consideree|en situation de|reconnaissance|travailleur|travailleuse) ){0,3}(?:rqth|handicap|handicape|handicapee)\b/;

export function extractDisability(tokens: readonly string[]): boolean | undefined {
  const text = tokens.join(' ');
  if (DENIAL.test(text)) return false;
  return MENTION.test(text) ? true : undefined;
}
