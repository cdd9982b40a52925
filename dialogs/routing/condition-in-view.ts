import { tokenize } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { ownWordStems } from '../support/answer-words.js';
import { asksWhoHandles } from '../support/who-handles.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { EXACT_TRADE } from './thresholds.js';

/**
 * A requirement asked (normalised text): "il doit être majeur ?", "faut-il de l'expérience ?", "elle doit avoir un
 * diplôme ?", "c'est obligatoire qu'il soit volontaire ?", "y a besoin d'un diplôme ?".
 */
const REQUIREMENT = /\b(?:doit|doivent|dois|devra|faut|faudrait|faudra|oblige|obligee|obligatoire|besoin|necessaire|exige|exigee|requis|requise)\b/;
/** An age asked as a condition: "faut qu'il ait quel âge ?", "il doit avoir quel âge minimum ?", "à partir de quel âge ?". */
const AGE_ASKED = /\bquel (?:age|ages)\b|\bcombien d ans\b|\bage (?:min|mini|minimum|requis|minimal)\b/;
/** The words an answer states an age condition with. */
const AGE_CONDITION_STEMS = ['majeur', 'mineur', 'age'].map(stem);
/** Words that only ask a requirement, not what is required. */
const ASKING_STEMS: ReadonlySet<string> = new Set(
  'doit doivent dois devra faut faudrait faudra oblige obligee obligatoire besoin necessaire exige exigee requis requise avoir etre ait soit quel quelle age ages minimum min mini minimal combien ans partir forcement absolument vraiment'.split(' ').map(stem),
);
/** A condition is asked in few words: "il doit être majeur ?", "faut qu'il ait de l'expérience ?". */
const CONDITION_MAX_WORDS = 9;

/**
 * "il doit être majeur ?", "faut qu'il ait quel âge ?", "faut-il de l'expérience ?" right after the answer that says
 * who the maître d'apprentissage (or any person, or thing) is: a condition of what that answer is about, whose words
 * it writes (its age of majority, its experience, its diploma). That answer again, led by the sentence stating the
 * condition (the focus), not the pay grid an age reads, the fallback a pronoun alone gets, nor "not covered". A word
 * the answer does not write (a condition it does not state) is left to the other rules, which say so honestly.
 */
export function conditionInView(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return undefined;
  if ((u.trade && u.trade.score >= EXACT_TRADE) || namesPlace(u) || u.outside || u.aid !== undefined) return undefined;
  if (tokenize(u.normalized).length > CONDITION_MAX_WORDS || !REQUIREMENT.test(u.normalized)) return undefined;
  // "à qui dois-je m'adresser ?": "dois" asks whom to turn to, not a condition; the organisation the answer names does.
  if (asksWhoHandles(u.normalized)) return undefined;
  // An age told ("j'ai 17 ans, il faut être majeur ?") is a case of the person's own: the rules for an age answer it.
  if (u.facts.age !== undefined || u.cues.hypothetical) return undefined;
  // Both registers' words: the vous answer may state a condition the tu one leaves out.
  const stems = input.faqStems?.(data.lastFaq) ?? input.lastAnswerStems;
  if (!stems) return undefined;
  const own = ownWordStems(u.normalized).filter((w) => !ASKING_STEMS.has(w));
  const ageAsked = AGE_ASKED.test(u.normalized);
  const ageStated = AGE_CONDITION_STEMS.filter((w) => stems.has(w));
  if (ageAsked && ageStated.length === 0) return undefined;
  if (!ageAsked && own.length === 0) return undefined;
  if (!own.every((w) => stems.has(w))) return undefined;
  return { kind: 'faq_entry', id: data.lastFaq, focus: [...own, ...(ageAsked ? ageStated : [])] };
}
