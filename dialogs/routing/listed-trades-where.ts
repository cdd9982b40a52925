import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';

/**
 * "et c'est où ?", "près de caen ?", "c'est où la formation ?" right after the guided quiz proposed its trades: the
 * question is about those trades (the places of the one listed, or which one first when several were), never "quel
 * métier ?" asked from scratch, the quiz's list again, nor the first trade the person's words once named. A trade or
 * a diploma named in the message is its own course request (the course search answers it).
 */
/** "c'est où la formation ?", "ça se passe où ?", "où ça ?": where, asked with what follows it. */
const WHERE_ASKED = /\b(?:ce est|c est|ca est|se fait|se passe|se trouve|se prepare|je (?:peux|pourrais)|on (?:peut|pourrait)) ou\b|^(?:et )?ou\b/;

/** "y en a un à Vire ?", "il y en a vers Lisieux": asks whether there is one in a town named. */
const THERE_IS = /\b(?:y en a|y a|il y a|ya|y en aurait|il y en aurait)\b/;

export function asksWhetherThereIs(u: Understanding): boolean {
  return namesPlace(u) && THERE_IS.test(u.normalized);
}

export function whereOfListedTrades(input: RoutingInput): boolean {
  const u = input.understanding;
  if (!aboutListedTrades(input)) return false;
  return u.cues.asksWhere || u.cues.whereToLearn || u.cues.nearTown || u.cues.nearer || WHERE_ASKED.test(u.normalized) || asksWhetherThereIs(u);
}

/**
 * "avec quel diplôme ?", "il faut quel diplôme pour ces métiers ?" right after the guided quiz proposed its trades: the
 * diplomas of those trades (each trade's card lists them; which one first when several were), not "quel métier ?"
 * asked from scratch, nor the quiz's list again. A place named makes it a course search (whereOfListedTrades).
 */
export function diplomasOfListedTrades(input: RoutingInput): boolean {
  const u = input.understanding;
  return aboutListedTrades(input) && u.cues.whichDiploma && !namesPlace(u);
}

/** Right after the quiz's trades, a message that names no trade, diploma nor aid of its own. */
function aboutListedTrades({ understanding: u, data, chosen }: RoutingInput): boolean {
  if (data.lastTopic !== 'orientation' || (data.listedTrades ?? []).length === 0 || chosen !== undefined) return false;
  return u.trade === undefined && u.facts.diplomaType === undefined && !u.cues.aidWord;
}
