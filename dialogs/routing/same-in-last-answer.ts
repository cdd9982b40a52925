import { partKeys } from '../support/answer-parts.js';
import { ownWordStems } from '../support/answer-words.js';
import type { Route, RoutingInput } from './route.js';

/** "le diplôme c'est le même ?", "c'est pareil ?", "la paie est la même ?": whether something stays the same. */
const SAME = /\b(?:le meme|la meme|les memes|meme chose|pareil|pareille|pareils|identique|identiques)\b/;
/** "c'est le même que …", "même pour …": the same as something else named, a question of its own. */
const SAME_AS_ANOTHER = /\b(?:meme|pareil|pareille) (?:que|qu|pour|en|avec|chez)\b/;
/** "à la fin", "au final": when the thing is compared, the end of the course, no word of the thing itself. */
const AT_THE_END = /\b(?:a la fin|au final|au bout|a la sortie|a la cle)\b/;
/** The thing asked about in a few words: "le diplôme", "le salaire", "les horaires". */
const MAX_OWN_WORDS = 3;

/**
 * "le diplôme c'est le même ?" right after the answer comparing lycée pro and apprenticeship, which says "Le diplôme
 * obtenu est le même": whether a thing stays the same, asked of what the last FAQ answer just compared. When a
 * sentence of that answer (not its first, already read) holds every word the message names, that answer again, led by
 * that sentence; the reading of the words alone ("diplôme": the entry on signing without one) is not what is asked.
 */
export function sameInLastAnswer(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined || input.faqParts === undefined) return undefined;
  if (!SAME.test(u.normalized) || SAME_AS_ANOTHER.test(u.normalized) || u.trade !== undefined || u.commune || u.outside) return undefined;
  const asked = u.normalized.replace(SAME, ' ').replace(AT_THE_END, ' ');
  const own = ownWordStems(asked);
  if (own.length === 0 || own.length > MAX_OWN_WORDS) return undefined;
  const keys = [...partKeys(asked)];
  const holds = input.faqParts(data.lastFaq).some((part) => !part.lead && own.every((w) => part.keys.has(w)));
  return holds ? { kind: 'faq_entry', id: data.lastFaq, focus: keys } : undefined;
}
