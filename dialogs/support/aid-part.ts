import type { Aid } from '../../src/knowledge/schema/aid.js';
import { normalize } from '../../src/text/normalize.js';
import { sentenceKeys } from './answer-parts.js';
import { aidSummary } from './aid-views.js';
import { sentencesOf } from './lead-sentence.js';
import { stem } from '../../src/text/stem.js';
import type { Turn } from './turn.js';

/**
 * The sentence of an aid's own text (its summary in the reader's register, the notes of its amounts, its other
 * conditions) that shares the most keys with a follow-up's focus: "quelle que soit la taille ?" meets "quels que soient
 * l'effectif et le diplôme", "elle vit chez nous, ça change quoi ?" meets "le montant dépend des ressources et de la
 * composition du foyer". A disability told before narrows the choice to the sentences about it, when the aid has
 * any: "même pour un bac pro ?" about a disabled apprentice is answered by "6 000 € au plus, quels que soient la taille
 * et le diplôme", not by the levels every other apprentice's amount depends on. None shares any key: undefined, and
 * the card opens as usual.
 */
const DISABILITY = stem('handicap');

/**
 * Parts of an aid's card a follow-up names rather than words of its text: how to apply ("comment on la demande ?") and
 * its conditions ("quelles sont exactement les conditions ?"). Marked with "@" so no word of a message is one of them.
 */
export const AID_PART_FOCUS = { howToApply: '@how_to_apply', conditions: '@conditions' } as const;

export function aidPartAsked(turn: Turn, aid: Aid, focus: readonly string[]): string | undefined {
  if (focus.length === 0) return undefined;
  const texts = [
    ...sentencesOf(aidSummary(turn, aid)),
    ...aid.amount.flatMap((a) => (a.note ? sentencesOf(a.note) : [])),
    ...aid.other_conditions,
  ];
  const aboutDisability = texts.filter((t) => sentenceKeys(normalize(t)).has(DISABILITY));
  const candidates = turn.data.profile.disability === true && aboutDisability.length > 0 ? aboutDisability : texts;
  let best: string | undefined;
  let bestShared = 0;
  for (const text of candidates) {
    const keys = sentenceKeys(normalize(text));
    const shared = focus.filter((k) => keys.has(k)).length;
    if (shared > bestShared) [best, bestShared] = [text, shared];
  }
  return best;
}
