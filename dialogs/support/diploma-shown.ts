import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import type { DiplomaShown } from './state.js';
import type { Turn } from './turn.js';

/**
 * What an answer showed of its diplomas, kept for a follow-up about "ce diplôme" (routing/diploma-in-view.ts): the
 * first one's title when the answer led with one (a trade's card names its first diploma, a search for one title finds
 * it), else only the kind and level they all share ("CAP" in 77 places: a level to give, no title to invent).
 */
export function diplomaShownOf(diplomas: readonly Diploma[], ledWithFirst: boolean): DiplomaShown | undefined {
  const [first] = diplomas;
  if (!first) return undefined;
  if (ledWithFirst || diplomas.length === 1) return { title: first.title, type: first.type, level: first.level };
  const oneType = diplomas.every((d) => d.type === first.type);
  const oneLevel = diplomas.every((d) => d.level === first.level);
  if (!oneType && !oneLevel) return undefined;
  return { ...(oneType ? { type: first.type } : {}), ...(oneLevel ? { level: first.level } : {}) };
}

/** Keeps what the answer showed (or forgets the previous one when this answer showed no diploma). */
export function rememberDiplomaShown(turn: Turn, diplomas: readonly Diploma[], ledWithFirst: boolean): void {
  const shown = diplomaShownOf(diplomas, ledWithFirst);
  if (shown) turn.data.diplomaShown = shown;
  else delete turn.data.diplomaShown;
}
