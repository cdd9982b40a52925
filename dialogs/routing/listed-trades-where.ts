import type { RoutingInput } from './route.js';

/**
 * "et c'est où ?", "près de caen ?", "c'est où la formation ?" right after the guided quiz proposed its trades: the
 * question is about those trades (the places of the one listed, or which one first when several were), never "quel
 * métier ?" asked from scratch, the quiz's list again, nor the first trade the person's words once named. A trade or
 * a diploma named in the message is its own course request (the course search answers it).
 */
/** "c'est où la formation ?", "ça se passe où ?", "où ça ?": where, asked with what follows it. */
const WHERE_ASKED = /\b(?:ce est|c est|ca est|se fait|se passe|se trouve|se prepare|je (?:peux|pourrais)|on (?:peut|pourrait)) ou\b|^(?:et )?ou\b/;

export function whereOfListedTrades({ understanding: u, data, chosen }: RoutingInput): boolean {
  if (data.lastTopic !== 'orientation' || (data.listedTrades ?? []).length === 0 || chosen !== undefined) return false;
  if (u.trade !== undefined || u.facts.diplomaType !== undefined || u.cues.aidWord) return false;
  return u.cues.asksWhere || u.cues.whereToLearn || u.cues.nearTown || u.cues.nearer || WHERE_ASKED.test(u.normalized);
}
