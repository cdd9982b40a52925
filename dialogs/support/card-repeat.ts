import { createHash } from 'node:crypto';
import { normalize } from '../../src/text/normalize.js';
import { partKeys } from './answer-parts.js';
import type { AnswerCard } from './replies.js';
import type { Turn } from './turn.js';

/** The print of what a card says (its lead text and every word on it): two cards with the same print read the same. */
export function cardPrint(text: string, card: AnswerCard): string {
  return createHash('sha256').update(JSON.stringify([text, card])).digest('base64url').slice(0, 22);
}

/**
 * Whether this card is the one the turn just before sent, word for word, for a different message (review 14: "c normal
 * ou pas ??" after the chores card, "elle a 17 ans, peut-elle ?" after an aid, "puis-je rompre ?" after the rupture
 * rules, each got the same card again, which reads as a loop). The same message sent again gets the same card.
 */
export function cardShownJustBefore(turn: Turn, print: string): boolean {
  const previous = turn.previousCard;
  return previous !== undefined && previous.print === print && previous.question !== turn.understanding.normalized;
}

/**
 * Whether the card of FAQ entry `entry` was sent by the turn just before, for a different message, whatever sentence
 * led it then: a follow-up answered from that card (answer-in-view) gets its sentence, not the card again.
 */
export function entryShownJustBefore(turn: Turn, entry: string): boolean {
  const previous = turn.previousCard;
  return previous !== undefined && previous.entry === entry && previous.question !== turn.understanding.normalized;
}

/** Remembers the card this turn sends, for the next turn (cleared at its start: see turn-preparation.ts). */
export function rememberCard(turn: Turn, print: string, entry?: string): void {
  turn.data.lastCard = { print, question: turn.understanding.normalized, ...(entry !== undefined ? { entry } : {}) };
}

/** Asking words, not what is asked: "droit", "peut", "normal" meet nearly every sentence of a rule. */
const ASKING_KEYS: ReadonlySet<string> = new Set(['droit', 'peut', 'peux', 'pouvon', 'pouv', 'possibl', 'normal', 'legal', 'obligatoir', 'doi', 'doiv', 'faut']);

/** The keys of what a message asks (its own words and `extraKeys`), without the asking words. */
const askedKeys = (normalized: string, extraKeys: readonly string[]): string[] =>
  [...new Set([...partKeys(normalized.replace(ADVERBIALS, ' ')), ...extraKeys])].filter((k) => !ASKING_KEYS.has(k));

/** Set phrases whose words ask nothing: "en même temps" is "at once", not "même" (the same) nor "temps" (time). */
const ADVERBIALS = /\b(?:en meme temps|quand meme|tout de meme|de toute facon|en fait|du coup)\b/g;

/**
 * Whether a card just shown holds the point of a message about it: some sentence of it has one of the words the
 * message asks. Undefined when the message asks nothing in words of its own ("c normal ou pas ??"): it asks about the
 * card as a whole, which holds it. "Comme dans ma réponse juste au-dessus" is said only when it does (issue 12 §4).
 */
export function cardHoldsAsked(sentences: readonly string[], normalized: string, extraKeys: readonly string[] = []): boolean | undefined {
  const asked = askedKeys(normalized, extraKeys);
  if (asked.length === 0) return undefined;
  return sentences.some((s) => {
    const keys = partKeys(normalize(s));
    return asked.some((k) => keys.has(k));
  });
}

/**
 * The sentence of a card (besides the one already chosen) that holds most of the message's own words, if one holds
 * any: "mes parents doivent donner leur accord ?" meets "C'est en général un parent : tu dois avoir son accord…".
 * `extraKeys`: what the message says in other words (the route's focus; a disability told, "RQTH", is "handicap").
 */
export function sentenceAnswering(sentences: readonly string[], normalized: string, besides: string, extraKeys: readonly string[] = []): string | undefined {
  const asked = askedKeys(normalized, extraKeys);
  const quantityAsked = QUANTITY_ASKED.test(normalized);
  let best: string | undefined;
  let bestShared = 0;
  const said = normalize(besides);
  for (const whole of sentences) {
    const s = beyondWhatWasSaid(whole, said);
    if (s === undefined) continue;
    const own = normalize(s);
    const keys = partKeys(own);
    const words = asked.filter((k) => keys.has(k)).length;
    // Of sentences that share the message's words, the one with a quantity answers "combien …" (review 21: "combien
    // d'apprentis puis-je encadrer en même temps ?" met "du même domaine" before "au plus deux apprentis").
    const shared = words > 0 && quantityAsked && QUANTITY_WRITTEN.test(own) ? words + QUANTITY_BONUS : words;
    if (shared > bestShared) [best, bestShared] = [s, shared];
  }
  return best;
}

/** The clauses of a sentence, cut at its semicolons: one may be the lead already said, the next one the answer. */
const CLAUSE_END = /\s*;\s*/;

/**
 * A sentence of the card minus what the lead already said: the whole sentence when it is another one, its clauses
 * after the lead when the lead is one of its clauses (round 33: "il y a un préavis ?" after the rupture led by "Après,
 * c'est possible d'un commun accord écrit ; si tu veux partir seul … un préavis d'au moins 7 jours": the notice was in
 * the clause after the lead, and the whole sentence was skipped as said), nothing when the lead holds it all.
 */
function beyondWhatWasSaid(sentence: string, said: string): string | undefined {
  const own = normalize(sentence);
  if (said.includes(own)) return undefined;
  if (!own.includes(said)) return sentence;
  const rest = sentence.split(CLAUSE_END).filter((clause) => !said.includes(normalize(clause)));
  if (rest.length === 0 || rest.length === sentence.split(CLAUSE_END).length) return undefined;
  const text = rest.join(' ; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "combien", "how many", "quel nombre", "jusqu'à combien", "maximum": a quantity is what is asked. */
const QUANTITY_ASKED = /\b(?:combien|cb|cbn|cmb|nombre|maximum|max|minimum|min)\b/;
/** A quantity written: a figure, or a number said in words ("au plus deux apprentis"). */
const QUANTITY_WRITTEN = /\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cent|mille)\b/;
/** Half a shared word: it breaks a tie, it does not beat a sentence sharing more of what is asked. */
const QUANTITY_BONUS = 0.5;

/** "En signant…" → "en signant…" after a colon; an acronym keeps its capitals ("CFA", "OPCO"). */
export function lowerFirst(sentence: string): string {
  const firstWord = /^[^\s']+/.exec(sentence)?.[0] ?? '';
  return (firstWord.match(/\p{Lu}/gu) ?? []).length > 1 ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The keys a message stands for beyond its own words: a disability told ("une RQTH") is what answers call "handicap". */
export function keysOfFactsTold(turn: Turn): string[] {
  return turn.understanding.facts.disability === true ? [...partKeys('handicap handicape')] : [];
}
