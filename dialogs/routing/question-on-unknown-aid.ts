import type { Understanding } from '../../src/nlu/understanding.js';
import { ASKS_THE_LIST, unknownAidSaidJustBefore } from './doubt-on-unknown-aid.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';

/**
 * What is asked of an aid our sources do not have: how to claim it, who it is for, how much, where, when
 * ("Comment je le demande ?", "c'est pour qui ?", "elle donne combien ?"). Normalised text.
 */
const ASPECT_ASKED =
  /\b(?:comment|pour qui|qui|combien|cmb|cb|ou|quand|conditions?|demande|demander|demandes|obtenir|avoir|toucher|percevoir|droit|eligible|dossier|formulaire|montant)\b/;
/** Such a question is short: a longer message says a case or a question of its own, which the routing reads. */
const QUESTION_MAX_WORDS = 8;

function asksAboutIt(u: Understanding): boolean {
  if (u.kind !== 'text' || u.words > QUESTION_MAX_WORDS || u.aid !== undefined || u.trade !== undefined) return false;
  if (namesPlace(u) || u.outside !== undefined || ASKS_THE_LIST.test(u.normalized)) return false;
  return ASPECT_ASKED.test(u.normalized);
}

/**
 * "Comment je le demande ?" right after the bot said an aid is not in its official sources (an invented name, an
 * amount no aid gives): it cannot say how to claim what it does not know, and says so with the free line, rather than
 * "voici ce que je sais faire" (review 26, X2: the conversation lost after the invented aid). Only the message right
 * after that answer, short, naming no aid, trade or place of ours, asking no list of aids.
 */
export function questionOnUnknownAid(input: RoutingInput): Route | undefined {
  const said = unknownAidSaidJustBefore(input.data);
  if (said === undefined || !asksAboutIt(input.understanding)) return undefined;
  return { kind: 'unknown_aid_doubt', asked: true, ...(said.name !== undefined ? { name: said.name } : {}) };
}
