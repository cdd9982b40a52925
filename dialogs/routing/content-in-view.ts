import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import { questionOf } from '../support/faq-coverage-of.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { registerOf } from '../support/state.js';
import { notionsOf } from './everyday-words.js';
import { entriesWriting, faqWritten } from './entries-writing.js';
import { endsWithoutAnswer, faqHolder, holdersInView, type Holder } from './in-view-entry.js';
import type { Route, RoutingInput } from './route.js';
import { CONTENT_IN_VIEW_MIN } from './thresholds.js';

/**
 * Round 30: the follow-up whose answer IS in the card just shown (or an entry it points to) but in common words.
 * in-view-entry.ts looks for the follow-up's RARE words only, so "je peux repasser avec le même patron ?" after the
 * failed exam (the card: "avec ton employeur actuel s'il est d'accord") or "et les conditions pour les grosses boîtes ?"
 * after the hiring aid (its "250 salariés et plus" row) ended in "my last answer does not cover this". Before that
 * answer is given, every sentence in view is weighed against ALL the follow-up's content: its word stems, each by how
 * rare it is among the FAQ's entries (a word every entry writes says little), and the everyday notions it asks
 * (everyday-words.ts: "même patron" ~ "employeur actuel", "21h30" ~ night work). The sentence that holds the largest
 * share of that weight answers when the share clears CONTENT_IN_VIEW_MIN; an unrelated follow-up ("et le jour de
 * carence ?": its rarest word is written nowhere in view) keeps the honest "not covered".
 */

/** A follow-up is short; a long message tells a case of its own, read by the other rules. */
const FOLLOW_UP_MAX_WORDS = 14;

/**
 * Words that ask or point back, not what is asked (normalised). The stemmer keeps them; they would meet any sentence.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `et mais alors donc sinon ok du coup ca sa cela ce c est cest il ils elle elles on je j tu vous nous me m te t se s moi toi lui leur
  la le les l y en un une des de du a au aux qui ki quoi koi quand qd ou comment combien cb cmb quel quelle quels quelles pourquoi
  exactement precisement vraiment svp stp hein bah ben bon que qu est dans pour par sur avec pas plus normal normale legal legale
  autorise autorisee possible ok grave bien pareil meme aussi faut faire fais fait peut peux peuvent pouvez dois doit doivent veux
  veut droit truc chose quelqu quelquun quelque bas ici la-bas dedans etre sera serai seras serait seront sont suis es ete avoir aura aurai auras ai as ont va vais vas`.split(/\s+/).filter((w) => w.length > 0),
);

/** What the follow-up asks: its notions and content stems, each weighed by its rarity among the entries (0–1). */
export function contentAsked(input: RoutingInput): Map<string, number> {
  const entries = input.faqEntries?.() ?? [];
  const asked = new Map<string, number>();
  if (entries.length === 0) return asked;
  const counts = entriesWriting(entries);
  // The understanding's reading respells words by their sound ("grosses" read as "gross"): the notions are looked for in
  // the words as typed too, and the reading that finds more of them gives the words left.
  const question = questionOf(input.understanding);
  const read = notionsOf(question.normalized, 'asked');
  const typed = notionsOf(normalize(question.text), 'asked');
  const { notions, rest } = typed.notions.size > read.notions.size ? typed : read;
  const words = tokenize(rest).filter((w) => !ASKING_WORDS.has(w));
  const total = entries.length;
  const rarity = (key: string): number => Math.log((total + 1) / ((counts.get(key) ?? 0) + 1)) / Math.log(total + 1);
  for (const key of [...notions, ...ownWordStems(words.join(' '))]) asked.set(key, rarity(key));
  return asked;
}

/** Two stems are the same word when the shorter (4 letters at least) begins the other: "suiv"/"suivr", "vers"/"verse". */
function holds(written: ReadonlySet<string>, key: string): boolean {
  if (written.has(key)) return true;
  if (key.startsWith('@') || key.length < 4) return false;
  for (const w of written) if (w.length >= 4 && (w.startsWith(key) || key.startsWith(w))) return true;
  return false;
}

const keysCache = new Map<string, ReadonlySet<string>>();
function keysOfSentence(sentence: string): ReadonlySet<string> {
  let known = keysCache.get(sentence);
  if (!known) {
    if (keysCache.size > 5000) keysCache.clear();
    const n = normalize(sentence);
    keysCache.set(sentence, (known = new Set([...ownWordStems(n), ...notionsOf(n, 'written').notions])));
  }
  return known;
}

/**
 * The notions that are what a question asks, not what it is about: "c'est versé quand ?" wants a time, "ça dure
 * combien de temps ?" a length. However common (and so light) they are, a sentence without them does not answer
 * (after Mobili-Jeune, whose card says who pays but not when, "c'est versé quand ?" stays honestly not covered).
 */
const ASKED_FOR: ReadonlySet<string> = new Set(['@when', '@length']);

/** The share of the asked weight a sentence holds. */
function shareHeld(asked: ReadonlyMap<string, number>, sentence: string): number {
  const written = keysOfSentence(sentence);
  let held = 0;
  let all = 0;
  for (const [key, weight] of asked) {
    all += weight;
    if (holds(written, key)) held += weight;
    else if (ASKED_FOR.has(key)) return 0;
  }
  return all === 0 ? 0 : held / all;
}

/**
 * What is in view (in-view-entry.ts), and after a topic's card with no entry of its own in view (the search for an
 * employer), the one FAQ entry written for that topic and the entries it points to ("et si je trouve personne ?":
 * the start at the CFA without an employer).
 */
function cardsInView(input: RoutingInput): Holder[] {
  const holders = holdersInView(input);
  const topic = input.data.lastTopic;
  if (holders.length > 0 || topic === undefined) return holders;
  const ofTopic = (input.faqEntries?.() ?? []).filter((e) => e.topic === topic);
  if (ofTopic.length !== 1) return holders;
  const entry = ofTopic[0]!;
  const related = (entry.related ?? []).map((id) => (input.hasFaqEntry(id) ? input.faqEntry?.(id) : undefined)).filter((e): e is FaqEntry => e !== undefined);
  return [faqHolder(entry, false), ...related.map((e) => faqHolder(e, false))];
}

/** For the calibration tool only: the best sentence weighed last, and its share. */
export const contentInViewTrace: { last?: { text: string; share: number } } = {};

const TU_WORDS = /\b(?:tu|ton|ta|tes|te|toi)\b/i;

/** The best sentence in view for the follow-up, its holder and its share of the asked weight. */
export function bestContentInView(input: RoutingInput, beyondTheCard = false): { holder: Holder; sentence: string; share: number } | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || tokenize(u.normalized).length > FOLLOW_UP_MAX_WORDS) return undefined;
  // A subject no entry writes at all is a question our sources do not treat, whatever else it shares with the card;
  // a word a notion stands for ("les grosses boîtes": a large firm) is not that subject.
  const asked = contentAsked(input);
  if ((input.faqForeign?.() ?? []).some((w) => asked.has(w))) return undefined;
  if (asked.size === 0) return undefined;
  const register = u.facts.register ?? registerOf(input.data.profile as Parameters<typeof registerOf>[0]);
  let best: { holder: Holder; sentence: string; share: number } | undefined;
  for (const holder of cardsInView(input)) {
    if (beyondTheCard && holder.own) continue;
    for (const sentence of holder.sentences) {
      // Of two sentences that hold as much, the one in the person's register (the card is shown in it); the card
      // itself before what it points to (holders come in that order).
      const share = shareHeld(asked, sentence) + (TU_WORDS.test(sentence) === (register === 'tu') ? 0.0001 : 0);
      if (!best || share > best.share) best = { holder, sentence, share };
    }
  }
  if (best) contentInViewTrace.last = { text: best.sentence, share: best.share };
  return best;
}

/** The route of the sentence in view that holds most of what the follow-up asks, when it clears the threshold. */
export function contentInView(input: RoutingInput, beyondTheCard = false): Route | undefined {
  const best = bestContentInView(input, beyondTheCard);
  return best && best.share >= CONTENT_IN_VIEW_MIN ? best.holder.route(best.sentence) : undefined;
}

/**
 * The decisions that gave up on the card in view: in-view-entry.ts's own list, and the follow-up rules that read one
 * aspect of the card (its conditions, its dates, a part) and found it nowhere, in the card's own words.
 */
const GAVE_UP: ReadonlySet<string> = new Set(['faq-not-covered', 'no-repeat', 'none', 'fallback', 'interruption', 'answer-follow-up', 'card-aspect', 'aspect-in-view', 'condition-in-view', 'sentence-in-view']);
const READ_THE_CARD: ReadonlySet<string> = new Set(['answer-follow-up', 'no-repeat', 'card-aspect', 'aspect-in-view', 'condition-in-view', 'sentence-in-view']);
/** decide.ts's rule for the employer search asked again in other words. */
const FIND_EMPLOYER_AGAIN = 'find-employer-again';
/** Finding nobody, said in everyday French ("personne", "rien", "aucun", the "ne" dropped). */
const FINDS_NONE = /\b(?:personne|rien|aucun|aucune|pas|jamais)\b/;
const NEGATION = /\b(?:pas|sans|jamais|aucun|aucune|ni|plus de|non)\b/;

/**
 * The follow-up rules that answer with an entry the message's words lead to, beside the card in view: "il peut rester
 * dans la même entreprise ?" after the failed exam reads the entry on being hired after the apprenticeship, by its
 * "même entreprise", while the card in view writes the answer in other words ("avec ton employeur actuel").
 */
const OTHER_ENTRY_RULES: ReadonlySet<string> = new Set(['answer-follow-up', 'sentence-in-view', 'faq-lead', 'no-repeat-next', 'no-repeat-near']);

/** The largest share of the asked content one sentence of an entry holds. */
function entryShare(asked: ReadonlyMap<string, number>, entry: FaqEntry): number {
  return Math.max(0, ...faqWritten(entry).flatMap((t) => sentencesOf(t)).map((s) => shareHeld(asked, s)));
}

/**
 * The card in view holds ALL the follow-up asks, one of its everyday notions included (what the other rules' word
 * matching cannot see), and the entry another rule chose holds less of it: the card's sentence answers.
 */
function cardOverOtherEntry(input: RoutingInput, decision: { rule: string; route: Route }): Route | undefined {
  const { route } = decision;
  if (!OTHER_ENTRY_RULES.has(decision.rule) || route.kind !== 'faq_entry' || input.data.lastTopic !== 'faq' || route.id === input.data.lastFaq) return undefined;
  const best = bestContentInView(input);
  if (!best || !best.holder.own || best.share < WHOLE) return undefined;
  const asked = contentAsked(input);
  if (![...asked.keys()].some((k) => k.startsWith('@'))) return undefined;
  const chosen = input.faqEntry?.(route.id);
  return chosen && entryShare(asked, chosen) < best.share - TIE ? best.holder.route(best.sentence) : undefined;
}
/** "All of it": the share of a sentence that holds every key asked (the register's tie-break aside). */
const WHOLE = 0.999;
const TIE = 0.001;

/** A decision that gave up on a follow-up whose content is written in view becomes the answer from there. */
export function contentOverGivingUp<D extends { rule: string; route: Route }>(input: RoutingInput, decision: D): D | { rule: string; route: Route } {
  const overOther = cardOverOtherEntry(input, decision);
  if (overOther) return { rule: 'content-in-view', route: overOther };
  // The employer search asked again (decide.ts, find-employer-again: summarised when sent) but as the search failing
  // ("et si je trouve personne ?", "si on trouve aucun employeur ?") asks what its entries write on that case (the CFA
  // without an employer); the search itself asked again ("où chercher un employeur ?") keeps the summary.
  if (decision.rule === FIND_EMPLOYER_AGAIN) {
    if (!FINDS_NONE.test(input.understanding.normalized)) return decision;
    const route = contentInView(input, true);
    return route ? { rule: 'content-in-view', route } : decision;
  }
  if (!GAVE_UP.has(decision.rule) || !endsWithoutAnswer(decision.route)) return decision;
  // A follow-up that denies what the card is about is answered by what it points to, never by the card's own words.
  const beyond = READ_THE_CARD.has(decision.rule) && NEGATION.test(input.understanding.normalized);
  const route = contentInView(input, beyond);
  return route ? { rule: 'content-in-view', route } : decision;
}
