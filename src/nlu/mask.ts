import { matchKey } from '../text/fuzzy.js';
import { normalize, tokenize } from '../text/normalize.js';
import { extractPersona } from './entities/persona.js';

/** Words that name a kind of diploma: a course request's, never a FAQ question's own words. */
const DIPLOMA_WORDS: ReadonlySet<string> = new Set(['cap', 'capa', 'bep', 'bp', 'bpjeps', 'bts', 'btsa', 'dut', 'bac', 'mc', 'cqp', 'licence', 'master']);

/** What a message names: a town (its words), a trade (the title it matched). */
export interface NamedSpans {
  town?: string | undefined;
  tradePhrase?: string | undefined;
  /** Words the FAQ itself uses ("mission", "locale"): a trade title that shares them does not hide them. */
  isFaqWord?: (word: string) => boolean;
}

/**
 * The message without the words that name things — a town, a postcode, a trade, a kind of diploma — for the FAQ
 * matcher: the FAQ answers questions about apprenticeship in general, so "cap cuisine 27000" (a course request)
 * leaves nothing for it to match, while "je suis apprenti boulanger, je peux travailler le dimanche ?" keeps its
 * question. A FAQ match then never stands in for a name the message gives.
 */
export function withoutNames(normalized: string, spans: NamedSpans): string {
  let text = ` ${normalized} `;
  if (spans.town) text = text.replace(` ${spans.town} `, ' ');
  const tradeKeys = new Set(tokenize(spans.tradePhrase ?? '').filter((w) => w.length >= 4).map(matchKey));
  return tokenize(text)
    .filter((w, i, all) => {
      if (/^\d{5}$/.test(w) || DIPLOMA_WORDS.has(w)) return false;
      if (w === 'pro' && all[i - 1] === 'bac') return false;
      return !(w.length >= 4 && tradeKeys.has(matchKey(w)) && !(spans.isFaqWord?.(w) ?? false));
    })
    .join(' ');
}

const GREETING_WORDS: ReadonlySet<string> = new Set(['bonjour', 'bonsoir', 'salut', 'hello', 'coucou', 'madame', 'monsieur', 'hey', 'yo']);
/** A clause that says who is writing: "je suis conseillère en Mission Locale", "nous sommes une TPE". */
const INTRODUCTION = /^(?:(?:bonjour|bonsoir|salut|hello|coucou) )?(?:je suis|nous sommes|moi ce est|on est)\b/;
/** What ends a clause. */
const CLAUSE_END = /[,.;:!?\n]+/;
/** An introduction is a short clause; a longer one says more than who is writing. */
const INTRODUCTION_MAX_WORDS = 10;

/**
 * The message without the clauses that only greet or say who is writing ("bonjour, je suis conseillère en Mission
 * Locale, un jeune de 17 ans peut-il signer seul ?"), normalised, for the FAQ matcher: the words of the speaker's own
 * job are a detail of who asks, not the question. Unchanged when nothing else would remain. `normalizedRaw`:
 * `normalize(raw)` when the caller has it.
 */
export function withoutIntroduction(raw: string, normalizedRaw?: string): string {
  const pieces = raw.split(CLAUSE_END);
  // One clause at most: kept or dropped, the message is returned whole; `normalizedRaw` spares normalising it again.
  if (pieces.filter((p) => p.trim().length > 0).length <= 1) return normalizedRaw ?? normalize(raw);
  const clauses = pieces.map(normalize).filter((c) => c.length > 0);
  const kept = clauses.filter((clause) => {
    const words = tokenize(clause);
    if (words.every((w) => GREETING_WORDS.has(w))) return false;
    return !(INTRODUCTION.test(clause) && words.length <= INTRODUCTION_MAX_WORDS && extractPersona(words, { hasCompanySize: false }) !== undefined);
  });
  return kept.length > 0 && kept.length < clauses.length ? kept.join(' ') : (normalizedRaw ?? normalize(raw));
}

/** Where a sentence ends: after its mark, before the next one. */
const SENTENCE_END = /(?<=[?.!])\s+|\n+/;
/** A word that asks: a sentence with one is a question, whatever its mark. */
const ASKING_WORD = /\b(?:comment|combien|cmb|quoi|quel|quelle|quels|quelles|pourquoi|quand|est ce que|peut|peux|peuvent|puis|pouvez|faut|dois|doit|ou)\b/;
/** The writer speaking of themselves: "je", "nous", "on" (normalised "j'" is "je"). */
const FIRST_PERSON = /\b(?:je|nous|on|moi|jsuis|chui)\b/;
/** A question that says what it asks by itself: a few words at least ("c'est possible ?" needs its context). */
const OWN_QUESTION_MIN_WORDS = 5;

/** A person's message cut into its sentences: after ".", "?" or "!" and a space, or at a line break. */
export function messageSentences(raw: string): string[] {
  return raw.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The question of a message that asks a whole question first and then tells the situation ("Un apprenti peut-il
 * rompre son contrat ? Ma fille a commencé en septembre chez un garagiste."), for the FAQ matcher: the story's words
 * ("commencé", "septembre") say whose case it is, not what is asked, and would draw the entry they share (the start
 * date). Undefined when the message is not of that shape. A story with a number (an age, an amount) is kept: the
 * entries answer by it, and so is one where the writers speak of themselves ("Nous sommes une mairie."). Context told before the
 * question is kept too: the question often leans on it ("elle peut…").
 */
export function questionBeforeStory(raw: string): string | undefined {
  const sentences = messageSentences(raw);
  if (sentences.length < 2) return undefined;
  const [first, ...rest] = sentences as [string, ...string[]];
  if (!first.endsWith('?') || tokenize(normalize(first)).length < OWN_QUESTION_MIN_WORDS) return undefined;
  // "… ? Nous sommes une mairie.", "… ? on n'en a jamais eu": what the writers say of themselves (who they are, what
  // they have done) decides which entry answers; only a story of someone else ("ma fille a commencé…") is set aside.
  const story = (s: string): boolean => !s.includes('?') && !/\d/.test(s) && !ASKING_WORD.test(normalize(s)) && !FIRST_PERSON.test(normalize(s));
  return rest.every(story) ? first : undefined;
}
