import type { Understanding } from '../../src/nlu/understanding.js';
import { SURE } from '../routing/thresholds.js';

/**
 * "t'es un robot ?", "je parle à une vraie personne là ?" typed while a form waits: who answers is a question the
 * form can always answer in one line (yes, a virtual assistant; the adviser who calls is a person), then it goes
 * on at the same step. The classifier's reading of the question is trusted only when sure.
 */
export function asksWhoAnswers(u: Understanding): boolean {
  return u.kind === 'text' && u.intent === 'bot_identity' && u.confidence >= SURE;
}
