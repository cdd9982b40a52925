import { isDepartementCode } from '../../src/knowledge/departements.js';
import { asksForToday } from '../routing/aid-dated.js';
import { apprenticeStaysAway } from '../routing/apprentice-absent.js';
import { CLEAR_TRADE, SURE } from '../routing/thresholds.js';
import { tradeTrainingAsked } from '../routing/trade-training-asked.js';
import { namesBothSides } from './aid-audience.js';
import { fillAwaitedSlot } from './slots.js';
import { withSituations } from './person-conditions.js';
import type { NumberDetail, Profile } from './state.js';
import type { Turn } from './turn.js';

/** "ce CAP", "cette formation", "le même": the course already talked about. */
const DEMONSTRATIVE = /\b(?:ce|cet|cette|ces|le meme|la meme)\b/;

/** The pay table has a line per contract year up to this one. */
const LAST_PAY_YEAR = 3;

/** "et en bac pro ?", "et un BTS ?": a new kind of diploma for the same field or trade. */
const FOLLOW_UP_REQUEST = /^(?:et|ou|mais)\b/;

/** Nothing answered yet: no topic, card or question of the bot's own in the conversation. */
function isOpening(data: Turn['data']): boolean {
  return data.lastTopic === undefined && data.lastCard === undefined && data.lastQuestion === undefined && data.awaiting === undefined;
}

/**
 * Folds what this message says into the conversation's profile before any dialog runs, so that every topic sees
 * the latest facts and asks only for what is still missing. A later statement replaces an earlier one: that is
 * how "non, j'ai 18 ans" corrects an age.
 */
export function applyToProfile(turn: Turn): void {
  const { understanding: a, data, chosen } = turn;
  const p = data.profile;
  const f = a.facts;
  const previousType = p.diplomaType;
  // The register follows the person's words, even inside a form ("pouvez-vous me rappeler ?").
  if (f.register !== undefined) p.register = f.register;
  // A careful written opener that addresses no one ("Quelles sont les démarches ?") is answered in vous; later in a
  // conversation already held in tu, it does not switch it (formal-opener.ts).
  else if (f.writtenFormally && p.register === undefined && isOpening(data)) p.register = 'vous';
  // Inside a form, answers are a first name, a phone number, a time slot: not facts about trades or towns
  // ("le matin" is not the trade "marin").
  if (data.inForm) return;
  const before: Partial<Profile> = { age: p.age, companySize: p.companySize, contractYear: p.contractYear };
  correctLastNumber(turn);
  supposeLastNumber(turn);

  // "j'ai 13 ans", then "mon père a 45 ans, il peut ?": a relative's age answers this message only; the profile keeps
  // the age the person told before (and the register it gives). With none before, the relative is the one asked about.
  const relativeOnly = f.ageOfAdultRelative === true && p.age !== undefined;
  // Round 32: "l'année pro j'aurai 21 ans" after "j'ai 19 ans": a coming age told alone is a birthday ahead of the age
  // told before, which stays the pay's age until then (review 22, J3 was answered "À 20 ans"); the other topics answer
  // the age asked about ("et quand j'aurai 18 ans ?").
  const comingOnly = f.ageSoon !== undefined && f.age === f.ageSoon && p.age !== undefined && p.age < f.ageSoon;
  if (comingOnly) p.ageBeforeSoon = p.age;
  else if (f.age !== undefined && !relativeOnly) delete p.ageBeforeSoon;
  const ageOfPerson = relativeOnly ? undefined : f.age;
  if (ageOfPerson !== undefined) p.age = ageOfPerson;
  if (ageOfPerson !== undefined) delete p.ageBand;
  else if (f.ageBand !== undefined) p.ageBand = f.ageBand;
  if (f.ownAge !== undefined) p.ownAge = f.ownAge;
  // A coming birthday belongs to the age told with it: a new age told alone replaces both.
  if (f.ageSoon !== undefined && !relativeOnly) p.ageSoon = f.ageSoon;
  else if (ageOfPerson !== undefined) delete p.ageSoon;
  if (f.studyYear !== undefined) p.studyYear = f.studyYear;
  if (f.contractYear !== undefined) p.contractYear = f.contractYear;
  // "et l'année d'après ?" after the pay: the year after the one shown (after the three-year table, the 2nd year).
  // Round 33: after "je passe en 2e année de CAP" (a course's year, no contract year told), the year after the one the
  // person said they are in, the 3rd (was the 2nd, the same year again: review 24's context lost).
  else if (f.nextContractYear && data.lastTopic === 'salary') p.contractYear = Math.min((p.contractYear ?? p.studyYear ?? 1) + 1, LAST_PAY_YEAR);
  if (f.contractType !== undefined) p.contractType = f.contractType;
  if (f.diplomaType !== undefined) {
    p.diplomaType = f.diplomaType;
    if (f.diplomaLevel !== undefined) p.levelAimed = f.diplomaLevel;
    else delete p.levelAimed;
  }
  if (f.levelHeld !== undefined) p.levelHeld = f.levelHeld;
  if (f.persona !== undefined) p.persona = f.persona;
  if (f.companySize !== undefined) {
    p.companySize = f.companySize;
    if (p.persona === undefined) p.persona = 'employeur';
  }
  if (f.disability !== undefined) p.disability = f.disability;
  if (f.employerSector !== undefined) p.employerSector = f.employerSector;
  if (f.situations) p.situations = withSituations(p.situations ?? [], f.situations);
  if (f.contractConcluded) p.contractConcluded = f.contractConcluded;
  // "le 3 mars" alone is the contract's date when the talk is about aids or a contract.
  else if (f.otherDate && (a.cues.aboutContract || a.intent === 'aids' || a.intent === 'employer_aids' || data.lastTopic === 'aids')) {
    p.contractConcluded = f.otherDate;
  }
  // "et aujourd'hui ?" right after an answer for a signing date: the same for a contract signed today.
  else if (data.lastTopic === 'aids' && p.contractConcluded !== undefined && asksForToday(a.normalized)) p.contractConcluded = { from: turn.today, to: turn.today };
  if (f.contractStart !== undefined) p.contractStart = f.contractStart;
  // "mon patron me verse 650 €": a pay told, compared with the minimum once the age and the year are known.
  // An hourly or a yearly figure ("9 € de l'heure") is no monthly pay: never compared with the monthly minimum.
  if (a.payTold !== undefined && a.cues.ownPay && a.payTold.per !== 'hour' && a.payTold.per !== 'year') {
    p.payTold = { amount: a.payTold.amount, net: a.payTold.net };
    p.payKnown = { amount: a.payTold.amount, net: a.payTold.net };
  }

  if (f.interests.length > 0) p.interests = [...f.interests];
  // A clicked button's title ("Où me former ?") is not a message about a trade or a place.
  // A trade read from a few stray words of a message that names no new course ("nous habitons…", "où se prépare ce
  // CAP ?") never replaces the course talked about.
  const sameCourse = f.diplomaType === undefined || (f.diplomaType === previousType && DEMONSTRATIVE.test(a.normalized));
  // A title typed whole with its training asked ("et pâtissier ça se prépare comment ?") is no stray guess.
  const strayGuess = a.trade !== undefined && a.trade.score < CLEAR_TRADE && !tradeTrainingAsked(a) && sameCourse && (p.tradeCode !== undefined || p.trainingRequest !== undefined);
  // A question about the bot, read surely, names no trade of the person's ("vous êtes une intelligence artificielle ?"
  // is not the AI engineer's trade); a weak guess of it does not hide one ("mon truc c'est réparer les scooters").
  const aboutTheBot = a.intent === 'bot_identity' && a.confidence >= SURE;
  const trade = strayGuess || aboutTheBot ? undefined : a.trade;
  if (trade && !chosen) p.tradeCode = trade.trade.code;
  if (a.commune && !chosen) {
    p.communeInsee = a.commune.commune.insee;
    delete p.departement;
  }
  // A place outside Normandy replaces the one said before: the search must not go on around the old town.
  if (a.outside && !a.commune && !a.departement && !chosen) {
    delete p.communeInsee;
    delete p.departement;
  }
  const departement = a.departement?.code ?? departementByNumber(turn);
  if (departement !== undefined && !a.commune && !chosen) {
    p.departement = departement;
    delete p.communeInsee;
    turn.detailGiven = true;
  }
  // "où peut-elle suivre ce CAP ?" after "un CAP fleuriste": the same course, not any CAP.
  const sameCourseAgain = !trade && f.diplomaType !== undefined && f.diplomaType === previousType && p.trainingRequest !== undefined;
  if (!chosen && !sameCourseAgain && (f.diplomaType !== undefined || trade)) {
    const placeSpan = a.commune?.span ?? a.departement?.span;
    p.trainingRequest = placeSpan ? ` ${a.normalized} `.replace(` ${placeSpan} `, ' ').trim() : a.normalized;
    // "un CAP vente vers Cherbourg" after the cook's card: the field named is the course asked for, not the old trade.
    if (!trade && f.interests.length > 0) {
      p.courseFields = [...f.interests];
      delete p.tradeCode;
    } else if (!FOLLOW_UP_REQUEST.test(a.normalized)) delete p.courseFields;
  }
  if (trade && !chosen) delete p.courseFields;
  // "pas de la cuisine, de la vente" right after a list of places: the same search, for the field now named.
  if (!chosen && !trade && f.correction && f.interests.length > 0 && data.lastTopic === 'training') {
    p.courseFields = [...f.interests];
    p.trainingRequest = a.normalized;
    delete p.tradeCode;
  }
  // A person asking what hiring an apprentice brings is an employer, unless they said otherwise; a question about
  // one named aid ("l'aide au permis des apprentis") says nothing about who asks.
  // "ça monte à combien ?" right after an aid asks about that aid, whoever asks.
  const aboutLastAid = data.lastTopic === 'aids' && data.lastAid !== undefined && (a.cues.asksAmount || a.cues.asksHowToClaim);
  // A message naming the aids of both sides ("pour l'apprenti et pour l'entreprise") with no tu or vous says no one:
  // the aids dialog asks who is asking (see aid-audience.ts).
  const bothSides = namesBothSides(a.normalized) && p.register === undefined;
  if (a.intent === 'employer_aids' && a.confidence >= 0.5 && !a.aid && !aboutLastAid && !bothSides && f.persona === undefined && p.persona !== 'parent') p.persona = 'employeur';
  // "l'aide à l'embauche pour un contrat pro ?": an aid only employers receive is asked about by an employer.
  if (a.aid && a.aid.who.every((w) => w === 'employeur') && f.persona === undefined && p.persona === undefined) p.persona = 'employeur';
  // "il est souvent absent sans justificatif, je fais quoi ?": only the employer tells of the apprentice staying away.
  if (f.persona === undefined && p.persona === undefined && apprenticeStaysAway(a.normalized)) p.persona = 'employeur';
  // "sans emploi ni formation" describes the young person; an employer's "demandeur d'emploi" is the one hired.
  if (f.status !== undefined && p.persona !== 'employeur' && p.persona !== 'conseiller') p.status = f.status;

  if (chosen) {
    switch (chosen.do) {
      case 'persona':
        p.persona = chosen.persona;
        break;
      case 'level':
        p.levelHeld = chosen.level;
        break;
      case 'interest':
        p.interests = [chosen.id];
        break;
      case 'year':
        p.contractYear = chosen.year;
        break;
      case 'trade':
        p.tradeCode = chosen.code;
        delete p.courseFields;
        break;
      case 'salary_pro':
        p.contractType = 'professionnalisation';
        break;
      case 'salary_apprentice':
        p.contractType = 'apprentissage';
        break;
      case 'other_town':
        delete p.communeInsee;
        delete p.departement;
        break;
      default:
        break;
    }
  }
  if (data.awaiting) fillAwaitedSlot(data.awaiting, turn);
  // "on est 300" right after "dis-moi combien de salariés": the number is the head count.
  if (data.invited === 'companySize' && f.companySize === undefined && !chosen) {
    const n = /^(?:\S+ ){0,4}?(\d{1,6})(?: \S+){0,3}$/.exec(a.normalized);
    if (n && f.age === undefined) {
      p.companySize = Number(n[1]);
      turn.detailGiven = true;
    }
  }
  delete data.invited;
  const changed = NUMBER_DETAILS.find((d) => p[d] !== before[d]);
  if (changed !== undefined) data.lastNumberDetail = changed;
}

const NUMBER_DETAILS: readonly NumberDetail[] = ['age', 'companySize', 'contractYear'];
/** A calendar year, as dates name them. */
const YEAR = /^(?:19|20)\d\d$/;

/** The values each number detail can take: an age anyone in apprenticeship has, a head count, a year of the table. */
const NUMBER_RANGES: Readonly<Record<NumberDetail, readonly [number, number]>> = {
  age: [14, 99],
  companySize: [1, 999999],
  contractYear: [1, LAST_PAY_YEAR],
};

/**
 * "non 18 pardon", "nn 16 dsl": a correction that gives one number with no unit replaces the number detail told
 * last (the age just given, the head count), when the number can be one; the answer is then recomputed with it, as
 * for any detail given.
 */
function correctLastNumber(turn: Turn): void {
  const { understanding: a, data } = turn;
  const f = a.facts;
  const detail = data.lastNumberDetail;
  if (!f.correction || detail === undefined || f.age !== undefined || f.companySize !== undefined || f.contractYear !== undefined) return;
  // The year of a date read in the message ("non, signé en décembre 2026") is that date's, never a head count.
  const dated = f.contractConcluded !== undefined || f.otherDate !== undefined || f.contractStart !== undefined;
  const numbers = (a.normalized.match(/\b\d{1,6}\b/g) ?? []).filter((n) => !(dated && YEAR.test(n)));
  if (numbers.length !== 1) return;
  const n = Number(numbers[0]);
  const [min, max] = NUMBER_RANGES[detail];
  if (n < min || n > max) return;
  data.profile[detail] = n;
  turn.detailGiven = true;
}

/**
 * "et à 21 ?", "et si j'avais 21 ?", "et pour 23 ?", "et avec 300 ?": a case supposed on the last answer, told by its
 * number alone; the number is the detail told last (the age of a pay answer, the head count of an aid's), when it can
 * be one. The words before it only suppose ("et", "si", "pour", "à", "avec", "j'avais"): anything else (a unit, a date,
 * a question of its own) leaves it to the general reading.
 */
function supposeLastNumber(turn: Turn): void {
  const { understanding: a, data } = turn;
  const f = a.facts;
  const detail = data.lastNumberDetail;
  if (f.correction || detail === undefined || f.age !== undefined || f.companySize !== undefined || f.contractYear !== undefined) return;
  // Only where the last answer was computed from that detail: the pay from the age or the year, the aids from the head
  // count ("et 27 ?" after a list of places is a département, departementByNumber).
  if (data.lastTopic !== NUMBER_DETAIL_TOPIC[detail]) return;
  const supposed = SUPPOSED_NUMBER.exec(a.normalized);
  if (!supposed) return;
  const n = Number(supposed[1]);
  const [min, max] = NUMBER_RANGES[detail];
  if (n < min || n > max) return;
  data.profile[detail] = n;
  turn.detailGiven = true;
}
/** The topic whose answer each number detail computes. */
const NUMBER_DETAIL_TOPIC: Readonly<Record<NumberDetail, string>> = { age: 'salary', contractYear: 'salary', companySize: 'aids' };
/** "et a 21", "et si javais 21", "et pour 23 alors", "et si il en a 19", "mais avec 300" (the normalised text). */
const SUPPOSED_NUMBER =
  /^(?:et|mais|ok et|ah et|du coup)(?: (?:si|pour|a|avec|quand|s))*(?: (?:je|j|il|elle|on|tu|vous|ils|nous))?(?: (?:en|y))?(?: (?:avais|avait|aurais|aurait|ai|a|as|avez|avions|ont|etait|etais|suis|est|etions|etaient|sommes|etes))? (\d{1,6})(?: (?:alors|plutot|du coup|dans ce cas|maintenant))?$/;

/** "et 27 ?", "mais 14 ?", "et pour 76 ?": a follow-up made of a number alone after its joiner. */
function numberAfterAnd(normalized: string): number | undefined {
  const m = /^(?:et|mais|ok et|sinon)(?: (?:dans|pour|en|sur|vers))? (\d{2})$/.exec(normalized);
  return m ? Number(m[1]) : undefined;
}

/**
 * A bare "50" or "76" means a département only where a place is what the talk is about: the town was asked for, or
 * the last answer listed places. Anywhere else a lone number is an age, a year or a head count.
 */
function departementByNumber(turn: Turn): string | undefined {
  const { understanding: a, data } = turn;
  // "27" alone, or after the "et" of a follow-up ("et 27 ?", "et dans le 50 ?" is read by place.ts already).
  const n = a.facts.bareNumber ?? numberAfterAnd(a.normalized);
  if (n === undefined || a.facts.age !== undefined || /\bans?\b/.test(a.normalized)) return undefined;
  if (data.awaiting !== 'commune' && !(data.awaiting === undefined && data.lastTopic === 'training')) return undefined;
  const code = String(n);
  return isDepartementCode(code) ? code : undefined;
}
