import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { AID_PART_FOCUS } from '../support/aid-part.js';
import { ownWordStems } from '../support/answer-words.js';
import { questionOf } from '../support/faq-coverage-of.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { registerOf } from '../support/state.js';
import { thingInView } from './aspect-in-view.js';
import type { Route, RoutingInput } from './route.js';
import { focusOn } from './sentence-in-view.js';
import { entriesWriting, faqWritten } from './entries-writing.js';

/**
 * Review 19, issue 11: "en quoi consiste l'engagement ?" after the hiring aid's card that states it, "qui peut nous aider
 * à trouver une solution à l'amiable ?" after the rupture card that names the mediator: the honest "my sources do not
 * cover this" fired on follow-ups whose answer was in view. Before that answer (or the fallback) is given to a short
 * follow-up, its distinctive words are looked for in what is in view:
 * - the card just shown (a FAQ entry's answer and details, an aid's summary, notes, conditions and steps),
 * - the entries it points to (`related`, `after`, its aids), and the entries that define a notion it uses (the rupture
 *   card says "médiateur de l'apprentissage": the entry that defines it),
 * and the follow-up is answered from the one that writes most of them, led by its sentence that holds them.
 * Distinctive: a word few entries write (RARE_SHARE), so "CFA" or "contrat" alone never make a match. A follow-up with a
 * word no entry writes at all (a foreign subject: open days, a pass rate) keeps its honest answer, as does one whose
 * words nothing in view writes.
 */

/** A follow-up is short; a long message tells a case of its own, read by the other rules. */
const FOLLOW_UP_MAX_WORDS = 16;
/** A stem written by more than this share of the FAQ's entries is common ground ("apprenti", "contrat"), not a subject. */
const RARE_SHARE = 0.1;
/**
 * Words of asking that the stemmer keeps: "en quoi consiste", "ça veut dire quoi", "ça me concerne", "concrètement",
 * "expliquer"; and the kinds of value asked ("combien de temps", "quel délai", "quand"), which the other follow-up
 * rules read as concepts of the answer ('@delay') that no word of it writes. Normalised words.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `consiste consistent consister veut dire signifie signifient veux explique expliquer expliquez expliques detail details detailler
  concretement exactement precisement vraiment concerne concernent concerner ca sa truc machin chose aider aide aidez aidera peut peuvent
  pouvez pouvons faire fait fais faites
  temps tps delai delais duree dure durent durer prend prennent longtemps quand date combien cb cmb montant`.split(/\s+/).filter((w) => w.length > 0),
);

/** Stems of a text's own words, per text: the knowledge's texts are the same objects for a whole version. */
const stemsCache = new Map<string, ReadonlySet<string>>();
function stemsOfText(text: string): ReadonlySet<string> {
  let known = stemsCache.get(text);
  if (!known) {
    if (stemsCache.size > 5000) stemsCache.clear();
    stemsCache.set(text, (known = new Set(ownWordStems(normalize(text)))));
  }
  return known;
}

function aidWritten(aid: Aid): string[] {
  const both = (t: { tu: string; vous: string } | undefined): string[] => (t ? [t.tu, t.vous] : []);
  return [aid.title, ...both(aid.summary), ...(aid.amount ?? []).map((a) => a.note ?? ''), ...(aid.other_conditions ?? []), ...both(aid.how_to_apply), aid.dates_note ?? ''];
}

/** The follow-up's distinctive stems: its own words, less the words of asking, that few entries write. */
export function distinctiveStems(input: RoutingInput): Map<string, number> {
  const entries = input.faqEntries?.() ?? [];
  const weights = new Map<string, number>();
  if (entries.length === 0) return weights;
  const counts = entriesWriting(entries);
  const total = entries.length;
  const words = tokenize(questionOf(input.understanding).normalized).filter((w) => !ASKING_WORDS.has(w));
  // Each weighed by its rarity; the first is the head of the question ("l'engagement demandé aux entreprises de notre
  // taille": what is asked is the engagement, "de notre taille" says whose), and weighs more than all the others.
  for (const s of new Set(ownWordStems(words.join(' ')))) {
    const n = counts.get(s) ?? 0;
    if (n <= total * RARE_SHARE) weights.set(s, 1 / (1 + n));
  }
  const head = [...weights.keys()][0];
  if (head !== undefined) weights.set(head, [...weights.values()].reduce((a, b) => a + b, 0));
  return weights;
}

/** The weight of the asked stems a set of stems holds. */
function weightFound(asked: ReadonlyMap<string, number>, stems: ReadonlySet<string>): number {
  let sum = 0;
  for (const [s, w] of asked) if (stems.has(s)) sum += w;
  return sum;
}

/** A place in view the follow-up may be answered from: its route, and the sentences it writes. */
export interface Holder {
  sentences: string[];
  /** The card just shown itself (not an entry it points to). */
  own?: boolean;
  route: (sentence: string | undefined) => Route;
}

export function faqHolder(entry: FaqEntry, own: boolean): Holder {
  const sentences = faqWritten(entry).flatMap((t) => sentencesOf(t));
  // The card just shown is led by the sentence that answers (it would otherwise come back word for word); another entry
  // is shown whole, led by that sentence too.
  return { sentences, own, route: (s) => ({ kind: 'faq_entry', id: entry.id, ...(s !== undefined && own ? { focus: focusOn(s, sentences) } : {}) }) };
}

function aidHolder(aid: Aid): Holder {
  // The sentences its card can lead with (aid-part.ts): its summary, the notes of its amounts, its conditions; its steps
  // lead the card as a part of their own.
  const both = (t: { tu: string; vous: string } | undefined): string[] => (t ? [t.tu, t.vous] : []);
  const own = [...both(aid.summary), ...(aid.amount ?? []).map((a) => a.note ?? ''), ...(aid.other_conditions ?? [])].flatMap((t) => sentencesOf(t));
  const steps = both(aid.how_to_apply).flatMap((t) => sentencesOf(t));
  const route = (s: string | undefined): Route => {
    if (s === undefined) return { kind: 'aid', id: aid.id };
    return { kind: 'aid', id: aid.id, focus: own.includes(s) ? focusOn(s, own) : [AID_PART_FOCUS.howToApply] };
  };
  return { sentences: [...own, ...steps], route };
}

/** The entries that define a notion the text uses ("médiateur de l'apprentissage", "OPCO"). */
function definersOfNotionsIn(input: RoutingInput, texts: readonly string[]): FaqEntry[] {
  const written = ` ${normalize(texts.join(' '))} `;
  return (input.faqEntries?.() ?? []).filter((e) => (e.defines ?? []).some((term) => {
    const t = normalize(term);
    return t.length > 2 && written.includes(` ${t} `);
  }));
}

/**
 * The entries that show one of these aids with their answer (`see_aids`): the steps to claim it, written once for all
 * its readers (round 33, review 24 E6: "Quel justificatif dois-je fournir, et à qui ?" after the hiring aids for a
 * disabled apprentice; the claim's entry says a proof is sent to the ASP, the aid's card does not).
 */
function entriesShowing(input: RoutingInput, aidIds: readonly string[]): FaqEntry[] {
  if (aidIds.length === 0) return [];
  return (input.faqEntries?.() ?? []).filter((e) => (e.see_aids ?? []).some((id) => aidIds.includes(id)));
}

/** Everything in view, the card itself first: what it points to, then the entries that define what it uses. */
export function holdersInView(input: RoutingInput): Holder[] {
  const thing = thingInView(input);
  const holders: Holder[] = [];
  const seen = new Set<string>();
  const addFaq = (id: string): void => {
    if (seen.has(id) || !input.hasFaqEntry(id)) return;
    const entry = input.faqEntry?.(id);
    if (!entry) return;
    seen.add(id);
    holders.push(faqHolder(entry, false));
  };
  const addAid = (id: string): void => {
    const aid = input.aids.find((a) => a.id === id);
    if (aid && !seen.has(`aid:${id}`)) {
      seen.add(`aid:${id}`);
      holders.push(aidHolder(aid));
    }
  };
  if (thing?.kind === 'faq') {
    seen.add(thing.entry.id);
    holders.push(faqHolder(thing.entry, true));
    for (const id of [...(thing.entry.related ?? []), ...(thing.entry.after ?? [])]) addFaq(id);
    for (const id of thing.entry.see_aids ?? []) addAid(id);
    for (const e of definersOfNotionsIn(input, faqWritten(thing.entry))) addFaq(e.id);
  } else if (thing?.kind === 'aid') {
    addAid(thing.aid.id);
    holders[0]!.own = true;
    for (const e of definersOfNotionsIn(input, aidWritten(thing.aid))) addFaq(e.id);
    for (const e of entriesShowing(input, [thing.aid.id])) addFaq(e.id);
  } else if (input.data.lastTopic === 'aids') {
    // A list of aids shown: each of them, and what they use.
    for (const id of input.data.lastAidList ?? []) addAid(id);
    const listed = (input.data.lastAidList ?? []).map((id) => input.aids.find((a) => a.id === id)).filter((a): a is Aid => a !== undefined);
    for (const e of definersOfNotionsIn(input, listed.flatMap(aidWritten))) addFaq(e.id);
    for (const e of entriesShowing(input, input.data.lastAidList ?? [])) addFaq(e.id);
  }
  return holders;
}

/**
 * The route of the holder in view that writes most of the follow-up's distinctive words, led by its sentence.
 * `instead`: the entry another rule chose, which must write none of them; `beyondTheCard`: not the card itself.
 */
export function answerInView(input: RoutingInput, instead?: string, beyondTheCard = false): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || tokenize(u.normalized).length > FOLLOW_UP_MAX_WORDS) return undefined;
  // A subject no entry writes at all is a question our sources do not treat, whatever else it shares with the card.
  if ((input.faqForeign?.() ?? []).length > 0) return undefined;
  const asked = distinctiveStems(input);
  if (asked.size === 0) return undefined;
  const holders = holdersInView(input).filter((h) => !(beyondTheCard && h.own));
  if (instead !== undefined) {
    const chosen = input.faqEntry?.(instead);
    if (!chosen || weightFound(asked, new Set(faqWritten(chosen).flatMap((t) => [...stemsOfText(t)]))) > 0) return undefined;
  }
  let best: { holder: Holder; found: number; weight: number } | undefined;
  for (const holder of holders) {
    const written = new Set(holder.sentences.flatMap((s) => [...stemsOfText(s)]));
    const found = [...asked.keys()].filter((s) => written.has(s)).length;
    const weight = weightFound(asked, written);
    if (found > 0 && (!best || weight > best.weight)) best = { holder, found, weight };
  }
  // Most of what it asks must be there: one word of three met by chance is a question of its own.
  if (!best || best.found * 2 < asked.size) return undefined;
  const register = u.facts.register ?? registerOf(input.data.profile as Parameters<typeof registerOf>[0]);
  const sentence = leadingSentence(best.holder.sentences, asked, register);
  return best.holder.route(sentence);
}

/** The sentence that holds most of the words asked, in the person's register when both hold as many. */
function leadingSentence(sentences: readonly string[], asked: ReadonlyMap<string, number>, register: 'tu' | 'vous'): string | undefined {
  let best: { s: string; n: number } | undefined;
  for (const s of sentences) {
    const found = weightFound(asked, stemsOfText(s));
    if (found === 0) continue;
    // Of two sentences that hold as much, the one in the person's register (a card is shown in it).
    const n = found + (TU_WORDS.test(s) === (register === 'tu') ? 0.001 : 0);
    if (!best || n > best.n) best = { s, n };
  }
  return best?.s;
}

const TU_WORDS = /\b(?:tu|ton|ta|tes|te|toi)\b/i;

/** The honest "not covered" or the fallback, which a follow-up answered from what is in view replaces. */
export function endsWithoutAnswer(route: Route): boolean {
  // The menu of what the bot does, which the classifier reads for "c'est quoi cet engagement exactement ?", answers
  // nothing either.
  if (route.kind === 'interruption') return route.interruption === 'help';
  return (route.kind === 'say' && (route.key === 'not_covered' || route.key === 'faq_not_covered')) || route.kind === 'fallback';
}

/**
 * The decisions that read the card shown and found it does not cover the follow-up, or would show it again. When the
 * follow-up denies what the card is about ("et si j'ai pas de RQTH ?" after the RQTH: the case the card does not
 * treat), the card's own words are no answer: only what it points to may answer.
 */
const READ_THE_CARD: ReadonlySet<string> = new Set(['answer-follow-up', 'no-repeat']);
const NEGATION = /\b(?:pas|sans|jamais|aucun|aucune|ni|plus de|non)\b/;

/**
 * The decisions that gave up: the honest guard's "not covered" (faq-not-covered), the card not shown twice (no-repeat),
 * the fallback, the help menu the classifier reads for a short question (the 'interruption' rule), and "my last answer
 * does not cover this" of answer-follow-up, which reads the card shown only, not what it points to. A rule that says
 * "not covered" on purpose (a foreign subject, one's own childcare) is left as it is.
 */
const GAVE_UP: ReadonlySet<string> = new Set(['faq-not-covered', 'no-repeat', 'none', 'fallback', 'interruption', 'answer-follow-up']);

/** A decision that gave up on a follow-up whose words are in view becomes the answer from there. */
export function inViewOverGivingUp<D extends { rule: string; route: Route }>(input: RoutingInput, decision: D): D | { rule: string; route: Route } {
  // A sentence chosen for a kind of value asked ('@delay', '@amount': a concept, not a word) answers it.
  if (leadsTheCardAgain(input, decision) && decision.route.kind === 'faq_entry' && !(decision.route.focus ?? []).some((k) => k.startsWith('@'))) {
    const beyond = answerInView(input, decision.route.id);
    return beyond ? { rule: 'answer-in-view', route: beyond } : decision;
  }
  if (!GAVE_UP.has(decision.rule) || !endsWithoutAnswer(decision.route)) return decision;
  const route = answerInView(input, undefined, READ_THE_CARD.has(decision.rule) && NEGATION.test(input.understanding.normalized));
  return route ? { rule: 'answer-in-view', route } : decision;
}

/**
 * The follow-up rules that lead the card just shown (or an entry beside it) with one of its sentences: "qui peut nous aider à régler ça à
 * l'amiable ?" after the rupture card was led by "the first 45 days, the rupture is free", a sentence that shares only
 * common words with it, while the mediator's entry it names writes "solution amiable".
 */
const CARD_AGAIN_RULES: ReadonlySet<string> = new Set(['answer-follow-up', 'sentence-in-view']);

function leadsTheCardAgain(input: RoutingInput, decision: { rule: string; route: Route }): boolean {
  const { route } = decision;
  return CARD_AGAIN_RULES.has(decision.rule) && input.data.lastTopic === 'faq' && route.kind === 'faq_entry';
}
