import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE, FAQ_GUESS } from './thresholds.js';

/**
 * Review 19, J4: "jai 22 ans la mission locale ça me concerne ?" got "my sources do not cover this", though the
 * Mission Locale's entry says 16 to 25. "Does it concern me?" with an age told, about an entry whose answer gives ONE
 * age range ("de 16 à 25 ans", "entre 16 et 25 ans"): the age checked against that range, yes or no first, then the
 * entry. The entry is the term the message names (its definition), else the one the matcher reads as a guess worth
 * giving, else the one just shown.
 */

/** "ça me concerne ?", "c'est pour moi ?", "j'y ai droit ?", "je peux y aller ?", "ça marche pour lui ?". */
const CONCERNS =
  /\b(?:concerne|concernee?s?|concernes|c est pour|ce est pour|y ai droit|y a droit|ai je droit|j ai droit|je peux (?:y )?aller|on peut (?:y )?aller|il peut (?:y )?aller|elle peut (?:y )?aller|je peux m y inscrire|ca marche pour|ca s applique|je rentre dedans|eligible|eligibles|elligible)\b/;
/**
 * A question of what, how much or how ("quelles aides pour moi ?", "combien j'ai droit ?"): asks for the things, not
 * whether one is in the range ("quelles aides pour moi" is no "does it concern me"; integration, aids-status-round12).
 */
const WHAT_ASKED = /\b(?:quel|quelle|quels|quelles|combien|comment|lesquel\w*|quoi|koi)\b/;
/** One age range written: "de 16 à 25 ans", "entre 16 et 25 ans", "des 16-25 ans". */
const RANGE = /\b(?:de|entre|des|les) (\d{2}) ?(?:a|et|-) ?(\d{2}) ans\b/g;

/** The one age range an entry's answer gives, if it gives exactly one. */
export function ageRangeOf(entry: FaqEntry): { min: number; max: number } | undefined {
  const ranges = new Set<string>();
  for (const text of [entry.answer.tu, entry.answer.vous]) {
    for (const m of normalize(text).matchAll(RANGE)) {
      const min = Number(m[1]);
      const max = Number(m[2]);
      if (min < max && max <= 99) ranges.add(`${min}-${max}`);
    }
  }
  if (ranges.size !== 1) return undefined;
  const [min, max] = [...ranges][0]!.split('-').map(Number) as [number, number];
  return { min, max };
}

function entryAsked(input: RoutingInput): FaqEntry | undefined {
  const u = input.understanding;
  const named = u.definedTerm?.entryId;
  if (named !== undefined) return input.faqEntry?.(named);
  const read = u.faq[0];
  if (read && read.probability >= FAQ_GUESS) return input.faqEntry?.(read.entry.id) ?? read.entry;
  return input.data.lastTopic === 'faq' && input.data.lastFaq ? input.faqEntry?.(input.data.lastFaq) : undefined;
}

/**
 * Round 30 (blind-36 con-mission-locale): after the nearest Mission Locale asked (a contact's card, no FAQ entry in
 * view), "j'ai 27 ans ça me concerne ?" is asked of that organisation: the entry defining the term the last question
 * named ("mission locale"), which writes its age range.
 */
function entryDefiningOfficeAsked(input: RoutingInput): FaqEntry | undefined {
  const asked = input.data.lastQuestion;
  if (asked === undefined) return undefined;
  const last = ` ${normalize(asked)} `;
  return input.faqEntries?.().find((e) => ageRangeOf(e) !== undefined && (e.defines ?? []).some((t) => last.includes(` ${normalize(t)} `) || last.includes(` ${normalize(t)}s `)));
}

/** The entry led by "yes, that age is in its range" or "no, it is outside", when the message asks that of it. */
export function ageInEntryRange(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  const age = u.facts.age;
  if (u.kind !== 'text' || age === undefined || u.facts.ageOfAdultRelative || !CONCERNS.test(u.normalized) || WHAT_ASKED.test(u.normalized)) return undefined;
  if (u.aid !== undefined) return undefined;
  const read = entryAsked(input);
  // The entry read gives no range: the organisation whose card was just shown may (entryDefiningOfficeAsked).
  const entry = read && ageRangeOf(read) ? read : input.data.lastTopic === 'contact' ? entryDefiningOfficeAsked(input) : read;
  const range = entry ? ageRangeOf(entry) : undefined;
  if (!entry || !range) return undefined;
  // A trade read clearly is a question of its own, unless its words are the term the entry defines ("mission locale",
  // which a trade's title "directeur de mission locale" holds).
  const termNamed = (entry.defines ?? []).some((t) => ` ${u.normalized} `.includes(` ${normalize(t)} `));
  if (u.trade && u.trade.score >= CLEAR_TRADE && !termNamed) return undefined;
  const inside = age >= range.min && age <= range.max;
  // Past the range, the person is told who can say who helps at their age (the free line), not only "no".
  const key = inside ? 'faq.age_in_range' : age > range.max ? 'faq.age_above_range' : 'faq.age_out_of_range';
  return { kind: 'faq_entry', id: entry.id, lead: { key, values: { age, min: range.min, max: range.max } } };
}
