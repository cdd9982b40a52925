import type { Knowledge } from '../../src/knowledge/snapshot.js';
import { whenSpansOf } from '../../src/nlu/when-spans.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { coverageStems, type FaqVocabulary, type ForeignOptions, faqVocabularyOf, foreignWords, uncoveredWords } from '../../src/nlu/faq-coverage.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { businessSpans, settingSpans } from '../../src/nlu/workplace.js';
import { bodyAskedSpans } from '../../src/nlu/body-asked.js';

/** The FAQ's vocabulary per knowledge version: built once, never per turn. */
const vocabularies = new WeakMap<Knowledge, FaqVocabulary>();

/**
 * Every text an entry is written with: its ways of asking, its answers (all versions), its details, its terms, and the
 * aids it shows with its answer (`see_aids`: the Mission Locale's entry answers "une allocation" by the CEJ's card).
 */
function textsOf(e: FaqEntry, aids: ReadonlyMap<string, Aid>): string[] {
  const versions = [e.answer, e.answer_minor, e.details, ...(e.answer_when ?? []).map((w) => w.answer)];
  const shown = (e.see_aids ?? []).flatMap((id) => {
    const aid = aids.get(id);
    return aid ? [aid.title, ...(aid.keywords ?? []), aid.summary.tu, aid.summary.vous] : [];
  });
  return [...e.questions, ...versions.flatMap((v) => (v ? [v.tu, v.vous] : [])), ...(e.defines ?? []), ...shown];
}

export function faqVocabulary(knowledge: Knowledge): FaqVocabulary {
  let vocabulary = vocabularies.get(knowledge);
  if (!vocabulary) {
    const aids = new Map(knowledge.aids.map((a) => [a.id, a]));
    vocabularies.set(knowledge, (vocabulary = faqVocabularyOf(knowledge.faq.map((e) => ({ id: e.id, texts: textsOf(e, aids) })))));
  }
  return vocabulary;
}

/**
 * The distinctive words of the message the FAQ entry `id` does not have (src/nlu/faq-coverage.ts). The words read as
 * a place or a trade, and those by which the person says who they are, are not held against it: they say who, where
 * or what, the entry may still answer the question.
 */
export function uncoveredBy(knowledge: Knowledge, id: string, u: Understanding, namesOnly = false): string[] {
  return uncoveredWords(faqVocabulary(knowledge), id, questionOf(u), notHeldAgainst(u), namesOnly);
}

/**
 * The foreign words already read, per message reading and options. About ten routing rules ask them of one turn
 * (RoutingInput.faqForeign), and each reading weighs every word of the message against the FAQ's vocabulary, typo-near
 * included: about a tenth of the routing's CPU in the in-process bench's profile of 7 December. An Understanding is
 * made once per message by understand() and not changed after, so the same reading gives the same words.
 */
const foreignRead = new WeakMap<Understanding, { knowledge: Knowledge; byOptions: Map<string, readonly string[]> }>();

/** The message's words that no FAQ entry writes nor comes one typo near (src/nlu/faq-coverage.ts), places, trades and the person's introduction apart. */
export function foreignToTheFaq(knowledge: Knowledge, u: Understanding, options: ForeignOptions = {}): readonly string[] {
  let read = foreignRead.get(u);
  if (!read || read.knowledge !== knowledge) foreignRead.set(u, (read = { knowledge, byOptions: new Map() }));
  // Every option that is on, by name: an option added later keys its own reading.
  const key = Object.keys(options).filter((k) => options[k as keyof ForeignOptions]).sort().join('/');
  let words = read.byOptions.get(key);
  if (!words) read.byOptions.set(key, (words = foreignWordsRead(knowledge, u, options)));
  return words;
}

function foreignWordsRead(knowledge: Knowledge, u: Understanding, options: ForeignOptions): readonly string[] {
  const trade = u.trade ? tokenize(normalize(`${u.trade.phrase} ${u.trade.trade.label}`)) : [];
  return foreignWords(faqVocabulary(knowledge), questionOf(u), notHeldAgainst(u), trade, options);
}

/**
 * What the message asks: its question alone when it asks it whole and then tells whose case it is ("… ? Ma fille a
 * commencé chez un garagiste."): the story's words are not a subject the entry leaves out.
 */
export const questionOf = (u: Understanding): { text: string; normalized: string } => u.asked ?? u;

/** The stems of the spans read as a place, a trade, who writes or where they work: who, where or what, not what is asked. */
function notHeldAgainst(u: Understanding): Set<string> {
  // "je tiens une boulangerie à Lisieux, qui peut être maître d'apprentissage ?": the business run is the setting too.
  // "j'ai 27 ans et un master, je peux encore être apprenti ?": the diploma held says who asks, as an age does; the
  // entries answer by the person's age and level without naming every diploma. A time said ("l'an prochain") says
  // when, not what is asked (src/nlu/when-spans.ts). "quel organisme" asks which body, which the entry names
  // without that noun (src/nlu/body-asked.ts).
  const spans = [u.commune?.span, u.outside && 'span' in u.outside ? u.outside.span : undefined, u.abroad?.span, u.trade?.phrase, u.facts.diplomaHeldType, u.facts.diplomaFailedType, ...storyOf(u.normalized), ...schoolComparedOf(u.normalized), ...businessSpans(u.normalized), ...settingSpans(u.normalized), ...ownPlacesOf(u.normalized), ...whenSpansOf(u.normalized), ...bodyAskedSpans(u.normalized), ...u.facts.interests];
  return new Set(spans.flatMap((s) => (s ? coverageStems(s) : [])));
}

/**
 * "y a des vacances comme au collège ?", "des horaires comme au lycée ?": the school compared with says what the
 * person knows, not the subject asked; the entry answers the apprentice's side (5 weeks of paid leave, not the
 * school holidays) without naming every school.
 */
const SCHOOL_COMPARED = /\b(?:comme|que|qu|pareil que|par rapport) (?:au|a le|a la|en|dans le|dans la) (?:college|lycee|ecole|fac|universite|3e|seconde)\b/g;
const schoolComparedOf = (normalized: string): string[] => [...normalized.matchAll(SCHOOL_COMPARED)].map((m) => m[0]);

/** "dans ma pâtisserie", "dans notre salon de coiffure": the person's own business, where the question is set. */
const OWN_PLACE = /\bdans (?:ma|mon|notre|nos|mes) \S+(?: de \S+)?/g;
const ownPlacesOf = (normalized: string): string[] => [...normalized.matchAll(OWN_PLACE)].map((m) => m[0]);

/** "je suis DRH d'un hôpital public", "nous sommes une PME": who writes; not "je suis en seconde" (where they are). */
const INTRODUCTION = /\b(?:je suis|jsuis|chui|nous sommes|on est)\s+(?!(?:en|a|au|aux|dans|pas|plus|encore|toujours|tres|trop|bien|sur|sure)\b)/g;
/** Where the introduction ends: the next clause or the question. */
const STORY_CLAUSE_END = /\s(?:et|mais|donc|alors|car|qui|que|est ce|quel|quelle|comment|combien|pourquoi|peut|peux|dois|doit)\s/;
const STORY_MAX_CHARS = 50;

/** The spans of the message that tell who writes (the words around the question, not the question). */
function storyOf(normalized: string): string[] {
  const spans: string[] = [];
  for (const m of normalized.matchAll(INTRODUCTION)) {
    const rest = normalized.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + STORY_MAX_CHARS);
    spans.push(rest.split(STORY_CLAUSE_END)[0] ?? '');
  }
  return spans.filter((s) => s.length > 0);
}
