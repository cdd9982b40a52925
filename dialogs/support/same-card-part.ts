import { normalize } from '../../src/text/normalize.js';
import { partKeys } from './answer-parts.js';

/**
 * What a new message asks of the card just shown, when the answer chosen for it is that same card again (review 17:
 * "Comme dans ma réponse juste au-dessus" restated a whole paragraph, once the wrong one):
 * - `sentence`: the one sentence of the card that shares the most of the message's own words: said alone;
 * - `nothing_asked`: the message asks nothing but a yes, a no or a "so?" ("c normal ?", "il a le droit ?"): the
 *   card's lead answers it;
 * - `not_written`: the message asks about something no sentence of the card writes ("et pour nous, elle reste à
 *   charge ?" after the prime d'activité): the card is not the answer, and pointing to it would answer something else.
 */
export type SameCardPart = { readonly kind: 'sentence'; readonly sentence: string } | { readonly kind: 'nothing_asked' } | { readonly kind: 'not_written' };

/** Asking words, not what is asked: "droit", "peut", "normal" meet nearly every sentence of a rule. */
const ASKING_WORDS = 'droit peut peux pouvons pouvez peuvent possible possibles normal legal legale obligatoire obligatoires dois doit doivent faut';
/**
 * Words that name the parties and the frame of every answer here, or only carry the question ("ça change quelque
 * chose ?"): sharing them says nothing of which part is asked, and a card lacking them still may answer.
 */
const FRAME_WORDS =
  'apprenti apprentie apprentis apprenties apprentissage alternance alternant alternante contrat contrats employeur employeurs patron patronne entreprise cfa ' +
  'fils fille enfant enfants gamin gamine jeune jeunes nous vous moi toi lui elle eux ' +
  'change changer changera chose choses quelque quoi alors donc aussi encore sinon cas question sais savoir dire veut vouloir fait faire puis pas combien max maximum ans an mois';

const IGNORED_KEYS: ReadonlySet<string> = new Set([...partKeys(ASKING_WORDS), ...partKeys(FRAME_WORDS)]);

/** The keys of a message that say what it asks: its content words (and the route's extra keys), never a number. */
export function keysAsked(normalized: string, extraKeys: readonly string[] = []): string[] {
  return [...new Set([...partKeys(normalized), ...extraKeys])].filter((k) => !IGNORED_KEYS.has(k) && !k.startsWith('#'));
}

/**
 * The part of the card (its sentences, lead first) the message asks about. A tie goes to the earlier sentence: the
 * lead, which the person read first, over a detail that shares as many words.
 */
export function partOfCardAsked(sentences: readonly string[], normalized: string, extraKeys: readonly string[] = []): SameCardPart {
  const asked = keysAsked(normalized, extraKeys);
  if (asked.length === 0) return { kind: 'nothing_asked' };
  let best: string | undefined;
  let bestShared = 0;
  for (const s of sentences) {
    const keys = partKeys(normalize(s));
    const shared = asked.filter((k) => keys.has(k)).length;
    if (shared > bestShared) [best, bestShared] = [s, shared];
  }
  return best === undefined ? { kind: 'not_written' } : { kind: 'sentence', sentence: best };
}
