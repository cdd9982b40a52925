import type { Knowledge } from '../knowledge/snapshot.js';
import { normalize, tokenize } from '../text/normalize.js';

/**
 * The words that name a broad field of work: each interest's id and the words of its label (interets.yaml:
 * "Agriculture", "Mécanique, véhicules", "Informatique, numérique"). Such a word leads to several trades (the guided
 * orientation lists them); it is not the activity of one worker (word-family.ts would make "agriculture" the farmer).
 */
const fieldWords = new WeakMap<Knowledge, ReadonlySet<string>>();

export function fieldWordsOf(knowledge: Knowledge): ReadonlySet<string> {
  let words = fieldWords.get(knowledge);
  if (!words) {
    const all = new Set<string>();
    for (const interest of knowledge.files.interets.interests) {
      for (const w of tokenize(normalize(`${interest.id.replace(/_/g, ' ')} ${interest.label}`))) all.add(w);
    }
    fieldWords.set(knowledge, (words = all));
  }
  return words;
}
