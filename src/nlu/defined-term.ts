import type { FaqEntry } from '../knowledge/schema/faq.js';
import { normalize } from '../text/normalize.js';
import { DEFINITION } from './cues.js';
import { asksWhatItIsOtherwise, MORE_ASKING_WORDS } from './definition-asked-ways.js';
import { DISCOURSE_FILLER_WORDS } from './discourse-fillers.js';

/** A term of the field the message asks the meaning of, and the FAQ entry that defines it. */
export interface DefinedTerm {
  /** The term as the message writes it, normalised ("cfa", "contrat d apprentissage"). */
  term: string;
  entryId: string;
  /** Words of a relative clause after the term ("dont parle mon patron"): no part of the question itself. */
  clauseWords?: number;
  /** Words of the other sentences of the message ("je bosse dans un garage"): the person's case, not the question. */
  storyWords?: number;
}

/**
 * The ways of asking what something is, around its name: "c'est quoi un CFA", "qu'est-ce que l'apprentissage",
 * "l'OPCO ça veut dire quoi", "RQTH définition", "en quoi consiste l'alternance". Whether the message asks it is
 * read from the wording (the definition cue of cues.ts, and the ways of asking only a term takes); which thing it
 * asks about, from the terms the FAQ entries define.
 */
const OTHER_WAYS_OF_ASKING = /\b(?:c quoi|(?:ce est|c est|c) qui|qui (?:est|sont)|que? est ce que? (?:un|une|le|la|les|des)|en quoi consiste|consiste en quoi|comment (?:ca )?marche|le principe|c koi|ce est koi)\b/;
/**
 * Saying one does not understand a term is asking what it is: "je comprends rien à l'apprentissage", "j'y capte
 * rien à l'alternance", "je comprends pas trop le CFA". Only with the term and no other word beside it (ASKING_WORDS).
 */
const NOT_UNDERSTOOD = /\b(?:comprends?|comprend|capte|pige|piges?)\s+(?:rien|pas|que dalle|r1|nada)\b/;
const asksWhatItIs = (normalized: string): boolean =>
  DEFINITION.test(normalized) || OTHER_WAYS_OF_ASKING.test(normalized) || NOT_UNDERSTOOD.test(normalized) || asksWhatItIsOtherwise(normalized);

/**
 * The words a definition question may have beside its term: asking, articles, politeness, "now", the joiners of a
 * follow-up ("et l'OPCO, c'est quoi ?"). Any other word asks
 * something about the term ("c'est quoi le salaire d'un apprenti" asks the pay, not what an apprentice is).
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `ce c est quoi que qu qui veut veulent dire signifie definition en consiste comment ca marche principe le la les un une
  des de du au aux exactement exact concretement vraiment au juste alors donc svp stp bonjour salut bjr slt explique
  expliquez expliquer moi me m peux pouvez pourriez tu vous il elle quel quelle est sont ou bien
  actuellement maintenant mtn aujourdhui moment
  gros globalement simplement rapidement bref resume koi
  je j y ne n comprends comprend capte pige piges rien pas trop du tout a dalle r1 nada franchement
  et mais ok sinon puis`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .concat(MORE_ASKING_WORDS)
    // "bon en vrai c'est quoi l'apprentissage ?": the fillers that open a question ask nothing else (discourse-fillers.ts).
    .concat(DISCOURSE_FILLER_WORDS),
);

/** A relative clause that follows a term: "dont parle mon patron", "qu'on m'a proposé", "que le CFA m'a cité". */
const RELATIVE_CLAUSE = /^\s+(?:dont|que|qu|qui)\b.*$/;

/** Per FAQ version, each defined term (normalised) and its entry, longest terms first. */
const indexes = new WeakMap<readonly FaqEntry[], ReadonlyArray<readonly [RegExp, DefinedTerm]>>();

function indexOf(faq: readonly FaqEntry[]): ReadonlyArray<readonly [RegExp, DefinedTerm]> {
  let index = indexes.get(faq);
  if (!index) {
    const terms: Array<readonly [RegExp, DefinedTerm]> = [];
    for (const entry of faq) {
      for (const raw of entry.defines ?? []) {
        const term = normalize(raw);
        if (term.length > 0) terms.push([new RegExp(`\\b${term.replace(/ /g, '\\s+')}s?\\b`), { term, entryId: entry.id }]);
      }
    }
    index = terms.sort((a, b) => b[1].term.length - a[1].term.length);
    indexes.set(faq, index);
  }
  return index;
}

/**
 * The term a message asks the meaning of, when it asks what something is and names a term an entry defines (the
 * longest such term: "contrat d'apprentissage" before "apprentissage"). Whether the message is short enough to be
 * only that question is the router's call.
 */
export function definedTermAsked(normalized: string, faq: readonly FaqEntry[]): DefinedTerm | undefined {
  if (!asksWhatItIs(normalized)) return undefined;
  for (const [pattern, defined] of indexOf(faq)) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    // "c'est quoi l'OPCO dont parle mon patron": a relative clause right after the term says where the person heard
    // of it, not what they ask about it.
    const following = normalized.slice(match.index + match[0].length);
    const after = following.replace(RELATIVE_CLAUSE, '');
    const rest = `${normalized.slice(0, match.index)} ${after}`.split(/\s+/).filter((w) => w.length > 0);
    // Another term may be the one asked, this one named in its relative clause ("l'OPCO dont mon employeur m'a parlé").
    if (!rest.every((w) => ASKING_WORDS.has(w))) continue;
    const clauseWords = following.split(/\s+/).filter((w) => w.length > 0).length - after.split(/\s+/).filter((w) => w.length > 0).length;
    return clauseWords > 0 ? { ...defined, clauseWords } : defined;
  }
  return undefined;
}

/** Where a sentence ends in a message: after "?", "." or "!" (and a space), or at a line break. */
const SENTENCE_END = /(?<=[?.!])\s+|\n+/;

/**
 * "c'est qui le médiateur ? je bosse dans un garage", "Je suis en 1re année. C'est quoi un OPCO ?": a sentence of its
 * own that asks what a term is, the others telling the person's case (which may choose the part of the answer, never
 * make it another question). The question must end with "?" and the term be asked in it alone; the words of the other
 * sentences are counted apart (storyWords), for the router's length check.
 */
export function definedTermAskedInASentence(raw: string, faq: readonly FaqEntry[]): DefinedTerm | undefined {
  const sentences = raw.split(SENTENCE_END).map((x) => x.trim()).filter((x) => x.length > 0);
  if (sentences.length < 2) return undefined;
  const words = (x: string): number => normalize(x).split(/\s+/).filter((w) => w.length > 0).length;
  for (const sentence of sentences) {
    if (!sentence.endsWith('?')) continue;
    const defined = definedTermAsked(normalize(sentence), faq);
    if (!defined) continue;
    const storyWords = sentences.filter((x) => x !== sentence).reduce((n, x) => n + words(x), 0);
    // Another question beside it ("c'est quoi un OPCO ? et il paie quoi ?") is not a story: the message asks more.
    if (sentences.some((x) => x !== sentence && x.includes('?'))) return undefined;
    return { ...defined, storyWords };
  }
  return undefined;
}

/**
 * A term named as a term of the field is distinctive when the ways of asking of at most this share of the entries
 * say it: "maître d'apprentissage", "période d'essai", "RQTH"; not "apprenti" or "CFA", which nearly every question says.
 */
const DISTINCTIVE_TERM_SHARE = 0.1;

/** Per FAQ version, the distinctive defined terms (normalised) and their entries, longest first. */
const distinctiveIndexes = new WeakMap<readonly FaqEntry[], ReadonlyArray<readonly [RegExp, DefinedTerm]>>();

function distinctiveIndexOf(faq: readonly FaqEntry[]): ReadonlyArray<readonly [RegExp, DefinedTerm]> {
  let index = distinctiveIndexes.get(faq);
  if (!index) {
    const questions = faq.map((entry) => entry.questions.map((q) => normalize(q)).join(' | '));
    index = indexOf(faq).filter(([pattern]) => questions.filter((q) => pattern.test(q)).length <= DISTINCTIVE_TERM_SHARE * faq.length);
    distinctiveIndexes.set(faq, index);
  }
  return index;
}

/**
 * A distinctive term an entry defines, named in the message whatever it asks about it ("je peux être tutrice de mon
 * apprentie ?", "je suis plombier, puis-je être maître d'apprentissage ?"): its entry (definition and conditions) is
 * what the message is about, rather than the trade or the interest its other words name.
 */
export function definedTermNamed(normalized: string, faq: readonly FaqEntry[]): DefinedTerm | undefined {
  for (const [pattern, defined] of distinctiveIndexOf(faq)) if (pattern.test(normalized)) return defined;
  return undefined;
}

/**
 * The organisations our answers name and the FAQ defines (OPCO, CFA, Mission Locale…): a defined term written as a
 * name (a capital in its `defines`), not a common word of the field ("apprentissage", "période d'essai") nor a
 * procedure (Affelnet, named in the source line of every list of places).
 */
const isOrganisationName = (raw: string): boolean => /\p{Lu}/u.test(raw) && !/^(?:SMIC|RQTH|Cerfa|Pro-A|Affelnet)$/u.test(raw);

/**
 * The first organisation a text (an answer the bot gave) names that a FAQ entry defines, in the order of the text:
 * "c'est qui eux ?" right after "c'est l'OPCO de ton employeur qui la finance" asks what the OPCO is.
 */
export function organisationNamedIn(text: string, faq: readonly FaqEntry[]): DefinedTerm | undefined {
  const normalized = normalize(text);
  let first: { at: number; term: DefinedTerm } | undefined;
  for (const entry of faq) {
    for (const raw of (entry.defines ?? []).filter(isOrganisationName)) {
      const term = normalize(raw);
      const at = term.length > 0 ? normalized.search(new RegExp(`\\b${term.replace(/ /g, '\\s+')}s?\\b`)) : -1;
      if (at >= 0 && (first === undefined || at < first.at)) first = { at, term: { term, entryId: entry.id } };
    }
  }
  return first?.term;
}
