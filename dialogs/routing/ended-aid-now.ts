import type { Aid } from '../../src/knowledge/schema/aid.js';
import { aidStatus } from '../../src/rules/aids.js';
import { ownWordStems } from '../support/answer-words.js';
import { isClear, readingsOf } from './readings.js';
import type { Route, RoutingInput } from './route.js';
import { FAQ_ANSWER } from './thresholds.js';

/**
 * Words that ask about today or about what took an ended thing's place: "et maintenant ?", "aujourd'hui qui paie ?",
 * "y a quoi à la place ?", "ça a été remplacé par quoi ?" (normalised text: no accents, SMS spellings unfolded).
 */
const NOW_OR_INSTEAD = /\b(?:maintenant|mtn|aujourd ?hui|aujourdhui|auj|ajd|actuellement|actuel|actuelle|actuelles|actuels|desormais|a present|de nos jours|en ce moment|a la place|remplace\w*|remplacement)\b/;

/** "il reste quoi alors ?", "sinon y a quoi ?", "qu'est-ce qui reste ?": what is left once that aid is gone. */
const WHAT_IS_LEFT = /\b(?:il )?reste quoi\b|\bqu est ce qui (?:reste|existe)\b|\bsinon (?:il y a|y a|ya|il existe) quoi\b|\b(?:il y a|y a|ya) quoi (?:alors|sinon|du coup)\b/;

/**
 * "y a autre chose pour payer le permis ?", "il existe d'autres aides ?", "rien d'autre ?": something else asked for
 * what the ended aid paid, which is what exists today.
 */
const SOMETHING_ELSE = new RegExp(`\\b(?:autre chose|autres? (?:aides?|solutions?|moyens?|possibilites?|dispositifs?|primes?|pistes?)|(?:d|de) autres|quoi (?:d|de) autres?|rien (?:d|de) autres?|une autre)\\b|${WHAT_IS_LEFT.source}`);

/** The words of asking what else there is: with them alone, no need of its own is named. */
const WHAT_ELSE_WORDS: ReadonlySet<string> = new Set(
  ownWordStems('dommage tant pis bon ok okay alors donc sinon du coup quoi autre autres chose aide aides reste rester existe existent il y a ya rien une un qu est ce qui ca mince zut ah'),
);

/** "y a quoi d'autre ?", "il reste quoi alors ?", "d'autres aides ?": what else, and nothing else named. */
const asksOnlyWhatElse = (normalized: string): boolean =>
  SOMETHING_ELSE.test(normalized) && !NOW_OR_INSTEAD.test(normalized) && ownWordStems(normalized).every((w) => WHAT_ELSE_WORDS.has(w));

/** The message asks about today, about a replacement, or about something else for the same need. */
export const asksNowOrInstead = (normalized: string): boolean => NOW_OR_INSTEAD.test(normalized) || SOMETHING_ELSE.test(normalized);

/** The ended aids the last answer was about: the aid shown, or every aid a FAQ answer about ended aids proposes. */
export function endedAidsOfLastAnswer(input: RoutingInput): Aid[] {
  const { lastTopic, lastAid, lastFaq } = input.data;
  const ids = lastTopic === 'aids' && lastAid ? [lastAid] : lastTopic === 'faq' && lastFaq ? [...(input.faqSeeAids?.(lastFaq) ?? [])] : [];
  const aids = ids.map((id) => input.aids.find((a) => a.id === id)).filter((a): a is Aid => a !== undefined);
  return aids.length > 0 && aids.every((a) => aidStatus(a, input.today) === 'ended') ? aids : [];
}

/** The aid that replaces an ended one today, following the chain of replacements (2025 → 2026 hiring aids). */
export function currentSuccessor(input: RoutingInput, aid: Aid): Aid | undefined {
  let next = aid.replaced_by ? input.aids.find((a) => a.id === aid.replaced_by) : undefined;
  for (let hops = 0; next && aidStatus(next, input.today) === 'ended' && hops < input.aids.length; hops++) {
    next = next.replaced_by ? input.aids.find((a) => a.id === next!.replaced_by) : undefined;
  }
  return next && aidStatus(next, input.today) !== 'ended' ? next : undefined;
}

/**
 * "et du coup qui me rembourse le bus maintenant ?", "y a quoi à la place ?" right after an ended aid (its card, or
 * a FAQ answer about ended aids): the question is about today, which the ended record does not answer. In order: the
 * FAQ entry the message's own words lead to clearly (the transport costs), the aid that replaced it, the entries its
 * record names for what exists now; otherwise we say we know nothing current, with the line.
 */
export function endedAidNow(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.inContext || !asksNowOrInstead(u.normalized)) return undefined;
  const ended = endedAidsOfLastAnswer(input);
  if (ended.length === 0) return undefined;
  // A current aid named in the message is that aid's question (the named-aid rule).
  if (u.aid && !ended.some((a) => a.id === u.aid!.id) && aidStatus(input.aids.find((a) => a.id === u.aid!.id) ?? ended[0]!, input.today) !== 'ended') return undefined;
  const readings = readingsOf(u);
  const lead = readings[0];
  const aboutEnded = (id: string): boolean => id === input.data.lastFaq || (input.faqSeeAids?.(id) ?? []).some((a) => ended.some((e) => e.id === a));
  if (lead?.kind === 'faq' && lead.score >= FAQ_ANSWER && isClear(readings) && !aboutEnded(lead.id)) return { kind: 'faq_entry', id: lead.id };
  for (const aid of ended) {
    const successor = currentSuccessor(input, aid);
    if (successor) return { kind: 'aid', id: successor.id };
  }
  // "dommage, et y a quoi d'autre ?", "il reste quoi alors ?": nothing asked but what else there is, for no need of its
  // own (not "autre chose pour payer le permis ?"): the aids that fit the person today, the list of the aids topic.
  if (asksOnlyWhatElse(u.normalized)) return { kind: 'topic', topic: 'aids' };
  const now = ended.flatMap((a) => a.now_see_faq).find((id) => input.hasFaqEntry(id));
  return now ? { kind: 'faq_entry', id: now } : { kind: 'say', key: 'ended_aid_nothing_now' };
}
