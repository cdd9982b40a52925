import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { PersonCondition } from '../../src/knowledge/schema/vocabulary.js';
import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { APPRENTICESHIP_AGE_LIMIT, entryFits, personConditions } from '../support/person-conditions.js';
import type { Profile } from '../support/state.js';
import { namesPlace, TOPIC_OF_INTENT } from './facts.js';
import { topicConfidence } from './topic-confidence.js';
import { payDuringAbsence } from './pay-during-absence.js';
import { holdsDefinedTerm } from './term-held.js';
import { audienceOf, isForSide, speakerSide, topicEntryForSide } from './side.js';
import { AGE_ENTRY_PRIOR, HELD_TERM_PRIOR, OTHER_SIDE_PRIOR, CLEAR_TRADE, UNFIT_ENTRY_PRIOR, DETAIL_EVIDENCE, DISABILITY_ENTRY_PRIOR, FAQ_GUESS, MIN_APPRENTICE_AGE, READING_MARGIN, READING_RATIO, SURE } from './thresholds.js';

/** One way of reading a message, with its probability: a topic to answer, or a FAQ entry. */
export type Reading = { kind: 'topic'; topic: Topic; score: number } | { kind: 'faq'; id: string; score: number };

/**
 * Whether the message itself gives what a topic works with (an age for the pay, a trade and a town for a course):
 * evidence for that topic on top of its words ("combien gagne un apprenti de 19 ans, c'est imposable ?" is the pay).
 */
export function givesDetails(topic: Topic, u: Understanding): boolean {
  const f = u.facts;
  switch (topic) {
    case 'salary':
      // "j'ai 20 ans, c'est trop tard pour un bac pro ?": an age told to ask whether it is too late is the question's
      // subject, not the detail of a pay asked.
      // "on me paie 500 par mois, c'est normal ?": one's own pay told as a figure is compared with the minimum.
      // "j'ai 19 ans, j'ai droit à combien de vacances ?": an age told with a count of something else than money asks
      // that count (the holidays at 19), not the pay at that age.
      return (f.age !== undefined && !TOO_LATE.test(u.normalized) && !COUNT_OF_OTHER.test(u.normalized)) || f.contractYear !== undefined || (u.cues.ownPay && u.payTold !== undefined);
    case 'training':
      return (u.trade !== undefined || f.diplomaType !== undefined) && (namesPlace(u) || u.outside !== undefined);
    case 'trade':
      return u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
    case 'aids':
      // Who is asking is what the aids depend on first: "j'ai un salon et je prends une apprentie, y a des sous ?"
      // says it, and the classifier is sure the question is about aids.
      return f.companySize !== undefined || f.contractConcluded !== undefined || f.disability !== undefined || personaWithAidIntent(u);
    case 'orientation':
      return f.interests.length > 0;
    default:
      return false;
  }
}


/**
 * A precise question the FAQ reads ("quelle couverture sociale pour notre fille apprentie ?") is not the aid list's.
 * Sure of the aids: of the topic, whichever of its two intents leads (topic-confidence.ts).
 */
const personaWithAidIntent = (u: Understanding): boolean =>
  u.facts.persona !== undefined && TOPIC_OF_INTENT.get(u.intent) === 'aids' && topicConfidence(u) >= SURE && (u.faq[0]?.probability ?? 0) < FAQ_GUESS;

/** What the conversation already knows about the person, beyond this message. */
export interface ReadingContext {
  /** Their age, said earlier in the conversation. */
  age?: number;
  /** Whether they said they have a disability (an RQTH), earlier in the conversation. */
  disability?: boolean;
  /** Whether the employer they speak for is public or private, said earlier. */
  employerSector?: Profile['employerSector'];
  /** What they said earlier of their own situation (a resignation, a business to take over…). */
  situations?: Profile['situations'];
  /** Who they said they are (a young person, a parent, an employer), and the register they wrote in, earlier. */
  persona?: Profile['persona'];
  register?: Profile['register'];
}

/**
 * The one place where what the conversation knows becomes the context of a message's readings: the routing table
 * and the waiting questions both read it from here, so that neither forgets a detail the other uses.
 */
export function readingContextOf(profile: Readonly<Profile>): ReadingContext {
  const context: ReadingContext = {};
  if (profile.age !== undefined) context.age = profile.age;
  if (profile.disability !== undefined) context.disability = profile.disability;
  if (profile.employerSector !== undefined) context.employerSector = profile.employerSector;
  if (profile.situations !== undefined) context.situations = profile.situations;
  if (profile.persona !== undefined) context.persona = profile.persona;
  if (profile.register !== undefined) context.register = profile.register;
  return context;
}

/** The words by which a FAQ answer speaks of disability: such an entry is about the situation of a person with an RQTH. */
const SPEAKS_OF_DISABILITY = /\b(?:RQTH|handicap|handicapée?s?)\b/i;

/** What the person's situation, told now or before, does to the readings of FAQ entries. */
interface Situation {
  /** The conditions of the FAQ's entries the person is known to meet. */
  met: ReadonlySet<PersonCondition>;
  /** They told their own case (their age): an exception's "Oui" is then for them only if they said they are in it. */
  ownCaseTold: boolean;
  /** They are past the age limit and ask whether they still may. */
  stillAllowedAsked: boolean;
}

/** The conditions of the FAQ's entries the person meets, from this message and what the conversation knows. */
export function conditionsMet(u: Understanding, context: ReadingContext): Set<PersonCondition> {
  const age = u.facts.age ?? context.age;
  const employerSector = u.facts.employerSector ?? context.employerSector;
  return personConditions({
    ...(age !== undefined ? { age } : {}),
    disability: (u.facts.disability ?? context.disability) === true,
    ...(employerSector ? { employerSector } : {}),
    situations: [...(context.situations ?? []), ...(u.facts.situations ?? [])],
  });
}

/** The person told their own case: their age, in this message or before. */
export function ownCaseTold(u: Understanding, context: ReadingContext): boolean {
  return (u.facts.age ?? context.age) !== undefined;
}

/** Speaks of training as an apprentice or in alternance, or of training at all ("me former"). */
const SPEAKS_OF_TRAINING = /\b(?:apprenti|apprentie|apprentissage|alternance|alternant|alternante|former|formation|contrat)\b/;

/** A question this short that tells an age and asks whether one may names nothing else it could be about. */
const AGE_AND_MAY_MAX_WORDS = 7;

/**
 * "j'ai 32 ans je peux ?", "et à 31 ans c possible ?": an age and whether one may, nothing else (no trade, town,
 * diploma or aid): to a bot on apprenticeship, whether one may still be an apprentice.
 */
function onlyAgeAndMay(u: Understanding): boolean {
  if (u.trade !== undefined || u.commune !== undefined || u.aid !== undefined || u.facts.diplomaType !== undefined) return false;
  return u.facts.age !== undefined && u.normalized.split(' ').length <= AGE_AND_MAY_MAX_WORDS;
}

/**
 * Someone past the age limit asks whether they may still train ("j'ai 38 ans, c'est encore possible de me former en
 * alternance ?"), without asking for a course by its trade and town: the age limit is their question.
 */
export function stillAllowedAsked(u: Understanding, context: ReadingContext): boolean {
  const age = u.facts.age ?? context.age;
  if (age === undefined || age < APPRENTICESHIP_AGE_LIMIT) return false;
  if (!ASKS_IF_STILL_ALLOWED.test(u.normalized) || !(SPEAKS_OF_TRAINING.test(u.normalized) || onlyAgeAndMay(u))) return false;
  return !(givesDetails('training', u) && !ASKS_IF_ALLOWED.test(u.normalized) && !TOO_LATE.test(u.normalized));
}

/** "combien de vacances", "cb de jours", "combien d'heures": a count asked of something else than money. */
const COUNT_OF_OTHER = /\b(?:combien|cb|cmb|cbm) d(?:e|es)? (?!(?:l|le|la) heure\b|euros?\b|argent\b|sous\b|thunes?\b|fric\b|salaire\b|paye\b|paie\b|pourcent\w*\b|pour cent\b|smic\b|brut\b|net\b)[a-z]/;

/** "c'est mort pour l'apprentissage ?", "c'est foutu à mon âge ?", "trop tard ?": whether it is too late is asked. */
const TOO_LATE = /\b(?:mort|fichu|foutu|cuit|grille|trop tard|trop vieux|trop vieille|trop age|trop agee|passe l age)\b/;

/** "je peux ?", "c'est possible ?", "j'ai le droit ?", "trop jeune ?": whether they may is the question. */
const ASKS_IF_ALLOWED = /\b(?:peux|peut|peuvent|pourrai|pourrais|pourrait|pourraient|possible|droit|autorise|autorisee|trop jeune|quel age|age minimum)\b/;

/**
 * "c'est encore possible ?", "trop tard ?", "accessible", "jouable", "qu'est-ce qui existe ?", "c'est mort ?": whether
 * an adult still may, or what is open to them, is the question.
 */
const ASKS_IF_STILL_ALLOWED =
  /\b(?:peux|peut|peuvent|pourrai|pourrais|pourrait|pourraient|possible|droit|autorise|autorisee|encore|trop tard|trop vieux|trop vieille|accessible|ouvert|jouable|faisable|existe|solution|solutions|possibilite|possibilites|options|mort|fichu|foutu|cuit)\b/;

/**
 * How much more likely a FAQ entry is given what the person told: someone below the minimum age of apprenticeship
 * ("j'ai 14 ans et je suis en 4e") who asks about starting asks first whether they may, so the entries on age
 * weigh more than those on dates or paperwork.
 */
function priorOf(entry: FaqEntry, age: number | undefined, disability: boolean, courseAsked: boolean, situation: Situation): number {
  // An entry whose answer is not for this person has already lost most of its probability (probabilitiesFor).
  if (!entryFits(entry, situation.met, situation.ownCaseTold)) return 1;
  // Someone past the age limit who asks whether they still may ("j'ai 38 ans, c'est encore possible ?") asks first
  // about the age limit, as someone under the minimum age does.
  // A disability told is then what decides it (the exception to the limit): the age entry written for it weighs the
  // most, and the other disability entries ("comment obtenir une RQTH ?") no more than their words say.
  if (situation.stillAllowedAsked && !courseAsked) {
    if (entry.category !== 'age') return 1;
    return disability && SPEAKS_OF_DISABILITY.test(entry.answer.vous) ? AGE_ENTRY_PRIOR * DISABILITY_ENTRY_PRIOR : AGE_ENTRY_PRIOR;
  }
  // A young person who gives a trade and a town with their age ("j'ai 15 ans, en 3e à Lisieux, je voudrais faire
  // boulanger") asks where to learn it: their age is part of the story, not the question.
  // An entry with a version written for the under-16s ("commencer à 4 h" at 15) is their rule, as the age entries are.
  const forUnder16 = entry.category === 'age' || entry.answer_when?.some((alt) => alt.when === 'under-16') === true;
  if (forUnder16 && age !== undefined && age < MIN_APPRENTICE_AGE && !courseAsked) return AGE_ENTRY_PRIOR;
  // "j'ai 33 ans et une RQTH": the entry whose answer speaks of the person's disability before the general one.
  return disability && SPEAKS_OF_DISABILITY.test(entry.answer.vous) ? DISABILITY_ENTRY_PRIOR : 1;
}

/**
 * The readings of a message, best first, on one scale: each topic with the probability of its intents, and each
 * FAQ entry with its own. A topic whose details the message gives keeps its probability and gets a little more; a
 * FAQ entry the person's own situation points to (their age, said now or earlier) weighs more.
 */
export function readingsOf(u: Understanding, context: ReadingContext = {}): Reading[] {
  const age = u.facts.age ?? context.age;
  const disability = (u.facts.disability ?? context.disability) === true;
  const asksIfAllowed = ASKS_IF_ALLOWED.test(u.normalized);
  const courseAsked = givesDetails('training', u) && !asksIfAllowed;
  // Someone under the minimum age who asks whether they may ("j'ai 15 ans, je peux faire un CAP boulanger à
  // Lisieux ?"): the trade and the town are what they may or may not do, not a request for places that should
  // outweigh the question — they weigh for the course no more than its words do.
  const mayQuestionUnderAge = asksIfAllowed && age !== undefined && age < MIN_APPRENTICE_AGE;
  const situation: Situation = { met: conditionsMet(u, context), ownCaseTold: ownCaseTold(u, context), stillAllowedAsked: stillAllowedAsked(u, context) };
  const topics = new Map<Topic, number>();
  for (const r of u.ranking) {
    const topic = TOPIC_OF_INTENT.get(r.intent);
    if (topic) topics.set(topic, (topics.get(topic) ?? 0) + r.score);
  }
  // The topics share what the FAQ does not take: a FAQ question is not a topic's request. A topic whose details the
  // message gives ("cap cuisine 27000") is a request whatever the FAQ detector says: it keeps its whole probability.
  // "qui paye ?" asks who bears a cost: not the person's pay, whatever its pay word.
  // "l'opco paye combien pour l'internat ?": what a payer other than the employer pays is not the wage either.
  if (u.cues.whoPays || u.cues.funderPays) topics.delete('salary');
  // "payé pendant l'arrêt maladie ?": the pay in a situation away from work is that situation's entry (pay-during-absence.ts).
  if (payDuringAbsence(u)) topics.delete('salary');
  const readings: Reading[] = [...topics].map(([topic, score]) => ({
    kind: 'topic',
    topic,
    score: givesDetails(topic, u) && !(topic === 'training' && mayQuestionUnderAge) ? score + DETAIL_EVIDENCE : score * (1 - u.faqness),
  }));
  const probability = probabilitiesFor(u.faq, situation);
  for (const hit of u.faq) {
    // The FAQ's general version of a topic ("le salaire d'un apprenti, c'est calculé comment ?") counts for the topic.
    const owner = hit.entry.topic ? readings.find((r) => r.kind === 'topic' && r.topic === hit.entry.topic) : undefined;
    if (owner) owner.score += hit.probability;
    else if (hit.entry.topic) readings.push({ kind: 'topic', topic: hit.entry.topic, score: hit.probability });
    else {
      const held = holdsDefinedTerm(hit.entry, u.normalized) ? HELD_TERM_PRIOR : 1;
      readings.push({ kind: 'faq', id: hit.entry.id, score: (probability.get(hit.entry.id) ?? hit.probability) * priorOf(hit.entry, age, disability, courseAsked, situation) * held });
    }
  }
  forTheSpeakersSide(readings, u, context);
  return readings.sort((a, b) => b.score - a.score);
}

/**
 * The same question has one answer per side ("qui paie l'école ?": nothing for the apprentice, the OPCO for the
 * employer): a reading written for another side than the speaker's keeps only its other-side share and passes the
 * rest to the best FAQ entry written for the speaker's side among the message's hits (or, failing one, to the best
 * reading written for everyone). With neither, the reading keeps its score: it is then the only answer found.
 */
function forTheSpeakersSide(readings: Reading[], u: Understanding, context: ReadingContext): void {
  const side = speakerSide(u, context);
  if (side === undefined) return;
  const entries = new Map(u.faq.map((h) => [h.entry.id, h.entry]));
  const audience = (r: Reading) => {
    if (r.kind === 'topic') return audienceOf(r);
    const entry = entries.get(r.id);
    return entry ? audienceOf({ kind: 'faq', entry }) : undefined;
  };
  // The heir: an entry written for this side first; else the topic's counterpart for this side; else the best reading
  // written for everyone ("étudiant, quelles aides ?" from a young person: the aids, not the employer's steps to claim
  // the hiring aid).
  const best = (fits: (r: Reading) => boolean) => readings.filter(fits).sort((a, b) => b.score - a.score)[0];
  const lead = readings.reduce<Reading | undefined>((top, r) => (top === undefined || r.score > top.score ? r : top), undefined);
  let heir = best((r) => r.kind === 'faq' && audience(r)?.includes(side) === true);
  if (!heir) {
    // A topic whose answer is the other side's has its counterpart for this side in the FAQ, even unmatched.
    const id = lead?.kind === 'topic' && !isForSide(audience(lead), side) ? topicEntryForSide(lead.topic, side) : undefined;
    if (id !== undefined) {
      heir = { kind: 'faq', id, score: 0 };
      readings.push(heir);
    }
  }
  // Only a FAQ entry written for the other side leading calls for it: a topic leading is answered for every side.
  if (lead?.kind === 'faq' && !isForSide(audience(lead), side)) heir ??= best((r) => audience(r) === undefined && r.score > 0);
  if (!heir) return;
  for (const r of readings) {
    if (isForSide(audience(r), side)) continue;
    const passed = r.score * (1 - OTHER_SIDE_PRIOR);
    r.score -= passed;
    heir.score += passed;
  }
}

/**
 * The probability of each FAQ hit once the person's conditions are checked: an entry whose answer is not for this
 * person (an exception's "Oui" to someone who has not said they are in it, "Oui, jusqu'à 29 ans" to someone of 38;
 * the conditions are the entry's own, in faq.yaml) keeps only its unfit share, and passes the rest to the best
 * fitting entry of the same category. The matcher
 * read the kind of question right ("à 41 ans, je peux encore ?" is about the age limit); the conditions choose the
 * version (the general rule, not the RQTH's "Oui").
 */
function probabilitiesFor(hits: Understanding['faq'], { met, ownCaseTold }: Situation): Map<string, number> {
  const probability = new Map(hits.map((h) => [h.entry.id, h.probability]));
  for (const hit of hits) {
    if (hit.entry.topic || entryFits(hit.entry, met, ownCaseTold)) continue;
    const heir = hits.find((h) => h !== hit && !h.entry.topic && h.entry.category === hit.entry.category && entryFits(h.entry, met, ownCaseTold));
    const passed = hit.probability * (1 - UNFIT_ENTRY_PRIOR);
    probability.set(hit.entry.id, hit.probability - passed);
    if (heir) probability.set(heir.entry.id, (probability.get(heir.entry.id) ?? 0) + passed);
  }
  return probability;
}

/** Whether the best reading stands clear of the next one (by a margin, or by a ratio for small scores). */
export function isClear(readings: readonly Reading[]): boolean {
  const [first, second] = readings;
  if (!first) return false;
  if (!second) return true;
  return first.score - second.score >= READING_MARGIN || first.score >= second.score * READING_RATIO;
}
