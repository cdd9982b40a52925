import { boundSentence, durationPastBound, durationWithinBound } from './duration-past-bound.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { AFTER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/** The subject pointed at: a pronoun, a demonstrative, or nothing ("et une fois passée ?"). */
const IT = '(?:elle|il|lui|ca|cela|c|celle ci|celui ci|celle la|celui la)';
/** Over: past, finished, ended (normalised: no accents; SMS drops the agreement: "elle est fini"). */
const OVER = '(?:passee?s?|finie?s?|fini|terminee?s?|ecoulee?s?|depassee?s?)';
/**
 * The subject named back with a demonstrative: "ces jours-là", "cette période", "ce délai", "ces 45 jours" (the span
 * of time the last answer set, whatever its name).
 */
const THAT_SPAN = '(?:ces|cette|ce|cet)(?: \\d+)? (?:jours?|semaines?|mois|periode|periodes|delai|delais|temps|duree|essai)(?: la| ci)?';
/**
 * "une fois passée", "une fois celle-ci terminée", "après elle", "après ça", "si elle est finie", "quand elle sera
 * passée", "et après ?", "et ensuite ?": what comes once the subject of the last answer is over.
 */
const AFTER_IT = new RegExp(
  [
    `\\bune fois (?:(?:que )?${IT} (?:est |sera |a ete )?)?${OVER}\\b`,
    `\\b(?:apres|passe) ${IT}$`,
    // "et après ces jours-là ?", "passé ce délai ?", "au-delà de cette période ?", "une fois ces 45 jours passés ?"
    `\\b(?:apres|passe|passes|passee|passees|au dela de) ${THAT_SPAN}\\b`,
    `\\bune fois ${THAT_SPAN} ${OVER}\\b`,
    `\\bapres ${IT}\\b(?! (?:est|a|sera|fait|dit)\\b)`,
    `\\b(?:si|quand|qd|lorsque|des que|une fois que) ${IT} (?:est|sera|a ete|s est) ${OVER}\\b`,
    `^(?:et )?(?:apres|ensuite|et apres|au dela)$`,
  ].join('|'),
);

/** The message asks what comes once the subject it points at is over. */
export const asksAfterIt = (normalized: string): boolean => AFTER_IT.test(normalized);

/**
 * "et une fois passée ?" right after the trial period: a short follow-up that points at the last FAQ answer's subject
 * and asks what comes once it is over goes to the entries that entry names for that (its `after`): the first as the
 * answer, the others offered beside it. Without such entries the other rules read it.
 */
export function afterLastAnswer(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || !input.inContext) return undefined;
  if (tokenize(u.normalized).length > AFTER_FOLLOW_UP_MAX_WORDS) return undefined;
  // "et après 3 mois ?", "et s'il était là depuis 2 mois ?" after the 45 first days: a time past the answer's bound.
  if (!asksAfterIt(u.normalized) && !durationPastBound(u.normalized, answerText(input, data.lastFaq))) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside || u.aid) return undefined;
  const [first, ...others] = byReading(u.faq, (input.faqAfter?.(data.lastFaq) ?? []).filter((id) => input.hasFaqEntry(id)));
  if (!first) return undefined;
  if (others.length === 0) return { kind: 'faq_entry', id: first };
  return { kind: 'faq_entry', id: first, alternatives: others.map((id) => ({ kind: 'faq', id, score: 0 })) };
}

/** The last FAQ answer's text, both registers (the bound it sets is the same in each). */
function answerText(input: RoutingInput, id: string): string {
  const entry = input.faqEntry?.(id);
  return entry ? `${entry.answer.tu} ${entry.answer.vous}` : '';
}

/**
 * The entries for what comes after, the one the message's own words read best first ("et après, il peut encore me
 * virer ?": the break by the employer, not the apprentice's), the entry's own order otherwise.
 */
function byReading(hits: readonly { entry: { id: string }; probability: number }[], ids: readonly string[]): string[] {
  const read = (id: string): number => hits.find((h) => h.entry.id === id)?.probability ?? 0;
  const best = ids.reduce<string | undefined>((a, id) => (read(id) > (a === undefined ? 0 : read(a)) ? id : a), undefined);
  return best === undefined ? [...ids] : [best, ...ids.filter((id) => id !== best)];
}

/** "ça fait 2 semaines", "j'ai commencé il y a un mois", "depuis 10 jours": a time spent told, with little else. */
const TIME_SPENT = /\b(?:ca fait|cela fait|ca va faire|depuis|il y a|y a|commence|commencee|debute|debutee|suis la|suis arrive|suis arrivee|suis en entreprise)\b/;

/**
 * "ça fait 2 semaines que j'ai commencé" right after the 45 first days: the person tells a time within the bound the
 * last answer sets for its subject, so they are in the case that answer opens with. That answer again, led by the
 * sentence that sets the bound (a time past it is what comes after: afterLastAnswer).
 */
export function timeWithinLastAnswer(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || !data.lastFaq || !input.inContext) return undefined;
  if (tokenize(u.normalized).length > AFTER_FOLLOW_UP_MAX_WORDS || !TIME_SPENT.test(u.normalized)) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside || u.aid) return undefined;
  const answer = answerText(input, data.lastFaq);
  if (!durationWithinBound(u.normalized, answer)) return undefined;
  const sentence = boundSentence(sentencesOf(answer));
  return { kind: 'faq_entry', id: data.lastFaq, focus: sentence === undefined ? [] : [...partKeys(normalize(sentence))] };
}
