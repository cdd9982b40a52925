import type { Understanding } from '../../src/nlu/understanding.js';

/** The verb "aider" and its kin: helping people, which shares its letters with "aide" (an aid). */
const HELPING = /\b(?:aider|aide|aides|aidant|aidante|aidants|aidantes|aidais|aidait)\s+(?:les|des|la|le|l|aux|a|mes|ses|nos|vos|leurs?|son|sa|ma|mon)\s+\p{L}+/u;

/**
 * "aider les papis et mamies au quotidien", "j'aime aider les gens": helping people is an interest (care, social
 * work), not a question on aids, which the classifier may lean to from the letters of "aider" shared with "aide". An
 * interest read, the verb with the people helped, and no word of money or of an aid ("aide", "prime": the cue
 * moneyClaim) nor an aid named: not the aids topic.
 */
export function helpingPeopleNotAid(u: Understanding): boolean {
  return u.facts.interests.length > 0 && !u.cues.moneyClaim && u.aid === undefined && HELPING.test(u.normalized);
}
