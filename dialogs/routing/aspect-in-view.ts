import { firstForSide } from './side-choice.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { aspectAsked, PUBLIC_EMPLOYER, type Aspect } from '../../src/nlu/aspect.js';
import { aidStatus } from '../../src/rules/aids.js';
import { normalize } from '../../src/text/normalize.js';
import { partKeys } from '../support/answer-parts.js';
import { ownWordStems } from '../support/answer-words.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { afterLastAnswer } from './after-last-answer.js';
import { answerBoundInDays, durationsToldInDays } from './duration-past-bound.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { EXACT_TRADE } from './thresholds.js';

/**
 * ONE resolver for a short follow-up that asks an aspect of the thing just answered: the ASPECT is read from the
 * message's words (src/nlu/aspect.ts), the THING from the conversation (the aid or the FAQ entry shown last), and the
 * answer comes from the thing's own fields: an aid's dates, a FAQ entry's `after` and `details`, the ages its answer
 * writes, the aids it proposes (`see_aids`). When the thing holds no such field, the message is left to the other
 * rules, which say honestly that it is not covered; never the same answer repeated for a question it does not answer.
 */

/** The thing a follow-up points at, from the conversation state. */
type ThingInView = { kind: 'aid'; aid: Aid } | { kind: 'faq'; entry: FaqEntry };

export function thingInView(input: RoutingInput): ThingInView | undefined {
  const { data } = input;
  if (data.lastTopic === 'aids' && data.lastAid) {
    const aid = input.aids.find((a) => a.id === data.lastAid);
    return aid ? { kind: 'aid', aid } : undefined;
  }
  if (data.lastTopic === 'faq' && data.lastFaq) {
    const entry = input.faqEntry?.(data.lastFaq);
    return entry ? { kind: 'faq', entry } : undefined;
  }
  return undefined;
}

/** A year written in a text ("plan 2016-2021", "depuis le 1er janvier 2026"). */
const YEAR = /\b(?:19|20)\d\d\b/;

/** Every sentence of an aid's own text, both registers: its summary, the notes of its amounts, its dates note. */
function aidSentences(aid: Aid): string[] {
  return [...sentencesOf(aid.summary.tu), ...sentencesOf(aid.summary.vous), ...aid.amount.flatMap((a) => (a.note ? sentencesOf(a.note) : [])), ...(aid.dates_note ? sentencesOf(aid.dates_note) : [])];
}

/**
 * When an aid ran: its card led by the sentence of its own text that dates it (its dates note, or its summary's
 * "plan 2016-2021"); a record whose text dates nothing leaves the message to the other rules.
 */
function datesOfAid(aid: Aid): Route | undefined {
  const dated = aidSentences(aid).find((s) => YEAR.test(s));
  return dated ? { kind: 'aid', id: aid.id, focus: [...partKeys(normalize(dated))] } : undefined;
}

/** A number said in words or digits, as the records write lengths ("deux ans", "six mois", "11 versements"). */
const NUMBER = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre)';
/** A length stated by an aid's text: "pendant deux ans de formation", "pour la première année du contrat", "par année". */
const LENGTH_GIVEN = new RegExp(`\\b(?:pendant|durant|sur) (?:${NUMBER} |les |la |toute la )?(?:ans?|annees?|mois|semaines?)\\b|\\bpendant ${NUMBER}\\b|\\b(?:premiere|1re|1ere) annee\\b|\\bpar annee\\b|\\b${NUMBER} (?:ans?|annees?|mois) de (?:formation|contrat)\\b`);
/** A delay stated by an aid's text: "au plus tard six mois après sa signature", "dans les 3 mois", "avant le début". */
const DELAY_GIVEN = new RegExp(`\\bau plus tard\\b|\\bdelais?\\b|\\bdans les ${NUMBER} (?:jours|mois)\\b|\\b${NUMBER} (?:jours|mois) (?:apres|avant|suivant)\\b`);

/**
 * "pendant combien de temps ?" after Mobili-Jeune, "dans quel délai ?" after the hiring aid (formerly
 * aid-length-asked.ts): the records write these in words ("deux ans de formation au plus", "au plus tard six mois après
 * sa signature"), which the figure-only readings of a delay miss: the card led by the sentence of its text that states
 * it, not the amounts again. A record that states none gets the honest "not covered", never the same card for a
 * question it does not answer. A detail of the case told with it ("combien de temps à 17 ans ?") changes the question.
 */
function lengthOfAid(input: RoutingInput, aid: Aid, aspect: 'duration' | 'delay'): Route | undefined {
  const { facts } = input.understanding;
  if (facts.contractYear !== undefined || facts.companySize !== undefined) return undefined;
  const texts = [...sentencesOf(aid.summary.tu), ...sentencesOf(aid.summary.vous), ...aid.amount.flatMap((a) => (a.note ? sentencesOf(a.note) : [])), ...aid.other_conditions, ...(aid.dates_note ? sentencesOf(aid.dates_note) : [])];
  const stated = texts.find((s) => (aspect === 'delay' ? DELAY_GIVEN : LENGTH_GIVEN).test(normalize(s)));
  if (!stated) return { kind: 'say', key: 'not_covered' };
  return { kind: 'aid', id: aid.id, focus: [...partKeys(normalize(stated))] };
}

/** A sentence that opens the next phase of a rule: "Après, …", "Ensuite, …", "Au-delà, …". */
const NEXT_PHASE_SENTENCE = /^(?:apres|ensuite|au dela|passe ce delai|une fois)\b/;

const opensNextPhase = (entry: FaqEntry): string | undefined => [...sentencesOf(entry.answer.tu), ...sentencesOf(entry.answer.vous)].find((s) => NEXT_PHASE_SENTENCE.test(normalize(s)));

/**
 * What comes once the span of a rule is over ("et après les 45 jours ?" after the trial period): the entry written to
 * be read next (`after`), led by its sentence on that phase; else the answer's own sentence that opens it; else a
 * related entry that opens it.
 */
function nextPhaseOf(input: RoutingInput, entry: FaqEntry): Route | undefined {
  // "et après 6 semaines ?" after the 45 first days: a duration told still inside the span is that span's case, which
  // the rules comparing durations with the bound answer (duration-past-bound.ts); "après 45 j" is past it.
  const bound = answerBoundInDays(entry.answer.tu);
  const told = durationsToldInDays(input.understanding.normalized);
  if (bound !== undefined && told.length > 0 && told.every((days) => days < bound)) return undefined;
  const entries = (ids: readonly string[]): FaqEntry[] => ids.filter((id) => input.hasFaqEntry(id)).flatMap((id) => input.faqEntry?.(id) ?? []);
  // Round 32: the next phase for the speaker's side (the employer's rupture after the trial period, not the apprentice's).
  const next = firstForSide(input, entries(entry.after ?? []));
  if (next) {
    const sentence = opensNextPhase(next);
    return { kind: 'faq_entry', id: next.id, ...(sentence ? { focus: [...partKeys(normalize(sentence))] } : {}) };
  }
  const own = opensNextPhase(entry);
  if (own) return { kind: 'faq_entry', id: entry.id, focus: [...partKeys(normalize(own))] };
  const related = entries(entry.related).find((e) => opensNextPhase(e) !== undefined);
  return related ? { kind: 'faq_entry', id: related.id, focus: [...partKeys(normalize(opensNextPhase(related)!))] } : undefined;
}

/**
 * "ça veut dire quoi concrètement ?" after a FAQ answer: its longer explanation (`details`) when it has one, led by
 * it; else the entry written as what it leads to in practice (`after`: the trial period → breaking the contract);
 * else that answer's own sentences past the first, which the person has not read as the message.
 */
function meaningOf(input: RoutingInput, entry: FaqEntry): Route | undefined {
  if (entry.details) return { kind: 'faq_entry', id: entry.id, focus: [...partKeys(normalize(sentencesOf(entry.details.tu)[0] ?? ''))] };
  const next = (entry.after ?? []).find((id) => input.hasFaqEntry(id));
  if (next) return { kind: 'faq_entry', id: next };
  const second = sentencesOf(entry.answer.tu)[1];
  return second ? { kind: 'faq_entry', id: entry.id, focus: [...partKeys(normalize(second))] } : undefined;
}

/** Words of an entry's id too common to tie it to an aid ("obtenir", "contrat", "apprenti"). */
const GENERIC_ID_WORDS: ReadonlySet<string> = new Set(ownWordStems('apprenti apprentis apprentissage contrat aide aides employeur embauche obtenir demander comment quand combien duree age jeune jeunes'));

/**
 * "et pour mon patron, y a une aide ?" after the RQTH answer: the employer's aid for the same case, current, for
 * employers, of the sector meant (private unless a public employer is said): among the aids the entry in view proposes
 * (`see_aids`), else among those whose title or key phrases share the subject word of the entry's id ("handicap").
 * Exactly one, else the other rules read it (the employers' aids list).
 */
function employerSideOf(input: RoutingInput, entry: FaqEntry): Route | undefined {
  const sector = PUBLIC_EMPLOYER.test(input.understanding.normalized) ? 'public' : 'prive';
  const forEmployer = (a: Aid): boolean =>
    a.who.includes('employeur') && aidStatus(a, input.today) !== 'ended' && (a.conditions.employer_sector === undefined || a.conditions.employer_sector.includes(sector));
  const proposed = input.aids.filter((a) => entry.see_aids.includes(a.id) && forEmployer(a));
  if (proposed.length > 0) return proposed.length === 1 ? { kind: 'aid', id: proposed[0]!.id } : undefined;
  const subject = ownWordStems(entry.id.replace(/-/g, ' ')).filter((w) => w.length >= 4 && !GENERIC_ID_WORDS.has(w));
  if (subject.length === 0) return undefined;
  // Stems of one word family may differ by an ending ("handicap", "handicapé"): one opens the other.
  const shares = (a: Aid): boolean => {
    const stems = [a.title, ...(a.keywords ?? [])].flatMap((k) => ownWordStems(normalize(k)));
    return subject.some((w) => stems.some((s) => s.startsWith(w) || w.startsWith(s.length >= 5 ? s : `${s} `)));
  };
  const sharing = input.aids.filter((a) => forEmployer(a) && shares(a));
  return sharing.length === 1 ? { kind: 'aid', id: sharing[0]!.id } : undefined;
}

/** The ages an answer says its service is for: "entre 16 et 25 ans", "de 16 à 25 ans" (normalised). */
const AGE_RANGE = /\b(?:entre|de) (\d{2}) (?:et|a) (\d{2}) ans\b/;
/** Where to go, whom to see: "je vais où ?", "je m'adresse à qui ?", "je fais comment alors ?". */
const WHERE_TO_GO = /\b(?:ou|qui|vers qui|quoi faire|je fais comment|comment je fais|on fait comment|je m adresse|je dois aller)\b/;
/** The public employment service: it takes in job seekers of every age, past the young people's services. */
const SERVICE_FOR_EVERY_AGE = 'france-travail';
const PAST_RANGE_MAX_WORDS = 14;

/**
 * "j'ai 27 ans, ça marche pas alors ?", "en fait j'ai 27 ans, je vais où ?" after the Mission Locale's answer (16 to 25):
 * the age told is past the ages that answer's service takes. Not the pay at that age (what an age alone reads), nor the
 * same card: the service that takes job seekers at any age, France Travail, with its card (and the free line).
 */
function pastAgeRangeOf(input: RoutingInput, entry: FaqEntry, aspect: Aspect | undefined): Route | undefined {
  const u = input.understanding;
  const age = u.facts.age;
  if (age === undefined || u.normalized.split(' ').length > PAST_RANGE_MAX_WORDS) return undefined;
  if (aspect !== 'still_for_me' && !WHERE_TO_GO.test(u.normalized)) return undefined;
  const range = AGE_RANGE.exec(normalize(entry.answer.vous)) ?? AGE_RANGE.exec(normalize(entry.answer.tu));
  if (!range || age <= Number(range[2])) return undefined;
  return { kind: 'contact_card', id: SERVICE_FOR_EVERY_AGE };
}

/** One item of the last list pointed at by its words: "et celle pour le logement ?", "celui du permis ça marche comment ?". */
const ITEM_POINTED = /\b(?:celle|celui|celles|ceux|cel|l aide|la prime|le truc|la|le) (?:pour|du|de la|de l|de|sur|avec|qui|ki|des)\b/;
/** Words that point at the item or ask an aspect of it, never the need it is picked by. */
const POINTING: ReadonlySet<string> = new Set(
  ownWordStems(
    'et pour niveau cote question se precisement surtout plutot mon ma mes ton ta celle celui celles ceux cel du de des la le les sur avec qui ki aide aides prime truc ca sa cela marche marcher fonctionne comment quoi combien quand ou ' +
      'demande demander obtenir avoir toucher touche faire fait faut on je tu vous il elle me te moi explique expliquer detail details plus precisement exactement alors aussi donc stp svp c est ce cest',
  ),
);

/**
 * "et celle pour le logement, ça marche comment ?", "et pour le loyer ?" right after a list of aids: the item the person picks by its words,
 * among the aids the list named (else among the current aids), whose own key phrases (`keywords`) say every word of
 * the need once the pointing and aspect words are set aside. Exactly one, else the other rules read it.
 */
function itemOfList(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (data.lastTopic !== 'aids' || data.lastAid !== undefined || u.aid !== undefined) return undefined;
  // Pointed at ("celle pour …") or said as a follow-up ("et pour le loyer ?", the follow-up cue).
  if (!(ITEM_POINTED.test(u.normalized) || u.cues.followUp) || u.normalized.split(' ').length > 14) return undefined;
  if (u.commune || u.outside) return undefined;
  const need = ownWordStems(u.normalized).filter((w) => !POINTING.has(w));
  if (need.length === 0 || need.length > 2) return undefined;
  const says = (aid: Aid): boolean => {
    const stems = new Set([...(aid.keywords ?? []), aid.title].flatMap((k) => ownWordStems(normalize(k))));
    return need.every((w) => stems.has(w));
  };
  const current = input.aids.filter((a) => aidStatus(a, input.today) !== 'ended');
  const listed = current.filter((a) => data.lastAidList?.includes(a.id));
  const saying = listed.filter(says);
  const picked = saying.length > 0 ? saying : current.filter(says);
  return picked.length === 1 ? { kind: 'aid', id: picked[0]!.id } : undefined;
}

/** The route for the aspect asked of the thing in view, from the thing's own fields; undefined when it holds none. */
export function aspectInView(input: RoutingInput): Route | undefined {
  const { understanding: u } = input;
  // Only a trade named exactly is a subject of its own here: "sur combien de mois" is one letter from "bois".
  if (u.kind !== 'text' || (u.trade && u.trade.score >= EXACT_TRADE) || namesPlace(u) || u.outside) return undefined;
  const thing = thingInView(input);
  if (!thing) return itemOfList(input);
  // Another aid named is a question of its own (the named-aid rules).
  if (u.aid && !(thing.kind === 'aid' && u.aid.id === thing.aid.id)) return undefined;
  const aspect = aspectAsked(u.normalized);
  if (thing.kind === 'faq') {
    const pastRange = pastAgeRangeOf(input, thing.entry, aspect);
    if (pastRange) return pastRange;
  }
  if (aspect === undefined || u.facts.age !== undefined) return undefined;
  switch (aspect) {
    case 'dates':
      return thing.kind === 'aid' ? datesOfAid(thing.aid) : undefined;
    case 'next_phase':
      // The span named back ("après ces jours-là", "et après, il peut me virer ?") is after-last-answer.ts's, which
      // picks among the entries for what comes after by the message's words: left to it.
      if (thing.kind !== 'faq' || afterLastAnswer(input) !== undefined) return undefined;
      return nextPhaseOf(input, thing.entry);
    case 'meaning':
      return thing.kind === 'faq' ? meaningOf(input, thing.entry) : undefined;
    case 'duration':
    case 'delay':
      return thing.kind === 'aid' ? lengthOfAid(input, thing.aid, aspect) : undefined;
    case 'employer_side':
      return thing.kind === 'faq' ? employerSideOf(input, thing.entry) : undefined;
    default:
      return undefined;
  }
}
