import { answerForProfile } from '../support/knowledge-views.js';
import { registerOf } from '../support/state.js';
import { asksWhoHandles, organisationSentence } from '../support/who-handles.js';
import type { Route, RoutingInput } from './route.js';
import { INSPECTION_ENTRY } from './where-to-complain.js';

/**
 * "Qui dois-je contacter ?", "vers qui me tourner ?", "je contacte qui du coup", "à qui je m'adresse ?" right after a FAQ
 * answer that names no organisation (its text, its details and its contacts): the answer's own words cannot say who,
 * and "my last answer does not cover this" left the person alone (review 18, P3: a 15-year-old made to start at 4 h,
 * "Qui dois-je contacter ?" after the rules before 16). The knowledge still names who to turn to for that kind of
 * answer:
 * - a rule of work (hours, night, rest, pay, the contract, its end, rights): the labour inspectorate's entry, which
 *   also names the CFA and the apprenticeship mediator;
 * - anything else (an age, an orientation, a procedure): the who-handles answer — the answer's source, where its
 *   contacts are, and the free line (thread-round12).
 * An answer that does name an organisation: its sentence that names it (the who-handles route), also for the spoken
 * ways of asking that who-handles.ts does not read ("je contacte qui du coup").
 */

/**
 * The FAQ's categories of rules kept (or not) at work: the labour inspectorate, the CFA and the mediator see to them.
 * Pay, rights or the contract in general (the pension, the tax, a diploma) are asked of the free line's adviser.
 */
const WORK_RULES: ReadonlySet<string> = new Set(['temps-de-travail', 'rupture']);
/**
 * An answer of another category that states working-time rules ("le travail de nuit est interdit", "repos quotidien",
 * "8 heures par jour"); not any hour ("1 820 heures" of the tax ceiling).
 */
const WORKING_TIME = /\b(?:travail de nuit|travailler la nuit|repos (?:quotidien|hebdomadaire)|heures par (?:jour|semaine)|heures consécutives|le dimanche|les dimanches|jours fériés)/i;
/**
 * The spoken ways of asking whom to turn to that who-handles.ts does not read: the verb conjugated before "qui" ("je
 * contacte qui", "on s'adresse à qui", "je vais voir qui"), "vers qui", "qui je contacte", "c'est qui qu'il faut voir".
 */
const WHO_TO_CONTACT =
  /\b(?:contacte|contactes|contactons|contactez|joins|joint|joindre|appelle|appelles|vais voir|va voir|vois|voit|adresse|adresses|tourne|tournes|ecris|ecrire)\s+(?:a\s+|aupres de\s+)?qui\b|\bvers qui\b|\bqui\s+(?:je|j|on|il|elle)\s+(?:dois\s+|doit\s+|peux\s+|peut\s+)?(?:contacte|contacter|appelle|appeler|vais voir|va voir|vois|joins|joindre)\b|\bqui\s+(?:il faut|faut il|faut|dois je|doit on|devons nous|puis je)\s+(?:contacter|voir|appeler|joindre|prevenir)\b/;
/** An answer about a disability: its words (an RQTH, a disabled apprentice). */
const DISABILITY = /\b(?:handicap\w*|RQTH)\b/i;
/** At most this many words: a longer "who" question says a subject of its own, read by the other rules. */
const MAX_WORDS = 9;

export function whoToContactUnnamed(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || u.words > MAX_WORDS) return undefined;
  const spoken = WHO_TO_CONTACT.test(u.normalized);
  if (!(asksWhoHandles(u.normalized) || spoken) || u.trade !== undefined || u.commune || u.aid !== undefined) return undefined;
  const entry = input.faqEntry?.(data.lastFaq);
  if (!entry) return undefined;
  // What the who-handles answer would read: the answer shown, in the register it was shown in (who-handles-answer.ts).
  const register = u.facts.register ?? registerOf(data.profile);
  const shown = `${answerForProfile(data.profile, entry)?.[register] ?? ''} ${entry.details?.[register] ?? ''}`;
  if (entry.id === INSPECTION_ENTRY || (entry.see_contacts ?? []).length > 0 || organisationSentence(shown) !== undefined) return spoken ? { kind: 'who_handles' } : undefined;
  const aboutWork = WORK_RULES.has(entry.category) || WORKING_TIME.test(shown);
  if (aboutWork && input.hasFaqEntry(INSPECTION_ENTRY)) return { kind: 'faq_entry', id: INSPECTION_ENTRY };
  // Review 25 (E6): after the age limit lifted by an RQTH, "Qui dois-je contacter ?" got "my answer does not cover
  // this". A disability's answer naming no one: the Agefiph for an employer (it advises and funds them), the CFA's
  // disability referent for the apprentice and the family. An answer of another subject that names a disability among
  // its cases (the age limit's exceptions) is one only for someone who told of a disability.
  if (entry.category === 'handicap' || (data.profile.disability === true && DISABILITY.test(shown))) return { kind: 'contact_card', id: data.profile.persona === 'employeur' ? 'agefiph' : 'referent-handicap-cfa' };
  // Otherwise the who-handles answer says honestly that the answer names no one, with its source (where the contacts
  // are) and the free line; the spoken ways of asking get it too, instead of the fallback.
  return spoken ? { kind: 'who_handles' } : undefined;
}
