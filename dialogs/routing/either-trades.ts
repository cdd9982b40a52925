import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';

/**
 * Two trades weighed against each other: "cuisinier ou pâtissier", "électricien ou bien plombier", "plombier/chauffagiste".
 * Not "ou pas", "ou non", "ou quoi", "ou autre" (no second trade there), nor "entre la mécanique et la carrosserie":
 * two fields, whose trades the field rules list.
 */
const EITHER = /\b\w{3,} (?:ou|ou bien|ou alors|ou sinon|voire) (?!pas\b|non\b|quoi\b|autre\b|rien\b|jamais\b|ce\b|se\b|ca\b|je\b|on\b)(?:un |une |le |la |l |en |dans )?\w{3,}/;
/**
 * The diplomas asked ("c'est quel diplôme", "il faut koi comme diplôme", "quelles formations", "diplôme pour"): the cue
 * of src/nlu/cues.ts leaves out any message with "ou" (it is also "où"), so it is read again here.
 */
const DIPLOMA_ASKED = /\b(?:quel|quelle|quels|quelles|quoi comme|koi comme|comment)\b(?:\s+\S+){0,3}?\s+(?:diplome|diplomes|formation|formations|etudes)\b|\b(?:diplome|diplomes|formation|etudes)\s+(?:faut|il faut|pour)\b/;
/** Where asked besides the "ou" between the trades: "c'est où", "près de", "vers Caen". */
const WHERE_ELSE = /\b(?:pres|vers|autour|proche|loin|km)\b|\b(?:ce est|se fait|se passe|se trouve) ou\b|\bou\s*$/;

/** Two trades in one message share the reading: "boulanger ou boucher" reads the baker at 0.70 only. */
const TRADE_WEIGHED = 0.6;

/**
 * "cuisinier ou pâtissier, quel diplôme ?", "électricien ou plombier c'est quel diplôme" : two trades named, their
 * diplomas asked. The answer lists the diplomas of each (dialogs/either-trades-diplomas.ts), not the first trade alone
 * followed by "in which town?". The dialog finds the trades in the two halves of the message; when only one is found,
 * that one's card answers as before.
 */
export function eitherTradesDiplomasAsked(input: RoutingInput): boolean {
  const u: Understanding = input.understanding;
  if (u.kind !== 'text' || input.chosen !== undefined) return false;
  if (u.trade === undefined || u.trade.score < TRADE_WEIGHED || namesPlace(u) || u.outside) return false;
  const n = u.normalized;
  return EITHER.test(n) && (u.cues.whichDiploma || DIPLOMA_ASKED.test(n)) && !WHERE_ELSE.test(n);
}

/** The halves of a message around its "ou": where each trade is looked for. */
export function eitherHalves(normalized: string): string[] {
  // Round 33: "j'hésite entre fleuriste et paysagiste": the words before "entre" belong to neither side, and would
  // thin the reading of the first trade below its floor.
  return normalized.replace(/^.*?\bentre\s+/, '').split(/\b(?:ou bien|ou alors|ou sinon|ou|voire|et)\b/).map((s) => s.trim()).filter((s) => s.length > 0);
}
