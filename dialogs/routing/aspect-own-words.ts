import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { WordedAspect } from '../../src/nlu/aspect.js';
import { aidStatus } from '../../src/rules/aids.js';
import { normalize } from '../../src/text/normalize.js';
import { partKeys, sentenceKeys } from '../support/answer-parts.js';
import { ownWordStems } from '../support/answer-words.js';
import { sentencesOf } from '../support/lead-sentence.js';
import type { Route, RoutingInput } from './route.js';

/**
 * The aspects of the thing in view whose answer is a SENTENCE the thing's own text writes: whether it is paid, its
 * ceiling, who gives it, from when exactly, its conditions, a case supposed ("et si …"). The thing's sentences are
 * searched for the words that answer the aspect; the card is led by the one found. When the text writes none, the
 * thing does not answer it: "is it paid?" is then honestly not covered (never the pay calculator), the others are
 * left to the other rules.
 */

/** What a sentence must say to answer each aspect (normalised text). */
const ANSWERS: Readonly<Record<Exclude<WordedAspect, 'supposed'>, RegExp>> = {
  paid: /\b(?:paye|payes|payee|payees|remunere|remuneres|remuneree|remunerees|remuneration|salaire maintenu|maintien du salaire|sans solde|non paye|non payes)\b/,
  ceiling: /\bjusque a \d|\bau plus\b|\bmaximum\b|\bplafon|\bmax\b|\d ?(?:€|euros?)\b/,
  giver: /\b(?:cfa|opco|region|etat|asp|france travail|caf|employeur|mission locale|urssaf|chambre|agefiph|action logement|ministere|delivre|delivree|remet|remise|donne|donnee|verse|versee|paie|finance|financee|attribue|attribuee)\b/,
  from_when: /\ba partir (?:du|de la|de le|des|de)\b|\bdes le\b|\bprend effet\b|\bpremier jour\b|\blendemain\b|\b1er\b|\bmois (?:qui suit|suivant)\b/,
  conditions: /\b(?:doit|doivent|devez|faut|condition|conditions|si|seulement|uniquement|reserve|reservee|a condition|engager|engagent|pas d aide|ne sont pas concernes?)\b/,
};

/** Every sentence the thing's own text writes, both registers, in the order it writes them. */
export function sentencesOfThing(thing: { kind: 'aid'; aid: Aid } | { kind: 'faq'; entry: FaqEntry }): string[] {
  if (thing.kind === 'faq') {
    const { answer, details } = thing.entry;
    return [...sentencesOf(answer.tu), ...sentencesOf(answer.vous), ...(details ? [...sentencesOf(details.tu), ...sentencesOf(details.vous)] : [])];
  }
  const { aid } = thing;
  // The notes on its amounts before its other conditions: on a tie, what qualifies the money is what is asked of it.
  const notes = aid.amount.flatMap((a) => (a.note ? sentencesOf(a.note) : []));
  return [...sentencesOf(aid.summary.tu), ...sentencesOf(aid.summary.vous), ...notes, ...aid.other_conditions, ...(aid.dates_note ? sentencesOf(aid.dates_note) : [])];
}

/** Words of a supposed case that say no case of their own ("et si", "je peux", "alors"). */
const SUPPOSING: ReadonlySet<string> = new Set(ownWordStems('et si jamais alors pendant ce temps la quand meme peux peut pourrai pourrait en avoir plus moins faire est il elle on je tu vous nous ca sa cela'));

/** An age bound a sentence writes: "avant 21 ans", "moins de 18 ans" (under), "à partir de 26 ans", "plus de 18 ans" (from). */
const UNDER_AGE = /\b(?:moins de|avant) (\d{2}) ans\b/;
const FROM_AGE = /\b(?:plus de|a partir de|des|apres) (\d{2}) ans\b/;

/** Whether a sentence writes an age bound the age told falls in: the rule for that age. */
function fitsAge(sentence: string, age: number | undefined): boolean {
  if (age === undefined) return false;
  const under = UNDER_AGE.exec(sentence);
  const from = FROM_AGE.exec(sentence);
  return (under !== null && age < Number(under[1])) || (from !== null && age >= Number(from[1]));
}

/**
 * The sentence sharing most words of the supposed case (an age bound the age told falls in counts double), at least
 * one: "et si le contrat dure 8 mois ?" meets "au prorata si le contrat dure moins d'un an".
 */
function sentenceForCase<T extends { text: string }>(sentences: readonly T[], normalized: string, age: number | undefined, shown: ReadonlySet<string>): T | undefined {
  const said = new Set(ownWordStems(normalized).filter((w) => !SUPPOSING.has(w)));
  let best: { s: T; n: number } | undefined;
  for (const s of sentences) {
    const text = normalize(s.text);
    // A case supposed ("et si …") is answered by a sentence that supposes one too ("… si le contrat dure moins d'un an").
    const met = new Set(ownWordStems(text).filter((w) => said.has(w))).size + (fitsAge(text, age) ? 2 : 0);
    // On a tie, a sentence the person has not read yet (not the lead already shown) says more.
    const n = met + (/\bsi\b/.test(text) ? 1 : 0) - (shown.has(s.text) ? 0.5 : 0);
    if (met > 0 && (!best || n > best.n)) best = { s, n };
  }
  return best?.s;
}

/** A company size bound a condition writes: "entreprises de 250 salariés et plus", "moins de 11 salariés". */
const SIZE_FROM = /\b(\d+) salaries et plus\b|\b(?:a partir de|au dela de|plus de) (\d+) salaries\b/;
const SIZE_UNDER = /\bmoins de (\d+) salaries\b/;

/** Whether the company's size, told earlier, falls in the bound a condition writes: the condition for "us". */
function fitsSize(sentence: string, size: number | undefined): boolean {
  if (size === undefined) return false;
  const from = SIZE_FROM.exec(sentence);
  const under = SIZE_UNDER.exec(sentence);
  return (from !== null && size >= Number(from[1] ?? from[2])) || (under !== null && size < Number(under[1]));
}

/**
 * The keys that lead the card with the sentence found: those no other sentence of the thing holds (the card leads with
 * the sentence meeting most keys, the summary first on a tie), else all of its keys.
 */
function focusOn(found: string, sentences: readonly string[]): string[] {
  const keys = [...partKeys(normalize(found))];
  const others = new Set(sentences.filter((s) => s !== found).flatMap((s) => [...sentenceKeys(normalize(s))]));
  const own = keys.filter((k) => !others.has(k));
  return own.length > 0 ? own : keys;
}

/** The route leading the thing with its sentence that answers the aspect; `not_covered` for pay it does not write. */
export function aspectInOwnWords(input: RoutingInput, thing: { kind: 'aid'; aid: Aid } | { kind: 'faq'; entry: FaqEntry }, aspect: WordedAspect): Route | undefined {
  const sentences = sentencesOfThing(thing);
  const normalized = input.understanding.normalized;
  let found: string | undefined;
  // A case supposed on an ENDED aid ("et si je dépose un dossier maintenant ?"): its end answers it, whatever the case.
  if (aspect === 'supposed' && thing.kind === 'aid' && aidStatus(thing.aid, input.today) === 'ended') return { kind: 'aid', id: thing.aid.id };
  if (aspect === 'supposed') {
    const age = input.understanding.facts.age;
    const own = sentences.map((text) => ({ text, id: undefined as string | undefined }));
    // An age the thing's own text does not bound may be bound by an entry it names as related ("moins de 21 ans").
    const related = thing.kind === 'faq' && age !== undefined && !own.some((s) => fitsAge(normalize(s.text), age))
      ? thing.entry.related.filter((id) => input.hasFaqEntry(id)).flatMap((id) => input.faqEntry?.(id) ?? []).flatMap((e) => sentencesOfThing({ kind: 'faq', entry: e }).map((text) => ({ text, id: e.id as string | undefined })))
      : [];
    const shown = new Set(thing.kind === 'aid' ? [...sentencesOf(thing.aid.summary.tu), ...sentencesOf(thing.aid.summary.vous)] : [sentencesOf(thing.entry.answer.tu)[0] ?? '', sentencesOf(thing.entry.answer.vous)[0] ?? '']);
    const hit = sentenceForCase(related.some((s) => fitsAge(normalize(s.text), age)) ? related.filter((s) => fitsAge(normalize(s.text), age)) : own, normalized, age, shown);
    if (!hit) return undefined;
    if (hit.id) return { kind: 'faq_entry', id: hit.id, focus: focusOn(hit.text, related.filter((s) => s.id === hit.id).map((s) => s.text)) };
    found = hit.text;
  } else if (aspect === 'giver' && thing.kind === 'aid') return { kind: 'aid', id: thing.aid.id, focus: [...partKeys(normalize(thing.aid.provider ?? ''))] };
  else if (aspect === 'conditions' && thing.kind === 'aid') {
    const size = input.data.profile.companySize;
    found = thing.aid.other_conditions.find((s) => fitsSize(normalize(s), size)) ?? thing.aid.other_conditions.find((s) => ANSWERS.conditions.test(normalize(s))) ?? thing.aid.other_conditions[0];
  }
  else found = sentences.find((s) => ANSWERS[aspect].test(normalize(s)));
  if (!found) return aspect === 'paid' ? { kind: 'say', key: 'not_covered' } : undefined;
  const focus = focusOn(found, sentences);
  return thing.kind === 'aid' ? { kind: 'aid', id: thing.aid.id, focus } : { kind: 'faq_entry', id: thing.entry.id, focus };
}

/** The entry that says from when a pay change takes effect (the month after the birthday, the contract's anniversary). */
const PAY_CHANGE_TAKES_EFFECT = 'remuneration-anniversaire';

/**
 * "à partir de quand exactement ?" after the pay table (the salary topic, no entry in view): the pay by age and year
 * changes on a date that entry writes, led by its sentence on it.
 */
export function aspectOfTopic(input: RoutingInput, aspect: WordedAspect | undefined): Route | undefined {
  if (aspect !== 'from_when' || input.data.lastTopic !== 'salary' || !input.hasFaqEntry(PAY_CHANGE_TAKES_EFFECT)) return undefined;
  const entry = input.faqEntry?.(PAY_CHANGE_TAKES_EFFECT);
  if (!entry) return undefined;
  const sentences = sentencesOfThing({ kind: 'faq', entry });
  const found = sentences.find((s) => ANSWERS.from_when.test(normalize(s)));
  return { kind: 'faq_entry', id: entry.id, ...(found ? { focus: focusOn(found, sentences) } : {}) };
}
