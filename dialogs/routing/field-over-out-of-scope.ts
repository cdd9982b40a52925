import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize } from '../../src/text/normalize.js';
import { hasQuestionWord } from './asks.js';
import type { Route, RoutingInput } from './route.js';
import { isSmallTalk } from './small-talk.js';
import { FAQ_GUESS } from './thresholds.js';

/**
 * Review 22 (issue 11, E4): "Quel est mon OPCO ?" was read as out of scope (the frame "quel est mon …" of a personal
 * question) and refused with "je ne peux répondre qu'aux questions sur l'apprentissage" although the FAQ defines the
 * OPCO and says how an employer finds its own. A message that names a thing of apprenticeship is in scope whatever its
 * frame: the refusal is for messages that name nothing of ours ("et la météo demain ?", "un bon resto à Caen ?").
 * The things of the field: the terms the FAQ defines (OPCO, Cerfa, RQTH, CFA, médiateur… read from the knowledge, so a
 * term defined later counts too), apprenticeship itself, and the everyday words of its people and papers below.
 */

/** The everyday words of the field no FAQ entry "defines": its people, its papers, its pay, its diplomas. Normalised. */
const EVERYDAY_FIELD_WORDS = [
  APPRENTICESHIP_WORDS,
  'apprentis|apprenties|alternant|alternante|alternants|cfa|opco|cerfa|rqth',
  'contrat|contrats|patron|patronne|employeur|employeuse|maitre d apprentissage|tuteur|tutrice',
  'cv|candidature|candidatures|lettre de motivation|embauche|embaucher|recruter',
  'salaire|smic|paie|fiche de paie|bulletin de paie|remuneration',
  'formation|diplome|cap|bts|bac pro|but|titre pro|mention complementaire|mission locale|france travail|parcoursup|affelnet',
].join('|');
const EVERYDAY_FIELD = new RegExp(`\\b(?:${EVERYDAY_FIELD_WORDS})\\b`);

/** The defined terms of the FAQ, normalised, per knowledge version (the entries array is one object per version). */
const definedTerms = new WeakMap<readonly FaqEntry[], readonly string[]>();
function termsOf(entries: readonly FaqEntry[]): readonly string[] {
  let terms = definedTerms.get(entries);
  if (!terms) definedTerms.set(entries, (terms = entries.flatMap((e) => (e.defines ?? []).map((t) => normalize(t)).filter((t) => t.length > 2))));
  return terms;
}

/** Whether the message names a thing of apprenticeship: a term the FAQ defines, or an everyday word of the field. */
export function namesTheField(u: Understanding, entries: readonly FaqEntry[]): boolean {
  if (EVERYDAY_FIELD.test(u.normalized)) return true;
  const padded = ` ${u.normalized} `;
  return termsOf(entries).some((t) => padded.includes(` ${t} `));
}

/** A question read as out of scope (sure small talk) that names a thing of apprenticeship. */
export function fieldOverOutOfScope(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || u.intent !== 'out_of_scope' || !isSmallTalk(u)) return false;
  return namesTheField(u, input.faqEntries?.() ?? []);
}

/**
 * Its answer: the entry the matcher reads first, when read as a guess at least with no word foreign to the FAQ and
 * asked as a question; otherwise the fallback, which offers the choices, the free line and a callback (never the
 * refusal of a subject that is ours).
 */
export function fieldOverOutOfScopeRoute(input: RoutingInput): Route {
  const u = input.understanding;
  const best = u.faq[0];
  const asks = u.text.includes('?') || hasQuestionWord(u);
  const foreign = (input.faqForeign?.() ?? []).length > 0;
  if (asks && !foreign && best !== undefined && best.probability >= FAQ_GUESS && input.hasFaqEntry(best.entry.id)) return { kind: 'faq_entry', id: best.entry.id };
  return { kind: 'fallback' };
}
