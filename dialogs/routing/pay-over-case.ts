import type { Understanding } from '../../src/nlu/understanding.js';
import { payOfItsOwn } from './own-question.js';
import { givesDetails, readingsOf } from './readings.js';
import { FOLLOW_UP_OVERRIDE } from './thresholds.js';

/**
 * The FAQ's category of the entries on who may start when (the minimum age, starting at 15 after the 3e): the age told
 * reaches them, whatever is asked. An entry of another subject that leads (overtime, paid holidays) says what its own
 * words ask, pay or not.
 */
const AGE_CATEGORY = 'age';

/**
 * "mon fils a 15 ans, il sort de 3e, il touchera combien en CAP ?", "j'ai 15 ans et je finis la 3e, c'est quoi le
 * salaire ?": the question is the pay; the age and the class are its details (and the profile's). The entry written for
 * that case (starting at 15 after the 3e) reads high because the case is told, but it answers whether, not how much:
 * the classifier is sure of the pay, the message asks it (in pay words, or an amount), and the entry that leads is
 * one of those on the age.
 */
export function payAskedWithCase(u: Understanding): boolean {
  if (u.intent !== 'salary' || u.confidence < FOLLOW_UP_OVERRIDE || !givesDetails('salary', u)) return false;
  if (!payOfItsOwn(u) && !u.cues.asksAmount) return false;
  const lead = readingsOf(u)[0];
  if (lead?.kind !== 'faq') return false;
  const category = u.faq.find((h) => h.entry.id === lead.id)?.entry.category;
  return category === AGE_CATEGORY;
}
