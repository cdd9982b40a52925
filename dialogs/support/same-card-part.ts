import { normalize } from "../../src/text/normalize.js";
import { partKeys, sentenceKeys } from "./answer-parts.js";
import { valuesAsked } from "./answer-words.js";

/**
 * What a new message asks of the card just shown, when the answer chosen for it is that same card again (review 17:
 * "Comme dans ma réponse juste au-dessus" restated a whole paragraph, once the wrong one):
 * - `sentence`: the one sentence of the card that shares the most of the message's own words: said alone;
 * - `nothing_asked`: the message asks nothing but a yes, a no or a "so?" ("c normal ?", "il a le droit ?"): the
 *   card's lead answers it;
 * - `not_written`: the message asks about something no sentence of the card writes ("et pour nous, elle reste à
 *   charge ?" after the prime d'activité): the card is not the answer, and pointing to it would answer something else.
 */
export type SameCardPart =
  | { readonly kind: "sentence"; readonly sentence: string }
  | { readonly kind: "nothing_asked" }
  | { readonly kind: "not_written" };

/** Asking words, not what is asked: "droit", "peut", "normal" meet nearly every sentence of a rule. */
const ASKING_WORDS =
  "droit peut peux pouvons pouvez peuvent possible possibles normal legal legale obligatoire obligatoires dois doit doivent faut";
/**
 * Words that name the parties and the frame of every answer here, or only carry the question ("ça change quelque
 * chose ?"): sharing them says nothing of which part is asked, and a card lacking them still may answer.
 */
const FRAME_WORDS =
  "apprenti apprentie apprentis apprenties apprentissage alternance alternant alternante contrat contrats employeur employeurs patron patronne entreprise cfa " +
  "fils fille enfant enfants gamin gamine jeune jeunes nous vous moi toi lui elle eux rester reste restes restant " +
  "change changer changera chose choses quelque quoi alors donc aussi encore sinon cas question sais savoir dire veut vouloir fait faire puis pas combien max maximum minimum min minimal ans an mois " +
  // The words that ask a kind of value (a delay, a date, an age): the kind is the key (valuesAsked), not the words.
  "temps tps longtemps delai delais duree date dates datait datant quand age ages";

// Their words only: a concept the frame words fall under ('@delay' for "longtemps") is what a question asks.
const IGNORED_KEYS: ReadonlySet<string> = new Set(
  [...partKeys(ASKING_WORDS), ...partKeys(FRAME_WORDS)].filter(
    (k) => !k.startsWith("@"),
  ),
);

/** The kinds of value a question asks (answer-words.ts, valuesAsked). */
const VALUE_KINDS: ReadonlySet<string> = new Set(["@delay", "@age", "@date"]);

/** The keys of a message that say what it asks: its content words (and the route's extra keys), never a number. */
export function keysAsked(
  normalized: string,
  extraKeys: readonly string[] = [],
): string[] {
  return [
    ...new Set([
      ...partKeys(normalized),
      ...valuesAsked(normalized),
      ...extraKeys,
    ]),
  ].filter((k) => !IGNORED_KEYS.has(k) && !k.startsWith("#"));
}

/**
 * The part of the card (its sentences, lead first) the message asks about. The lead was read already: it is the part
 * asked only when it shares more of the message's words than any other ("et par jour ?" after "dès 15 ans et un jour"
 * asks the day's hours, further on); between later sentences a tie goes to the earlier one.
 */
export function partOfCardAsked(
  sentences: readonly string[],
  normalized: string,
  extraKeys: readonly string[] = [],
): SameCardPart {
  const asked = keysAsked(normalized, extraKeys);
  if (asked.length === 0) return { kind: "nothing_asked" };
  let best: string | undefined;
  let bestShared = 0;
  const sharedBy = (s: string) => {
    const keys = sentenceKeys(normalize(s));
    return asked.filter((k) => keys.has(k)).length;
  };
  // What the message asks about, apart from the kind of value it asks: none of it written on the card ("et si je suis
  // malade longtemps ?" after the rupture rules, whose "45 premiers jours" is a delay too) means the card is not the answer.
  const topical = asked.filter((k) => !VALUE_KINDS.has(k));
  if (
    topical.length > 0 &&
    !sentences.some((s) => {
      const keys = sentenceKeys(normalize(s));
      return topical.some((k) => keys.has(k));
    })
  )
    return { kind: "not_written" };
  const [lead, ...later] = sentences;
  for (const s of later) {
    const shared = sharedBy(s);
    if (shared > bestShared) [best, bestShared] = [s, shared];
  }
  if (lead !== undefined && sharedBy(lead) > bestShared) best = lead;
  if (best !== undefined) return { kind: "sentence", sentence: best };
  // A kind of value asked ("elle datait de quand ?", "et au minimum ?" after a span) that no sentence gives in a form
  // we read (a year in a title, "de 6 mois à 3 ans"): the lead, which holds the card's figures, rather than "not covered".
  return valuesAsked(normalized).length > 0
    ? { kind: "nothing_asked" }
    : { kind: "not_written" };
}
