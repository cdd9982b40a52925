import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { tokenize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import { endsWithoutAnswer } from './in-view-entry.js';
import type { Route, RoutingInput } from './route.js';
import { FAQ_ANSWER, FAQ_GUESS } from './thresholds.js';

/**
 * Review 22, issue 11 (its largest kind): follow-ups the knowledge answers got "Ma réponse précédente ne couvre pas
 * cette question…" or the fallback, because the rules that gave up read the card in view only, and the readings in
 * view (in-view-entry.ts, content-in-view.ts) look for the follow-up's words in that card's sentences. Two readings
 * of the message were never weighed before giving up:
 * - read alone: "et la durée du contrat peut-elle être allongée ?" after the Agefiph aid reads the entry on the longer
 *   contract with an RQTH, every word of it written there and nothing foreign;
 * - read with the topic in view: "je vais perdre ma place au CFA ?" after the rupture card reads, among its first
 *   readings, the entry that card points to (staying at the CFA after a rupture): the next thing of the same story.
 * Either one answers before we give up. A follow-up that reaches neither (a foreign subject, "et la météo ?", or the
 * card itself again) keeps its honest answer.
 */

/** The decisions that gave up on a message: the honest guard, the card not shown twice, the fallback, the readings in view. */
const GAVE_UP: ReadonlySet<string> = new Set(['faq-not-covered', 'no-repeat', 'none', 'fallback', 'answer-follow-up', 'aspect-in-view']);
/** A follow-up is short; a long message tells a story the other rules read. */
const FOLLOW_UP_MAX_WORDS = 16;
/** The share of the message's meaningful words an entry must hold to be read alone (every one of them). */
const WHOLE_COVERAGE = 1;
/** An entry the card points to must hold half the message's words at least: one word in common is chance. */
const POINTED_COVERAGE = 0.5;
/** How many of the matcher's readings the entries pointed to are looked for in. */
const POINTED_RANK = 8;

/** The entries the card in view points to: its `related` and `after` (its own links, never the entries linking to it). */
function pointedEntries(input: RoutingInput): ReadonlySet<string> {
  const last = input.data.lastTopic === 'faq' ? input.data.lastFaq : undefined;
  if (last === undefined) return new Set();
  const ids = new Set([...(input.faqRelated?.(last) ?? []), ...(input.faqAfter?.(last) ?? [])]);
  ids.delete(last);
  return ids;
}

/** The card just shown, which a reading of its own must not bring back. */
const lastCard = (input: RoutingInput): string | undefined => (input.data.lastTopic === 'faq' ? input.data.lastFaq : undefined);

/** The entry the message reads alone, all its words written and read as a guess at least. */
function readAlone(input: RoutingInput): FaqEntry | undefined {
  const best = input.understanding.faq[0];
  if (best === undefined || best.entry.id === lastCard(input)) return undefined;
  // A message whose own words are all in the card just shown ("elle dure jusqu'à quand ?" after an aid) asks about that
  // card: read alone, it would be another entry's subject ("la durée du contrat"), not the question.
  const stems = input.lastAnswerStems;
  const own = ownWordStems(input.understanding.normalized);
  if (stems !== undefined && own.every((s) => stems.has(s))) return undefined;
  if (best.coverage < WHOLE_COVERAGE || best.probability < FAQ_GUESS) return undefined;
  // Another entry read nearly as well: the message is not read surely enough to be given one of them.
  const second = input.understanding.faq[1];
  if (second !== undefined && best.probability < FAQ_ANSWER && second.probability * 2 > best.probability) return undefined;
  return best.entry;
}

/** The entry the card in view points to that the message reads among its first readings, holding half its words. */
function readWithTopic(input: RoutingInput): string | undefined {
  const pointed = pointedEntries(input);
  if (pointed.size === 0) return undefined;
  const hits = input.faqMatch?.(POINTED_RANK) ?? [];
  const hit = hits.find((h) => pointed.has(h.id) && h.coverage >= POINTED_COVERAGE);
  if (hit !== undefined) return hit.id;
  return input.understanding.faq.find((h) => pointed.has(h.entry.id) && h.coverage >= POINTED_COVERAGE)?.entry.id;
}

/** The entry a follow-up that was given up on reads, alone or with the topic in view, when it is ours to answer. */
export function ownReadingOf(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || tokenize(u.normalized).length > FOLLOW_UP_MAX_WORDS) return undefined;
  if ((input.faqForeign?.() ?? []).length > 0) return undefined;
  const id = readWithTopic(input) ?? readAlone(input)?.id;
  if (id === undefined || !input.hasFaqEntry(id)) return undefined;
  return (input.faqUncovered?.(id, true) ?? []).length > 0 ? undefined : id;
}

/** A decision that gave up becomes the entry the message reads alone or with the topic in view. */
export function ownReadingOverGivingUp<D extends { rule: string; route: Route }>(input: RoutingInput, decision: D): D | { rule: string; route: Route } {
  if (!GAVE_UP.has(decision.rule) || !endsWithoutAnswer(decision.route)) return decision;
  const id = ownReadingOf(input);
  return id === undefined ? decision : { rule: 'own-reading', route: { kind: 'faq_entry', id } };
}
