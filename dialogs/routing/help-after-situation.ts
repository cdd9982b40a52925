import type { Route, RoutingInput } from './route.js';
import { INSPECTION_ENTRY } from './where-to-complain.js';

/**
 * Review 19, P3 and E5: "Concrètement, que pouvons-nous faire ?" after two answers on a 16-year-old working until
 * midnight and on Sundays got the menu of what the bot does; "vers qui on se tourne ?" after a rupture card is the same
 * kind. A request for help or recourse that names nothing of its own, right after an answer to a situation at work,
 * asks who can act on that situation: the entry that says so —
 * - a rule of working time (hours, night, Sundays, rest): for a minor, the entry on a minor's hours not respected (note
 *   the hours, the employer and the CFA, the mediator, the labour inspectorate, the free line); for an adult, the labour
 *   inspectorate's entry, which names the CFA and the mediator too;
 * - a rupture or a disagreement: the apprenticeship mediator's entry (free, the company's chamber).
 * "je fais quoi alors ?" keeps its own rule (what-now-after-answer: the advice of the answer itself), unless that answer
 * is a rule of working time that names no one to turn to.
 */

/** The FAQ's entry on a minor's hours not respected: whom to turn to, for a minor. */
const MINOR_HOURS_ENTRY = 'horaires-non-respectes-mineur';
const MEDIATOR_ENTRY = 'mediateur-consulaire';
const WORKING_TIME_CATEGORY = 'temps-de-travail';
const RUPTURE_CATEGORY = 'rupture';

/** Words that only lead or close the request: "concrètement", "du coup", "dans ce cas", "svp". */
const LEAD = String.raw`(?:(?:et|ok|bon|mais|alors|donc|bah|ben|euh|du coup|concretement|en pratique|dans ce cas|dans ce cas la|franchement|la)\s+)*`;
const TAIL = String.raw`(?:\s+(?:concretement|alors|du coup|maintenant|mtn|donc|dans ce cas|dans ce cas la|en pratique|pour lui|pour elle|pour nous|pour moi|svp|stp|la|exactement))*`;
/** The request itself, in the ways it is said: what can we do, who can help us, where to turn, which recourse. */
const REQUEST = [
  // "que pouvons-nous faire", "qu'est-ce qu'on peut faire", "que peut-on faire", "que puis-je faire"
  String.raw`(?:que|qu est ce que|qu est ce qu|quest ce qu|kesk|qu)\s*(?:on|nous|je|j|vous|il|elle)?\s*(?:peut|peux|pouvons|pouvez|puis|doit|dois|devons|devez)\s*(?:on|nous|je|vous|t on)?\s*(?:faire|entreprendre)`,
  // "on peut faire quoi", "nous pouvons faire quoi", "on fait quoi", "on fait comment"
  String.raw`(?:on|nous|je|j|vous)\s+(?:peut|peux|pouvons|pouvez|doit|dois|devons|devez)?\s*(?:faire|fait|fais|faisons|faites)\s+(?:quoi|koi|comment)`,
  // "vers qui on se tourne", "vers qui se tourner", "à qui s'adresser", "a qui on s'adresse"
  String.raw`(?:vers|a|aupres de)\s+qui\s+(?:on\s+|nous\s+|je\s+|vous\s+)?(?:se|s|me|m|nous|vous)?\s*(?:tourne|tourner|tournons|tournez|adresse|adresser|adressons|adressez)`,
  // "qui peut nous aider", "qui pourrait l'aider", "qui peut intervenir"
  String.raw`qui\s+(?:peut|pourrait|peuvent|pourraient)\s+(?:nous|m|me|l|le|la|les|vous|lui)?\s*(?:aider|intervenir|agir|conseiller|accompagner)`,
  // "quels recours", "quelles solutions", "il y a un recours", "on a quels recours"
  String.raw`(?:(?:on a|nous avons|il y a|y a|ya)\s+)?(?:quels?|quelles?)\s+(?:sont\s+)?(?:les\s+|nos\s+)?(?:recours|solutions?|options?|possibilites|demarches)(?:\s+(?:on a|nous avons|avons nous|a t on|possibles?))?`,
].join('|');
const HELP_REQUEST = new RegExp(`^${LEAD}(?:${REQUEST})${TAIL}$`);

/** Whether the message only asks for help or recourse, with nothing of its own. */
export function asksHelpOnly(normalized: string): boolean {
  return HELP_REQUEST.test(normalized.replace(/[\s?!.]+$/, '').trim());
}

/**
 * The entry that says who can act on the situation just answered, when the message asks only that; after that very
 * entry, what it advises (its sentences that name whom to turn to).
 */
export function helpAfterSituation(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return undefined;
  if (u.trade !== undefined || u.commune || u.aid !== undefined || !(u.cues.whatNow || asksHelpOnly(u.normalized))) return undefined;
  const entry = input.faqEntry?.(data.lastFaq);
  if (!entry) return undefined;
  // "je fais quoi alors ?" after an answer that names its own contacts: what it advises (what-now-after-answer). A rule
  // of working time that names none ("qu'est-ce qu'on peut faire ?" after night work: "my answer does not say") is
  // answered here, by whom to turn to.
  if (u.cues.whatNow && (entry.category !== WORKING_TIME_CATEGORY || (entry.see_contacts ?? []).length > 0)) return undefined;
  // The age told decides; without one, an answer written for minors speaks of a minor.
  const minor = data.profile.age !== undefined ? data.profile.age < 18 : entry.for_minors === true;
  let target: string | undefined;
  if (entry.category === WORKING_TIME_CATEGORY) target = minor ? MINOR_HOURS_ENTRY : INSPECTION_ENTRY;
  else if (entry.category === RUPTURE_CATEGORY) target = MEDIATOR_ENTRY;
  if (target === undefined || !input.hasFaqEntry(target)) return undefined;
  // The entry on a minor's hours is answered by its steps (note the hours, the CFA, the mediator, the inspectorate, the
  // free line); the others by their card, which says who they are.
  return target === entry.id || target === MINOR_HOURS_ENTRY ? { kind: 'what_now', id: target } : { kind: 'faq_entry', id: target };
}
