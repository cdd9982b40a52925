/**
 * The part of the routing table that follows the topic intents and the FAQ questions, each with the readings that
 * correct it (rules.ts spreads it in its place, after the cases read before any intent). Order matters: the first
 * rule whose `when` holds decides.
 */
import type { RouteRule } from './route.js';
import { clearTrade, fieldNamedNoTrade, otherTopicIsSure, namedTradeAndTown, namesCourseWord, tradeAndTownAsked } from './trade-asked.js';
import { tradeTrainingAsked } from './trade-training-asked.js';
import { namesPlace, aidWordTiesWithPay, nothingToSearch } from './facts.js';
import { to, topic } from './route-to.js';
import { faqLeadIsPartial, leadTopic, fittingFaqLeads, faqAnswer, fittingAgeEntryLeading, readings, faqOverSlotQuestion } from './lead-reading.js';
import { BARE_DETAIL_MAX_WORDS, FAQ_GUESS, FAQ_COURSE } from './thresholds.js';
import { asksAidsBesideCourse, stepsWithTheirAids } from './aids-asked.js';
import { aidWordOnlyInTradeName } from './trade-aid-word.js';
import { PAY_WITHHELD } from './pay-asked.js';
import { payAskedWithCase } from './pay-over-case.js';
import { stillAllowedAsked, readingContextOf } from './readings.js';
import { AGE_LIMIT_FAQ_ID } from '../support/person-conditions.js';
import { minimumAgeAsked, MIN_AGE_ENTRY, upperAgeAsked } from './age-case-asked.js';
import { employerCostAsked, trainingCostBesideLead, trainingCostEntry } from './cost-asked.js';
import { fieldOnlyAsContext } from './field-in-question.js';
import { helpingPeopleNotAid } from './helping-people.js';

/** FAQ questions and the topic intents, each with the readings that correct it. */
export const INTENT_RULES: readonly RouteRule[] = [
  {
    // "opticienne c quel bac pro ?", "coiffeuse c koi comme diplome": which diplomas lead to the trade named, not yet
    // where, nor what a diploma is in general: the trade's answer lists them.
    name: 'which-diploma',
    when: ({ understanding: u }) => u.cues.whichDiploma && (clearTrade(u) || tradeTrainingAsked(u)) && !namesPlace(u) && !u.outside,
    route: to('trade'),
  },
  {
    // "mécanicien auto en alternance c'est où ?": where the trade is taught, not what it is; the course search
    // answers first (its courses, where in Normandy) and then asks the town.
    name: 'where-trade-taught',
    when: ({ understanding: u }) => u.cues.whereToLearn && clearTrade(u) && !namesPlace(u) && !otherTopicIsSure(u),
    route: to('training'),
  },
  {
    // A trade and a town named, and a FAQ entry that reads only another part of the message (the word "numéro"):
    // the course request is what the message asks for.
    name: 'trade-and-town-over-partial-faq',
    when: (i) => namedTradeAndTown(i.understanding) && faqLeadIsPartial(i),
    route: to('training'),
  },
  {
    // "dans le 27", "cap cuisine en Seine-Maritime": a département of Normandy named as the place, with a course or
    // alone in a short message, asks where courses are taught there ("le 27" is not an age, nor a FAQ number).
    name: 'departement-named',
    when: ({ understanding: u }) => {
      if (u.departement === undefined || otherTopicIsSure(u)) return false;
      return u.trade !== undefined || u.facts.diplomaType !== undefined || u.words <= BARE_DETAIL_MAX_WORDS;
    },
    route: to('training'),
  },
  {
    // "je suis à Rennes", "plombier en Eure-et-Loir": a place outside Normandy, alone or with a course, is where the
    // person would train: the course search says what it covers and keeps what was asked.
    name: 'outside-place',
    when: ({ understanding: u }) => {
      if (u.outside === undefined || namesPlace(u) || otherTopicIsSure(u)) return false;
      // "des CFA pour être mécanicien à Montpellier ?", "des écoles en alternance à Toulouse ?": a word of a course or
      // a field of work beside the town asks for courses there too (before any FAQ entry, quiz or trade card).
      const asksCourses = namesCourseWord(u) || u.facts.interests.length > 0;
      return u.trade !== undefined || u.facts.diplomaType !== undefined || asksCourses || u.words <= BARE_DETAIL_MAX_WORDS;
    },
    route: to('training'),
  },
  // Round 16: the aids asked beside a trade or a town ("il aura droit à quelles aides ?"), not the course search.
  { name: 'aids-beside-course', when: asksAidsBesideCourse, route: to('aids') },
  // Round 16: "ma fille veut être aide-maternelle", "aide à domicile vers Rouen": the word "aide" is the trade's name,
  // which the classifier reads as the aids; the trade (and its places when a town is told).
  {
    name: 'aid-word-in-trade-name',
    when: (i) => clearTrade(i.understanding) && aidWordOnlyInTradeName(i.understanding) && leadTopic(i) === 'aids',
    route: (i) => topic(namesPlace(i.understanding) ? 'training' : 'trade'),
  },
  {
    // "soudeur à Cherbourg", "boulanger, sur Caen", "je cherche boulanger du côté de Vire": a trade and a town, with
    // no word of a company or an offer, ask where the trade is taught there, unless a FAQ entry reads most of it.
    name: 'trade-and-town',
    when: (i) => tradeAndTownAsked(i),
    route: to('training'),
  },
  {
    // "bts compta pas trop loin de chez moi à Octeville", "un CAP boulanger près de Bayeux": a course around a town,
    // not the FAQ entry on a CFA far from home that the words "loin" or "chez moi" would reach.
    name: 'course-near-town',
    when: (i) => {
      const u = i.understanding;
      const course = clearTrade(u) || u.facts.diplomaType !== undefined;
      return u.cues.nearTown && namesPlace(u) && course && !u.cues.employerWord && !otherTopicIsSure(u);
    },
    route: to('training'),
  },
  {
    // "mon patron me verse 650 € c normal ?": a pay told is compared with the minimum of the person's age and year
    // (the pay topic says under, at or above it, and what to do if under), before any FAQ on pay problems.
    name: 'pay-told',
    when: ({ understanding: u }) => u.payTold !== undefined && u.cues.ownPay && !u.cues.aidWord && !PAY_WITHHELD.test(u.normalized),
    route: to('salary'),
  },
  // "mon fils a 15 ans, il sort de 3e, il touchera combien en CAP ?": the pay asked with the case it depends on, not the
  // entry on starting at 15 that the case told reaches (pay-over-case.ts).
  { name: 'pay-asked-with-case', when: (i) => payAskedWithCase(i.understanding), route: to('salary') },
  {
    // "j'ai 38 ans, j'ai toujours bossé en usine, c'est encore possible de me former en alternance ?": someone past
    // the age limit asks whether they still may. Unless an entry written for their case leads (an RQTH they said,
    // the contrat de professionnalisation they asked about) clearly, the age limit's version for them answers: the limit, its
    // exceptions as possibilities, the contrat de professionnalisation and the free line, not the interests quiz.
    name: 'age-limit-asked',
    when: (i) => stillAllowedAsked(i.understanding, readingContextOf(i.data.profile)) && !fittingFaqLeads(i),
    route: (i) => faqAnswer(i, AGE_LIMIT_FAQ_ID),
  },
  // "jai 15 ans je sors de 3e c bon ?", "16 ans en seconde je peux ?": a minor's age and class and whether that is
  // OK ask the minimum age, not a school's quality nor the pay at that age (age-case-asked.ts). An entry on age that
  // leads and fits them ("l'apprentissage avant 16 ans") answers as well.
  {
    name: 'minimum-age-asked',
    when: (i) => minimumAgeAsked(i.understanding) && i.hasFaqEntry(MIN_AGE_ENTRY),
    route: (i) => {
      const lead = fittingAgeEntryLeading(i);
      return lead !== undefined ? faqAnswer(i, lead) : { kind: 'faq_entry', id: MIN_AGE_ENTRY };
    },
  },
  // "j'ai 24 ans et déjà un master, je peux encore ?", "à 27 ans c trop tard ?": an adult below the limit asks whether
  // they still may: the upper limit, or an entry on age written for their age that leads ("après 26 ans"), never
  // the minimum age.
  {
    name: 'upper-age-asked',
    when: (i) => upperAgeAsked(i.understanding) && i.hasFaqEntry(AGE_LIMIT_FAQ_ID),
    route: (i) => {
      const lead = fittingAgeEntryLeading(i);
      // The limit answers their question whatever else their words reach: no "did you mean" the minimum age.
      return lead !== undefined && lead !== MIN_AGE_ENTRY ? faqAnswer(i, lead) : { kind: 'faq_entry', id: AGE_LIMIT_FAQ_ID };
    },
  },
  // "faut payer pour aller au cfa ?": the training's cost, which the trip's entry leads only by the words "aller au".
  { name: 'training-cost-beside-lead', when: (i) => trainingCostBesideLead(i, readings(i)) !== undefined, route: (i) => ({ kind: 'faq_entry', id: trainingCostBesideLead(i, readings(i))! }) },
  {
    name: 'faq-lead',
    when: (i) => {
      const lead = readings(i)[0];
      return lead?.kind === 'faq' && lead.score >= FAQ_GUESS;
    },
    route: (i) => faqAnswer(i, (readings(i)[0] as { id: string }).id),
  },
  { name: 'faq-over-slot-question', when: (i) => faqOverSlotQuestion(i) !== undefined, route: (i) => faqAnswer(i, faqOverSlotQuestion(i)!) },
  {
    // "quelle aide je touche ?" leans to pay but asks about aids; an employer who "touche" something receives an aid.
    name: 'pay-word-aid-question',
    when: (i) => leadTopic(i) === 'salary' && (aidWordTiesWithPay(i.understanding) || (i.data.profile.persona === 'employeur' && i.understanding.cues.receives)),
    route: to('aids'),
  },
  {
    name: 'trade-with-place',
    when: (i) => {
      const u = i.understanding;
      return leadTopic(i) === 'trade' && namesPlace(u) && (u.trade !== undefined || u.facts.diplomaType !== undefined);
    },
    route: to('training'),
  },
  {
    // "le CFA me rembourse les repas ?": the word CFA, nothing to look a course up by; an aid question.
    name: 'course-word-aid',
    when: (i) => leadTopic(i) === 'training' && nothingToSearch(i.understanding) && i.understanding.cues.aidWord,
    route: to('aids'),
  },
  {
    name: 'course-word-faq',
    when: (i) => leadTopic(i) === 'training' && nothingToSearch(i.understanding) && (i.understanding.faq[0]?.probability ?? 0) >= FAQ_COURSE,
    route: (i) => faqAnswer(i, i.understanding.faq[0]!.entry.id),
  },
  {
    // "je suis garagiste, comment je fais pour prendre un apprenti ?": aids read with no word of money or of a right;
    // the entry on the steps, which shows the aids beside its answer, answers both.
    name: 'steps-with-their-aids',
    when: (i) => stepsWithTheirAids(i) !== undefined,
    route: (i) => faqAnswer(i, stepsWithTheirAids(i)!),
  },
  // "et faut payer ?" after what a CFA is, "on doit payer combien pour le cfa ?": what the training costs the speaker
  // (free for the apprentice and the family; the employer's share for an employer), not the apprentice's pay that
  // "payer" reads. An employer asking what to pay someone keeps the pay (the cue needs nobody paid).
  { name: 'training-cost', when: (i) => trainingCostEntry(i) !== undefined, route: (i) => ({ kind: 'faq_entry', id: trainingCostEntry(i)! }) },
  // "ça me coûte cb ?" from an employer: what an apprentice costs them, not the hiring aids alone (cost-asked.ts).
  { name: 'employer-cost', when: (i) => employerCostAsked(i), route: () => ({ kind: 'faq_entry', id: 'cout-apprenti-employeur' }) },
  // A field named only as the setting of another question does not make the orientation (the quiz) the topic.
  // "aider les papis et mamies au quotidien": helping people is the interest, not the aids (helping-people.ts).
  {
    name: 'topic-lead',
    when: (i) =>
      leadTopic(i) !== undefined &&
      !(leadTopic(i) === 'orientation' && fieldOnlyAsContext(i.understanding)) &&
      !(leadTopic(i) === 'aids' && helpingPeopleNotAid(i.understanding)) &&
      !(leadTopic(i) === 'trade' && fieldNamedNoTrade(i.understanding)),
    route: (i) => topic(leadTopic(i)!),
  },
];
