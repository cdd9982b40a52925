import { withoutYesNoOpening } from './lead-sentence.js';

/**
 * Review 22, kind 6b: a card reordered to lead with the sentence that answers a follow-up ("Elle est versée quand ?")
 * opened on a pronoun whose antecedent was in the sentence it used to follow: "Il le fait au plus tard six mois après sa
 * conclusion.", "Il verse jusqu'à 6 € par nuitée…". A sentence lifted out of its place must stand alone. Two ways, in
 * this order, both general (no sentence is rewritten by hand):
 * - a demonstrative determiner names its noun ("Ce plafond est…", "Cette aide…"): the definite article reads alone
 *   ("Le plafond est…", "L'aide…");
 * - a subject pronoun ("Il", "Elle", "Ils", "Elles", "Cela", "C'est", "Ce sont"…) points back: the sentence is lifted
 *   with the sentence(s) it follows, as written, so its antecedent comes right before it.
 * Impersonal openings ("Il faut", "Il y a", "Il existe", "Il est conseillé de") point at nothing and stay as they are.
 */

/** An opening that points back at what the sentence before it named. */
const ANAPHORIC_OPENING = /^(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|cela|ceci|ça|c'est|c’est|c'était|ce sont|ce qui|ce que|ce n'est|ce peut|ce doit|celui|celle|ceux|celles|lui|eux)\b/i;

/** "Il faut…", "Il y a…", "Il existe…", "Il est conseillé de…": impersonal, no antecedent. */
const IMPERSONAL_OPENING = /^il (?:ne )?(?:faut|(?:n')?y a|(?:n')?existe|suffit|vaut mieux|est (?:[a-zàâçéèêëîïôûù]+ )?(?:de|d'|d’|que|qu'|qu’)\b)/i;

/** "Ce plafond", "Cet accord", "Cette aide", "Ces heures": a demonstrative before a noun (not "Ce sont", "Ce qui"…). */
const DEMONSTRATIVE = /^(ce|cet|cette|ces)\s+(?!(?:sont|qui|que|qu'|qu’|n'|n’|peut|doit|serait|sera|fut|dernier\b))([a-zàâçéèêëîïôûù])/i;

const ARTICLE: Readonly<Record<string, string>> = { ce: 'Le', cette: 'La', ces: 'Les' };
const VOWEL = /^[aâàeéèêëiîïoôuûùhy]/i;

/** Whether a sentence opens on a word that points back at the sentence before it. */
export function opensOnAntecedent(sentence: string): boolean {
  const s = sentence.trim();
  if (IMPERSONAL_OPENING.test(s)) return false;
  return ANAPHORIC_OPENING.test(s) || DEMONSTRATIVE.test(s);
}

/** "Ce plafond est…" → "Le plafond est…", "Cet accord…" → "L'accord…", "Cette aide…" → "L'aide…". */
function withArticle(sentence: string): string | undefined {
  const m = DEMONSTRATIVE.exec(sentence.trim());
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const rest = sentence.trim().slice(m[0].length - 1);
  if (word === 'cet' || (word === 'cette' && VOWEL.test(rest))) return `L'${rest}`;
  return `${ARTICLE[word] ?? 'Le'} ${rest}`;
}

/**
 * The sentence at `index` made to stand alone: the text to lead with, and the index of the first sentence it uses
 * (`from` < `index` when the sentences before it come along as its antecedent).
 */
export function standingAlone(sentences: readonly string[], index: number, subject?: string): { lead: string; from: number } {
  const own = sentences[index] ?? '';
  if (!opensOnAntecedent(own)) return { lead: own, from: index };
  const named = withArticle(own);
  if (named !== undefined) return { lead: named, from: index };
  // Back to the nearest sentence that stands alone: its antecedent may itself be a pronoun ("Il … Il …").
  let from = index;
  while (from > 0 && opensOnAntecedent(sentences[from] ?? '')) from -= 1;
  if (from === index) return { lead: own, from: index };
  // The antecedent sentence opens on the entry's own subject ("Le médiateur de l'apprentissage aide… Il dépend de la
  // chambre…"): the pronoun is that subject, so the answering sentence leads alone with it, the answer first.
  const subjectFirst = subject !== undefined ? withSubject(own, subject, sentences[from] as string) : undefined;
  if (subjectFirst !== undefined) return { lead: subjectFirst, from: index };
  const antecedent = withoutYesNoOpening(sentences[from] as string);
  return { lead: [antecedent, ...sentences.slice(from + 1, index + 1)].join(' '), from };
}

/** The subject pronoun of an opening and the articles of a noun phrase it can stand for (gender and number). */
const PRONOUN_ARTICLES: Readonly<Record<string, readonly string[]>> = {
  il: ['le ', "l'", 'l’'],
  elle: ['la ', "l'", 'l’'],
  ils: ['les '],
  elles: ['les '],
};

/**
 * "Il dépend de…" → "Le médiateur de l'apprentissage dépend de…" when the sentence the pronoun points back to opens on
 * that subject (a definite noun phrase, the entry's title) and the pronoun agrees with its article; else undefined.
 */
function withSubject(sentence: string, subject: string, antecedent: string): string | undefined {
  // Impersonal openings ("Il faut", "Il y a") never reach here (opensOnAntecedent); a clitic after the pronoun ("Il le
  // fait", "Ils se prennent", "Elle ne compte") stays with the verb.
  const m = /^(il|elle|ils|elles)\s+/i.exec(sentence.trim());
  if (!m) return undefined;
  const noun = subject.trim();
  const articles = PRONOUN_ARTICLES[(m[1] as string).toLowerCase()] ?? [];
  if (!articles.some((a) => noun.toLowerCase().startsWith(a))) return undefined;
  if (!antecedent.trim().toLowerCase().replace(/’/g, "'").startsWith(noun.toLowerCase().replace(/’/g, "'"))) return undefined;
  return `${noun} ${sentence.trim().slice(m[0].length)}`;
}
