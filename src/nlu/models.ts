import type { FaqEntry } from '../knowledge/schema/faq.js';
import type { KnowledgeBase } from '../knowledge/store.js';
import { FaqMatcher } from './faq-matcher.js';
import { FaqDetector } from './faq-detector.js';
import { createIntentClassifier, type IntentClassifier, type IntentId, type IntentsFile } from './intents.js';

/** The trained parts of the understanding for one knowledge version. */
export interface Models {
  intents: IntentClassifier;
  faqDetector: FaqDetector;
  faq: FaqMatcher;
  /** Time spent building them, in milliseconds. */
  buildMs: number;
}

const cache = new WeakMap<object, Models>();

/**
 * The models of this knowledge version, built on first use and shared by the bot and the adviser console (one per
 * version and per process: a knowledge reload builds new ones): the intent classifier (intents.fr.yaml), the FAQ
 * detector (a FAQ question or a topic's request?) and the FAQ matcher (which entry?).
 */
export function modelsFor(kb: KnowledgeBase): Models {
  const k = kb.knowledge;
  let models = cache.get(k);
  if (!models) {
    const started = performance.now();
    const intents = createIntentClassifier(k.files.intents);
    const faqDetector = createFaqDetector(k.faq, k.files.intents);
    const faq = new FaqMatcher(k.faq.map((e) => ({ id: e.id, questions: e.questions, texts: faqTexts(e) })));
    models = { intents, faqDetector, faq, buildMs: performance.now() - started };
    cache.set(k, models);
  }
  return models;
}

/** The intents whose phrases are requests a topic answers, as opposed to a FAQ question. */
const TOPIC_INTENTS: readonly IntentId[] = ['salary', 'aids', 'employer_aids', 'trade', 'training', 'orientation', 'find_employer'];

/**
 * The FAQ detector of this knowledge: the FAQ's ways of asking and the 'faq' intent's phrases on one side; the topic
 * intents' phrases and the questions of the entries a topic answers (they are that topic's) on the other.
 */
export function createFaqDetector(faq: readonly FaqEntry[], intents: IntentsFile): FaqDetector {
  const faqSide = [...intents.intents.faq.phrases, ...faq.filter((e) => e.topic === undefined).flatMap((e) => e.questions)];
  const topicSide = [...TOPIC_INTENTS.flatMap((i) => intents.intents[i].phrases), ...faq.filter((e) => e.topic !== undefined).flatMap((e) => e.questions)];
  return new FaqDetector(faqSide, topicSide);
}

/** The texts of a FAQ entry its vocabulary is learnt from: the answer in both registers, and the details. */
export function faqTexts(e: FaqEntry): string[] {
  return [e.answer.tu, e.answer.vous, ...(e.details ? [e.details.tu, e.details.vous] : [])];
}
