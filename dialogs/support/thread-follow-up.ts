import type { Turn } from './turn.js';

/**
 * The rules that answer a follow-up about an answer given before (the FAQ entry, the aid, the procedure in view), not
 * a new question: routing/rules.ts.
 */
const FOLLOW_UP_RULES: ReadonlySet<string> = new Set([
  'answer-follow-up',
  'procedure-follow-up',
  'school-stay-follow-up',
  'public-employer-follow-up',
  'aid-applies-follow-up',
  'aid-combined-follow-up',
  'aid-dated-follow-up',
]);

/**
 * Whether this turn went on with the thread the person was in before a topic asked them a detail (review 17, P7: the
 * pay asked the child's age in the middle of questions about an accident at work; "son employeur peut-il rompre ?"
 * went back to the accident, and "Et pour revenir à ma question : Quel âge a votre enfant ?" came after an answer that
 * needs no age). The person left the detour: its question is not brought back. A new question of its own ("c'est
 * quoi la période d'essai ?") is not a follow-up, and the waiting question still comes back after it, once.
 */
export function wentBackToTheirThread(turn: Turn): boolean {
  return turn.rule !== undefined && FOLLOW_UP_RULES.has(turn.rule);
}
