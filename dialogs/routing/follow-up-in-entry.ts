import { tokenize } from '../../src/text/normalize.js';
import { partKeys, type AnswerPart } from '../support/answer-parts.js';
import { ownWordStems } from '../support/answer-words.js';
import { TOPIC_OF_INTENT } from './facts.js';
import { conditionsMet, ownCaseTold, readingContextOf, readingsOf } from './readings.js';
import { entryFits } from '../support/person-conditions.js';
import type { RoutingInput } from './route.js';
import { FAQ_ANSWER, FOLLOW_UP_OVERRIDE } from './thresholds.js';

/** A follow-up with more words of its own than this is a question of its own, read by the whole FAQ. */
const MAX_OWN_WORDS = 6;
/** A delay asked with no more words of its own than this ("ça prend combien de temps") asks it of the last answer. */
const MAX_DELAY_WORDS = 3;
/**
 * Words every answer about apprenticeship holds: sharing one of them says nothing about which part is asked. Stemmed
 * like the keys (the stems of "apprenti", "apprentissage", "alternance", "contrat", "an(s)").
 */
const EVERYWHERE: ReadonlySet<string> = new Set(ownWordStems('apprenti apprentie apprentissage alternance contrat ans an'));

/**
 * "et changer de patron aussi ?" after changing schools: the same question about something else, not a part of the
 * answer just given (whose sentences may well name an employer).
 */
const SAME_FOR_ANOTHER = /\b(?:aussi|egalement|pareil|de meme|idem)\b/;

/** The part of the last answer (or of an entry it links to) that a follow-up asks about, with the keys it shares. */
export interface PartAsked {
  readonly id: string;
  readonly focus: readonly string[];
}

/**
 * "et je serai payé pendant ?" after the sick leave, "et si mon patron veut pas me garder ?" after a failed exam: a short
 * follow-up is first read against the sentences of the answer just given, then against the entries that answer links
 * to, before its words are read as a topic or an entry of their own. The sentence that shares the most of its words
 * wins; the last answer's first sentence counts only when no other does (the person has just read it), and a message
 * that another entry holds better ("et pour mes congés payés ?") is left to the whole FAQ.
 */
export function partAsked(input: RoutingInput, lastId: string): PartAsked | undefined {
  const u = input.understanding;
  const parts = input.faqParts;
  if (!parts) return undefined;
  const own = ownWordStems(u.normalized);
  // "ça prend combien de temps ?", "quel délai ?": a delay asked in a few words is the delay of what was just said.
  const delayOfIt = u.cues.asksDelay && own.length <= MAX_DELAY_WORDS;
  const pointsBack = u.cues.followUp || u.cues.refersBack || u.cues.hypothetical || delayOfIt;
  if (!pointsBack || own.length === 0 || own.length > MAX_OWN_WORDS || SAME_FOR_ANOTHER.test(u.normalized)) return undefined;
  // "et le salaire ?": a topic named alone opens that topic, whatever the last answer says of it.
  if (own.length <= 1 && TOPIC_OF_INTENT.has(u.intent) && u.confidence >= FOLLOW_UP_OVERRIDE && !u.cues.refersBack) return undefined;
  const keys = [...partKeys(u.normalized)].filter((k) => !EVERYWHERE.has(k));
  if (keys.length === 0) return undefined;
  let best: { id: string; covered: number } | undefined;
  const consider = (id: string, candidates: readonly AnswerPart[], skipLead: boolean): void => {
    for (const part of candidates) {
      if (skipLead && part.lead) continue;
      const focus = keys.filter((k) => part.keys.has(k));
      const covered = coveredWords(u.normalized, part.keys);
      if (focus.length > 0 && (!best || covered > best.covered)) best = { id, covered };
    }
  };
  consider(lastId, parts(lastId), true);
  // A related entry whose answer is not for this person ("et après 26 ans c'est fini ?" at 24, after the age limit: not
  // the exceptions to 35, which are for a previous apprenticeship nobody told) is not where the follow-up goes.
  const context = readingContextOf(input.data.profile);
  const [met, caseTold] = [conditionsMet(u, context), ownCaseTold(u, context)];
  const fits = (id: string): boolean => { const entry = input.faqEntry?.(id); return entry === undefined || entryFits(entry, met, caseTold); };
  for (const id of input.faqRelated?.(lastId) ?? []) if (fits(id)) consider(id, parts(id), false);
  // "on peut le rallonger ?" after the failed exam, whose first sentence says the apprenticeship can be extended: when
  // no other sentence holds it, the first one does; that answer again, rather than a neighbouring entry's card.
  if (!best) consider(lastId, parts(lastId).filter((p) => p.lead), false);
  if (!best) return undefined;
  if (anotherEntryHoldsMore(input, lastId, best.id, best.covered)) return undefined;
  // All the message's keys, not only those the best sentence shares: the person's register may say it in other words
  // ("entre les deux" in one, "dans l'intervalle, la formation" in the other).
  return { id: best.id, focus: keys };
}

/** How many of the message's own words a sentence holds, by the word itself or by its concept ("payé" by "toucher"). */
function coveredWords(normalized: string, keys: ReadonlySet<string>): number {
  const words = tokenize(normalized).map((w) => [...partKeys(w)].filter((k) => !EVERYWHERE.has(k)));
  return words.filter((wordKeys) => wordKeys.length > 0 && wordKeys.some((k) => keys.has(k))).length;
}

/**
 * The message's clear lead is another FAQ entry whose words hold more of the message than the part found. A topic
 * that leads counts by the FAQ's own version of it ("et je trouve un patron comment ?" after what apprenticeship is:
 * the employer search, whose entry holds "trouver" and "patron", not the sentence of the definition that names the
 * company).
 */
function anotherEntryHoldsMore(input: RoutingInput, lastId: string, partId: string, covered: number): boolean {
  const u = input.understanding;
  const first = readingsOf(u)[0];
  const lead = first?.kind === 'topic' ? topicEntryOf(input, first.topic, first.score) : first;
  if (lead?.kind !== 'faq' || lead.id === lastId || lead.id === partId || lead.score < FAQ_ANSWER) return false;
  const stems = input.faqStems?.(lead.id);
  if (!stems) return false;
  const held = ownWordStems(input.understanding.normalized).filter((w) => stems.has(w) && !EVERYWHERE.has(w)).length;
  return held > covered;
}

/** The FAQ's general version of a topic that leads (its `topic`), as a reading of the topic's score. */
function topicEntryOf(input: RoutingInput, topic: string, score: number): { kind: 'faq'; id: string; score: number } | undefined {
  const hit = input.understanding.faq.find((h) => h.entry.topic === topic);
  return hit ? { kind: 'faq', id: hit.entry.id, score } : undefined;
}
