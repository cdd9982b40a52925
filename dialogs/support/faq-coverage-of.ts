import type { Knowledge } from '../../src/knowledge/snapshot.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { coverageStems, type FaqVocabulary, faqVocabularyOf, uncoveredWords } from '../../src/nlu/faq-coverage.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/** The FAQ's vocabulary per knowledge version: built once, never per turn. */
const vocabularies = new WeakMap<Knowledge, FaqVocabulary>();

/** Every text an entry is written with: its ways of asking, its answers (all versions), its details, its terms. */
function textsOf(e: FaqEntry): string[] {
  const versions = [e.answer, e.answer_minor, e.details, ...(e.answer_when ?? []).map((w) => w.answer)];
  return [...e.questions, ...versions.flatMap((v) => (v ? [v.tu, v.vous] : [])), ...(e.defines ?? [])];
}

export function faqVocabulary(knowledge: Knowledge): FaqVocabulary {
  let vocabulary = vocabularies.get(knowledge);
  if (!vocabulary) vocabularies.set(knowledge, (vocabulary = faqVocabularyOf(knowledge.faq.map((e) => ({ id: e.id, texts: textsOf(e) })))));
  return vocabulary;
}

/**
 * The distinctive words of the message the FAQ entry `id` does not have (src/nlu/faq-coverage.ts). The words read as
 * a place or a trade are not held against it: they say where or what, the entry may still answer the question.
 */
export function uncoveredBy(knowledge: Knowledge, id: string, u: Understanding, namesOnly = false): string[] {
  const spans = [u.commune?.span, u.outside && 'span' in u.outside ? u.outside.span : undefined, u.trade?.phrase];
  const ignore = new Set(spans.flatMap((s) => (s ? coverageStems(s) : [])));
  return uncoveredWords(faqVocabulary(knowledge), id, u, ignore, namesOnly);
}
