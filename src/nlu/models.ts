import type { FaqEntry } from '../knowledge/schema/faq.js';
import type { KnowledgeBase } from '../knowledge/store.js';
import { FaqMatcher, type FaqMatcherData, type FaqMaterial } from './faq-matcher.js';
import { FaqDetector } from './faq-detector.js';
import { createIntentClassifier, intentClassifierFromData, type IntentClassifier, type IntentId, type IntentsFile } from './intents.js';
import type { SoftmaxData } from './softmax.js';

/** The trained parts of the understanding for one knowledge version. */
export interface Models {
  intents: IntentClassifier;
  faqDetector: FaqDetector;
  faq: FaqMatcher;
  /** Time spent building them, in milliseconds. */
  buildMs: number;
  /** Trained here, read back from the knowledge cache, or trained because the cache could not be written. */
  source: 'trained' | 'cache' | { trained: true; writeError: string };
}

/** The trained models as plain data, kept in the knowledge cache beside the knowledge they were trained on. */
interface ModelsData {
  intents: SoftmaxData;
  faqDetector: SoftmaxData;
  faq: FaqMatcherData;
}

const built = new WeakMap<object, Models>();

/**
 * The models of this knowledge version, built on first use and shared by the bot and the adviser console (one per
 * version and per process: a knowledge reload builds new ones): the intent classifier (intents.fr.yaml), the FAQ
 * detector (a FAQ question or a topic's request?) and the FAQ matcher (which entry?). With a knowledge cache (see
 * src/knowledge/cache.ts) they are read back from it, or trained and stored there for the next start.
 */
export function modelsFor(kb: KnowledgeBase): Models {
  const k = kb.knowledge;
  let models = built.get(k);
  if (!models) {
    models = kb.cache ? cachedModels(kb) : trainedModels(kb);
    built.set(k, models);
  }
  return models;
}

function trainedModels(kb: KnowledgeBase): Models {
  const k = kb.knowledge;
  const started = performance.now();
  const intents = createIntentClassifier(k.files.intents);
  const faqDetector = createFaqDetector(k.faq, k.files.intents);
  const faq = new FaqMatcher(faqMaterial(k.faq));
  return { intents, faqDetector, faq, buildMs: performance.now() - started, source: 'trained' };
}

/**
 * The models of a knowledge version from the knowledge cache (same files, same code: the same models, exactly), or
 * trained and stored there for the next start. Anything unexpected in the entry and they are trained instead.
 */
function cachedModels(kb: KnowledgeBase): Models {
  const started = performance.now();
  const read = kb.cache?.read<ModelsData>('models');
  if (read?.hit) {
    try {
      const { intents, faqDetector, faq } = read.value;
      return {
        intents: intentClassifierFromData(intents),
        faqDetector: new FaqDetector([], [], faqDetector),
        faq: new FaqMatcher([], faq),
        buildMs: performance.now() - started,
        source: 'cache',
      };
    } catch {
      // A damaged or foreign entry (its checksum and code version matched, so rarely): train as if it were absent.
    }
  }
  const models = trainedModels(kb);
  const data: ModelsData = { intents: models.intents.toData() as SoftmaxData, faqDetector: models.faqDetector.toData(), faq: models.faq.toData() };
  try {
    kb.cache?.write('models', data);
  } catch (e) {
    // A read-only data folder only costs the next start a training.
    return { ...models, source: { trained: true, writeError: e instanceof Error ? e.message : String(e) } };
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

/** What the FAQ matcher learns of each entry: its ways of asking and the texts of its answer. */
export function faqMaterial(faq: readonly FaqEntry[]): FaqMaterial[] {
  return faq.map((e) => ({ id: e.id, questions: e.questions, texts: faqTexts(e) }));
}

/** The texts of a FAQ entry its vocabulary is learnt from: the answer in both registers, and the details. */
export function faqTexts(e: FaqEntry): string[] {
  return [e.answer.tu, e.answer.vous, ...(e.details ? [e.details.tu, e.details.vous] : [])];
}
