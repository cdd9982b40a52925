/**
 * The job a person holds now and wants to leave ("je suis caissière, je veux changer", "je travaille comme serveur
 * mais j'en ai marre"): those words tell the situation, not the trade wished nor an interest.
 */

/** How a person says the job they hold: "je suis (un|une)", "je travaille comme", "je bosse comme". */
const HOLDS = [['je', 'suis'], ['je', 'travaille', 'comme'], ['je', 'bosse', 'comme'], ['actuellement', 'je', 'suis']];
/** Words of leaving a job or of wanting something else. */
const LEAVING = /(?:^| )(?:changer|change|reconver\w*|reconvertir|marre|quitter|autre chose|plus envie|plait plus|en peux plus|autre metier|autre voie)(?: |$)/;
/** Words that end the job and start what the person says next. */
const AFTER_JOB = new Set(['je', 'j', 'et', 'mais', 'depuis', 'ca', 'ce', 'c', 'donc', 'car', 'pour', 'a', 'au', 'dans', 'chez', 'en', 'on']);
/** What follows "je suis" without being a job, though some job title writes it ("perdu", "en", "sans"). */
const STATES = new Set(['perdu', 'perdue', 'interesse', 'interessee', 'motive', 'motivee', 'passionne', 'passionnee',
  'fatigue', 'fatiguee', 'nul', 'nulle', 'bon', 'bonne', 'pret', 'prete', 'inscrit', 'inscrite', 'ne', 'nee', 'en', 'au',
  'a', 'pas', 'sans', 'sur', 'dans', 'chez', 'encore', 'deja', 'plus', 'toujours', 'tres', 'trop', 'un', 'une', 'le', 'la']);
/** The job held is a few words ("hôtesse de caisse", "agent d'entretien"). */
const JOB_MAX_WORDS = 4;

/**
 * The message without the job held, when the person says they want to leave it; `isTradeWord` tells a job's word
 * ("caissiere", "serveur") from a state ("je suis perdu", "je suis intéressé par la cuisine"), which stays.
 */
export function withoutJobLeft(normalized: string, isTradeWord: (word: string) => boolean): string {
  if (!LEAVING.test(normalized)) return normalized;
  const tokens = normalized.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const holds = HOLDS.find((words) => words.every((w, k) => tokens[i + k] === w));
    if (!holds) continue;
    let start = i + holds.length;
    if (tokens[start] === 'un' || tokens[start] === 'une') start += 1;
    const first = tokens[start] ?? '';
    if (STATES.has(first) || !isTradeWord(first)) continue;
    let end = start + 1;
    while (end < tokens.length && end - start < JOB_MAX_WORDS && !AFTER_JOB.has(tokens[end] as string)) end += 1;
    return [...tokens.slice(0, i), ...tokens.slice(end)].join(' ');
  }
  return normalized;
}
