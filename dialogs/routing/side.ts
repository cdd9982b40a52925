import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { SIDE_OF_PERSONA, type Persona, type Register, type Side, type Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * The sides the answers of the topics are written for, where it matters: the card to find an employer tells a young
 * person (or their family) where to look for a company; an employer looking for an apprentice needs the other side's.
 * The FAQ's entries say theirs in faq.yaml (`audience`).
 */
const TOPIC_AUDIENCE: Partial<Record<Topic, readonly Side[]>> = { find_employer: ['apprenti', 'famille'] };

/**
 * The FAQ entry that answers a topic's question for the other side, when the message's own hits hold none: an
 * employer looking for an apprentice ("je cherche un jeune pour ma boulangerie") gets the steps to recruit one.
 */
const TOPIC_FOR_SIDE: Partial<Record<Topic, Partial<Record<Side, string>>>> = { find_employer: { employeur: 'employeur-demarches' } };

/** The FAQ entry answering this topic for this side, if the topic's own answer is not for it. */
export function topicEntryForSide(topic: Topic, side: Side): string | undefined {
  return TOPIC_FOR_SIDE[topic]?.[side];
}

/** The sides an answer is written for; undefined when it is for everyone. */
export function audienceOf(answer: { kind: 'topic'; topic: Topic } | { kind: 'faq'; entry: FaqEntry }): readonly Side[] | undefined {
  const sides = answer.kind === 'topic' ? TOPIC_AUDIENCE[answer.topic] : answer.entry.audience;
  return sides === undefined || sides.includes('tous') ? undefined : sides;
}

/** Whether an answer written for these sides is for someone speaking from this side (unknown side: for everyone). */
export function isForSide(audience: readonly Side[] | undefined, side: Side | undefined): boolean {
  return audience === undefined || side === undefined || audience.includes(side);
}

/** "moi", "je", "ma formation", "mon école": the person speaks of their own case. */
const OF_THEMSELF = /\b(?:je|moi|me|ma|mon|mes)\b/;
/** "l'apprenti", "un alternant", "le jeune", "son apprentie": the person speaks of an apprentice, not as one. */
const OF_AN_APPRENTICE = /\b(?:le|la|l|un|une|son|sa|ce|cet|cette|notre|nos|les|des) (?:apprenti|apprentie|apprentis|apprenties|alternant|alternante|alternants|jeune|jeunes)\b/;

/**
 * "je peux le virer ?", "puis-je le licencier ?", "je peux m'en séparer ?", "nous séparer de notre apprentie": the
 * person ends someone else's contract, which only the employer does.
 */
const ENDS_ANOTHERS_CONTRACT = /\b(?:(?:je|nous|on|puis je|pouvons nous|peut on)(?: (?:peux|peut|pouvons|pourrais|pourrait|veux|voudrais|voulons|vais|va|dois|devons|compte|ne|pas)){0,2} (?:le|la|l) (?:virer|licencier|renvoyer|congedier)|(?:je|nous|on|puis je|pouvons nous|peut on)(?: (?:peux|peut|pouvons|pourrais|pourrait|veux|voudrais|voulons|vais|va|dois|devons|compte|ne|pas)){0,2} (?:rompre|resilier|casser|arreter|mettre fin a) (?:son|leur) contrat|(?:me|nous) en separer|(?:me|nous) separer (?:de|d) (?:mon|ma|notre|nos|le|la|l|un|une|cet|cette|ce) ?(?:apprenti|apprentie|alternant|alternante|jeune|salarie|salariee))\b/;

/** "elle est chez nous depuis 5 mois", "il travaille chez nous": someone works for the speaker's business. */
const WORKS_FOR_US = /\b(?:il|elle|ils|elles) (?:est|sont|travaille|travaillent|bosse|bossent) chez nous depuis\b/;

/**
 * The side the person speaks from: the persona they showed (in this message first, an employer's "mon apprenti"
 * winning over a `tu`), an employer's own act of ending someone's contract, else a person who writes of their own case ("c'est à moi de payer ?") without a `vous` and
 * without speaking of an apprentice is the young person the bot is first for. An adviser speaks from no side.
 */
export function speakerSide(u: Understanding, known: { persona?: Persona | undefined; register?: Register | undefined }): Side | undefined {
  const persona = u.facts.persona ?? known.persona;
  if (persona !== undefined) return SIDE_OF_PERSONA[persona];
  if (ENDS_ANOTHERS_CONTRACT.test(u.normalized) || WORKS_FOR_US.test(u.normalized)) return 'employeur';
  if ((u.facts.register ?? known.register) === 'vous') return undefined;
  return OF_THEMSELF.test(u.normalized) && !OF_AN_APPRENTICE.test(u.normalized) ? 'apprenti' : undefined;
}
