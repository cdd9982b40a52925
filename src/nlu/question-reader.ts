import type { FaqDetector } from './faq-detector.js';
import type { FaqMatch, FaqMatcher } from './faq-matcher.js';
import type { IntentClassifier, IntentResult } from './intents.js';

/** A FAQ entry the message may ask, with its probability on the intents' scale. */
export interface FaqCandidate extends FaqMatch {
  /** P(the message asks this entry) = P(it asks the FAQ) × the entry's share of the FAQ matches. */
  probability: number;
}

export interface QuestionReading {
  intent: IntentResult;
  /** P(the message asks a question of the FAQ) rather than something a topic answers. */
  faqness: number;
  faq: FaqCandidate[];
}

/** How sharply the entries' fused scores turn into shares (a softmax temperature; chosen by cross-validation). */
export const FAQ_TEMPERATURE = 0.15;
/**
 * A FAQ match is strong evidence by itself when the message is this similar to an entry's phrasings (cosine) and
 * covers its words: below `from`, none; at `to` with every word covered, as sure as a sure intent.
 */
export const FAQ_MATCH_EVIDENCE = { from: 0.2, to: 0.5 };
/**
 * How much of the FAQ's probability the matched entries take, by how similar the best one is: a message that sounds
 * like a FAQ question but resembles no entry ("où peut-il préparer ce CAP vers Vernon ?" shares only "vers" with the
 * transport entry) leaves it unassigned. Below `from`, a tenth; from `to`, all of it.
 */
export const FAQ_MATCH_QUALITY = { from: 0.08, to: 0.25, floor: 0.1 };

/**
 * How far a match's evidence (see `FaqMatch.evidence`) is trusted: below `from`, the entry keeps only `floor` of its
 * share (a message of generic words that an entry happens to hold: "qui paye ?", "à quelle heure ?"); from `to`, all
 * of it. Chosen on the entries' own ways of asking: 90 % of them have their own entry's evidence at 0.2 or more.
 */
export const FAQ_EVIDENCE_TRUST = { from: 0.02, to: 0.15, floor: 0.1 };

/**
 * What a message asks, on one scale: the intents' probabilities, and each FAQ entry's probability — the probability
 * that the message is a FAQ question (the detector's, or the strength of the best match when that is higher: a
 * situation told in the first person may not sound like a question, yet match an entry closely), shared among the
 * entries by how well each one matches; the topics share the rest (see dialogs/routing/readings.ts). A topic and a FAQ entry can then be compared directly. `forFaq` is the text
 * the FAQ matcher reads (the message without the names it gives: see mask.ts).
 */
export function readQuestion(normalized: string, intents: IntentClassifier, detector: FaqDetector, faq: FaqMatcher, forFaq = normalized): QuestionReading {
  const intent = intents.classify(normalized);
  const faqness = detector.probability(normalized);
  const matches = forFaq.length > 0 ? faq.match(forFaq) : [];
  const best = matches[0];
  const strength = best ? ramp(best.similarity, FAQ_MATCH_EVIDENCE.from, FAQ_MATCH_EVIDENCE.to, 0) * best.coverage : 0;
  const quality = best ? ramp(best.similarity, FAQ_MATCH_QUALITY.from, FAQ_MATCH_QUALITY.to, FAQ_MATCH_QUALITY.floor) : 0;
  const faqMass = Math.max(faqness * quality, strength);
  const exp = matches.map((m) => Math.exp((m.score - 1) / FAQ_TEMPERATURE));
  const total = exp.reduce((a, b) => a + b, 0);
  // An entry whose match says little keeps little of its share: the rest stays unassigned, not given to another entry.
  const trust = (m: FaqMatch): number => ramp(m.evidence, FAQ_EVIDENCE_TRUST.from, FAQ_EVIDENCE_TRUST.to, FAQ_EVIDENCE_TRUST.floor);
  return { intent, faqness, faq: matches.map((m, i) => ({ ...m, probability: total > 0 ? (faqMass * trust(m) * (exp[i] as number)) / total : 0 })) };
}

/** 0 (or `floor`) below `from`, 1 from `to`, linear between. */
function ramp(x: number, from: number, to: number, floor: number): number {
  return Math.max(floor, Math.min(1, (x - from) / (to - from)));
}
