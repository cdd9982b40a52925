import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { faqFileSchema, type FaqEntry } from '../../src/knowledge/schema/faq.js';
import { type IntentsFile, parseIntentsFile } from '../../src/nlu/intents.js';

export const INTENTS_FILE = process.env['INTENTS_FILE'] ?? 'knowledge/intents.fr.yaml';
export const FAQ_FILE = process.env['FAQ_FILE'] ?? 'knowledge/faq.yaml';

/** The training data of the classifier, as the bot trains it: the intents' phrases and the FAQ entries' questions. */
export function loadTrainingData(): { intents: IntentsFile; faq: FaqEntry[] } {
  const intents = parseIntentsFile(readFileSync(INTENTS_FILE, 'utf8'), INTENTS_FILE);
  const faq = faqFileSchema.parse(load(readFileSync(FAQ_FILE, 'utf8'))).faq;
  return { intents, faq };
}

/** The texts of a FAQ entry the classifier learns its vocabulary from: the answers (both registers) and details. */
export function faqTexts(entry: FaqEntry): string[] {
  return [entry.answer.tu, entry.answer.vous, ...(entry.details ? [entry.details.tu, entry.details.vous] : [])];
}
