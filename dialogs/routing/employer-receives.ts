import { businessReceives } from '../../src/nlu/entities/business-receives.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * Money a business receives is an aid, never a pay: pay goes to the apprentice. "Combien touche une PME pour un
 * apprenti en licence pro ?", "l'entreprise perçoit combien pour un alternant ?", "qu'est-ce que l'employeur reçoit ?".
 * "combien touche un apprenti", "il touche combien" stay the pay; the employer's own "on touche combien ?" is
 * pay-word-aid-question's (intent-rules.ts).
 */
export function employerReceives(u: Understanding): boolean {
  return u.kind === 'text' && u.aid === undefined && businessReceives(u.normalized);
}
