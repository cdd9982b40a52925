/**
 * A term of the field asked about: named in a question (its entry, unless a better FAQ reading or the aids
 * answer), defined in a short message ("c'est quoi un CFA ?"), or the organisation the last answer named ("c'est qui
 * eux ?"). Each gives the FAQ entry of that term, or nothing.
 */
import type { RoutingInput } from './route.js';
import { asksSomething } from './asks.js';
import { namesPlace } from './facts.js';
import { readings } from './lead-reading.js';
import { FAQ_GUESS, TOPIC_MIN, DEFINITION_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';
import { roleAsked } from './role-asked.js';
import { messageSentences } from '../../src/nlu/mask.js';
import { normalize } from '../../src/text/normalize.js';

/** The entry defining the organisation the last answer named, when the message only asks who or what that is. */
export function whoThatIs(input: RoutingInput): string | undefined {
  if (!input.understanding.cues.asksWhoThatIs) return undefined;
  const id = input.lastAnswerOrganisation?.();
  return id !== undefined && input.hasFaqEntry(id) ? id : undefined;
}

/** A distinctive term named in a question (not a course or an aid request) whose entry no better FAQ reading overrides. */
export function termNamed(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (!u.namedTerm || u.outside || !input.hasFaqEntry(u.namedTerm.entryId) || !asksSomething(u)) return undefined;
  // "qui peut être maître d'apprentissage dans mon salon de coiffure à Cherbourg ?": a town beside a term of the rules
  // is where the person's story happens, not a place search; beside a CFA or a Mission Locale it is where to find one.
  const setting = namesPlace(u) && isRuleTerm(input, u.namedTerm.entryId);
  if (namesPlace(u) && !setting) return undefined;
  // "mon apprenti a une RQTH, ça change quoi pour les aides ?" asks the aids of that case: their topic answers it.
  if (u.cues.aidWord) return undefined;
  // "Mon apprentie veut rompre son contrat, nous sommes un magasin. Qui est le médiateur ?": a story, then a question
  // on the term itself in its last sentence; the term's entry answers, not the entry the story reads.
  if (askedInLastSentence(u.text, u.namedTerm.term)) return u.namedTerm.entryId;
  const lead = readings(input)[0];
  // "qui peut être maître d'apprentissage dans ma boîte ?" asks the role's conditions, whichever entry on that role
  // the other words read.
  if (lead?.kind === 'faq' && lead.score >= FAQ_GUESS && !roleAsked(u.normalized, u.namedTerm)) return undefined;
  // "je suis conseillère Mission Locale : un jeune de 17 ans, c'est combien ?": a topic other than a trade or the
  // orientation that leads on its own is what is asked (the term only says who writes).
  // With a town as the setting, the course search and the employer search that the town and a workplace read are not
  // what is asked either.
  const settingTopics: readonly string[] = setting ? ['training', 'find_employer'] : [];
  const otherTopicLeads = lead?.kind === 'topic' && lead.topic !== 'trade' && lead.topic !== 'orientation' && !settingTopics.includes(lead.topic) && lead.score >= TOPIC_MIN;
  return otherTopicLeads ? undefined : u.namedTerm.entryId;
}

/** The FAQ's categories of rules (who may, what is due, how a contract goes), as opposed to places and searches. */
const RULE_CATEGORIES: ReadonlySet<string> = new Set(['age', 'contrat', 'remuneration', 'droits', 'temps-de-travail', 'rupture', 'handicap', 'employeur']);

/** The term's entry states a rule (the maître d'apprentissage's conditions), not a place to find (a CFA, a Mission Locale). */
function isRuleTerm(input: RoutingInput, entryId: string): boolean {
  const category = input.faqEntry?.(entryId)?.category;
  return category !== undefined && RULE_CATEGORIES.has(category);
}

/** "qui est", "c'est qui", "c'est quoi", "où le trouver", "comment le contacter": a question about the thing named. */
const ASKS_ABOUT_IT = /\b(?:qui est|qui sont|ce est qui|c est qui|ce est quoi|c est quoi|est quoi|ou (?:le|la|les) (?:trouver|joindre|contacter)|comment (?:le|la|les) (?:trouver|joindre|contacter|saisir))\b/;

/**
 * Whether the last sentence of a message of several is a question about the term named: it ends with "?", names the
 * term and asks who or what it is, or how to reach it.
 */
function askedInLastSentence(text: string, term: string): boolean {
  const sentences = messageSentences(text);
  if (sentences.length < 2) return false;
  const last = sentences[sentences.length - 1]!;
  const asked = normalize(last);
  return last.endsWith('?') && asked.includes(term) && ASKS_ABOUT_IT.test(asked);
}

/** The entry defining the term a short message asks the meaning of, when it names no trade or place beside it. */
export function termDefined(input: RoutingInput): string | undefined {
  const u = input.understanding;
  // The relative clause after the term ("dont parle mon patron") is not part of the question's length.
  if (!u.definedTerm || u.commune || u.outside || u.words - (u.definedTerm.clauseWords ?? 0) - (u.definedTerm.storyWords ?? 0) > DEFINITION_MAX_WORDS) return undefined;
  if (u.trade && u.trade.score >= CLEAR_TRADE) return undefined;
  return input.hasFaqEntry(u.definedTerm.entryId) ? u.definedTerm.entryId : undefined;
}
