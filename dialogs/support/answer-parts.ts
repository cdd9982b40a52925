import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { conceptOf } from '../../src/nlu/concepts.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { HOW_LONG, numberKeys, ownWordStems, valuesGiven } from './answer-words.js';
import { LATER_PART_MIN_KEYS } from '../routing/thresholds.js';
import { isBareYesNo, sentencesOf } from './lead-sentence.js';

/** One sentence of a FAQ answer, as the words a follow-up may share with it. */
export interface AnswerPart {
  readonly keys: ReadonlySet<string>;
  /** The answer's first sentence: what the person already read as the message itself. */
  readonly lead: boolean;
}

/**
 * The concepts whose words say the same thing in a question and in an answer ("payé" asked, "toucher des indemnités"
 * answered; "patron" asked, "employeur" answered). The wider ones (rules, courses, places) would join any two
 * sentences about apprenticeship.
 */
const SHARED_CONCEPTS: ReadonlySet<string> = new Set(['@pay', '@hire', '@meal', '@lodging', '@gear', '@extend']);
/** Words the answers use for being paid that the concept list (built from how people ask) does not hold. */
const ANSWER_PAY_WORDS: ReadonlySet<string> = new Set(['percevoir', 'percoit', 'percoivent', 'indemnite', 'indemnites', 'remuneration', 'remuneree', 'remunerees', 'remuneres']);

/**
 * What a stay at the training centre costs besides the training, in the words people ask with and those the answers
 * use: "et pour manger le midi ?" meets "repas", "où je dors ?" meets "hébergement", "mes outils" meets "équipement".
 */
const COSTS_AT_SCHOOL: ReadonlyMap<string, string> = new Map([
  ...['manger', 'mange', 'manges', 'repas', 'cantine', 'self', 'midi', 'dejeuner', 'dejeuners', 'restauration', 'bouffe', 'bouffer'].map((w) => [w, '@meal'] as const),
  ...['dormir', 'dors', 'dort', 'internat', 'hebergement', 'heberge', 'hebergee', 'logement', 'loge', 'logee', 'loger', 'nuitee', 'nuitees', 'hotel'].map((w) => [w, '@lodging'] as const),
  ...['outils', 'outil', 'equipement', 'materiel', 'tenue', 'tenues', 'mallette', 'couteaux', 'chaussures'].map((w) => [w, '@gear'] as const),
  // "on peut le rallonger ?" meets "ton apprentissage peut être prolongé d'un an".
  ...['prolonger', 'prolonge', 'prolongee', 'prolonges', 'prolongation', 'prolongations', 'rallonger', 'rallonge', 'rallongee', 'allonger', 'allonge', 'allongee'].map((w) => [w, '@extend'] as const),
]);

/**
 * The keys of a text: its own words stemmed, its numbers ("#21"), and the concept of each word that has one of the
 * shared concepts, so that "payé" meets "toucher" and "patron" meets "employeur"; a delay asked or given is '@delay'.
 */
export function partKeys(normalized: string): Set<string> {
  const keys = new Set([...ownWordStems(normalized), ...numberKeys(normalized)]);
  if (HOW_LONG.test(normalized)) keys.add('@delay');
  for (const word of tokenize(normalized)) {
    const concept = ANSWER_PAY_WORDS.has(word) ? '@pay' : (COSTS_AT_SCHOOL.get(word) ?? conceptOf(word));
    if (concept !== undefined && SHARED_CONCEPTS.has(concept)) keys.add(concept);
  }
  return keys;
}

/**
 * The keys of a sentence of an answer: those of partKeys, and the kinds of value it gives ('@age', '@date': answer-words.ts),
 * which a follow-up asking that kind of value meets ("jusqu'à quel âge ?" and "jusqu'à ses 20 ans").
 */
export function sentenceKeys(normalized: string): Set<string> {
  const keys = partKeys(normalized);
  for (const key of valuesGiven(normalized)) keys.add(key);
  return keys;
}

/** The sentences of an entry's answer and details in one register, in order. */
export function answerSentences(entry: FaqEntry, register: 'tu' | 'vous'): string[] {
  return [...sentencesOf(entry.answer[register]), ...(entry.details ? sentencesOf(entry.details[register]) : [])];
}

const partsCache = new WeakMap<object, Map<string, readonly AnswerPart[]>>();

/** The sentences of a FAQ entry in both registers, as keys: where a follow-up looks for the part that answers it. */
export function answerParts(kb: KnowledgeBase, id: string): readonly AnswerPart[] {
  let byId = partsCache.get(kb.knowledge);
  if (!byId) partsCache.set(kb.knowledge, (byId = new Map()));
  const known = byId.get(id);
  if (known) return known;
  const entry = kb.search.faqEntry(id);
  const parts: AnswerPart[] = [];
  if (entry) {
    for (const register of ['tu', 'vous'] as const) {
      answerSentences(entry, register).forEach((s, i) => parts.push({ keys: sentenceKeys(normalize(s)), lead: i === 0 }));
    }
  }
  byId.set(id, parts);
  return parts;
}

/** The words that frame a yes/no question ("j'ai droit à…", "c'est possible…"): they ask nothing of an answer's parts. */
const YES_NO_FRAME: ReadonlySet<string> = new Set(['droit', 'peut', 'peux', 'pouvon', 'pouv', 'possibl', 'normal', 'legal', 'obligatoir']);

/**
 * The question's words an answer's first sentence lacks, when one later sentence has LATER_PART_MIN_KEYS or more of
 * them: the question is about that later part, so the first sentence's "Oui" or "Non" would answer something else
 * ("une mairie a droit à l'aide de l'État ?" to the entry opening "Oui, les employeurs publics peuvent recruter…",
 * whose third sentence says the aid is not theirs). Empty when the first sentence settles the question.
 */
export function laterPartAsked(answer: string, messageNormalized: string): string[] {
  const asked = [...partKeys(messageNormalized)].filter((k) => !YES_NO_FRAME.has(k));
  // "Oui. Une personne reconnue travailleur handicapé peut…": a yes said as a sentence of its own settles nothing
  // alone; with the sentence it opens, it is the first sentence (else every word asked seems to lie further on).
  const sentences = sentencesOf(answer);
  if (sentences.length > 1 && isBareYesNo(sentences[0] as string)) sentences.splice(0, 2, `${sentences[0]} ${sentences[1]}`);
  const [first, ...later] = sentences.map((s) => partKeys(normalize(s)));
  const missing = asked.filter((k) => !first?.has(k));
  const best = Math.max(0, ...later.map((keys) => missing.filter((k) => keys.has(k)).length));
  return best >= LATER_PART_MIN_KEYS ? missing : [];
}
