import { aidConcerns, aidStatus } from '../../src/rules/aids.js';
import type { Interruption, Topic } from '../../src/knowledge/schema/vocabulary.js';
import { faqIsSure } from '../faq-dialog.js';
import type { Turn } from './turn.js';

/** Where a message goes when no question is waiting for it. */
export type Route =
  | { kind: 'topic'; topic: Topic }
  | { kind: 'interruption'; interruption: Interruption }
  | { kind: 'faq_entry'; id: string }
  | { kind: 'aid'; id: string }
  | { kind: 'unknown_aid_claim'; amount?: number }
  | { kind: 'aids_why_not' }
  | { kind: 'say'; key: string }
  | { kind: 'fallback' };

/** Below this, the classifier's intent is a hint, not a decision. */
const SURE = 0.5;
/** A trade match this good names a trade even when the intent is unclear. */
const CLEAR_TRADE = 0.75;
const SMALL_TALK: Readonly<Record<string, string>> = {
  greeting: 'greeting',
  thanks: 'thanks',
  goodbye: 'goodbye',
  bot_identity: 'bot_identity',
  insult: 'insult',
  out_of_scope: 'out_of_scope',
  affirm: 'affirm',
  deny: 'deny',
};
/** Words that make a sum of money a claim about an aid ("l'État offre 3 000 €…"). */
const MONEY_CLAIM = /\b(aide|aides|prime|primes|offre|offrent|offert|donne|donnent|verse|versent|bonus|cheque|allocation|subvention|rembourse|finance|paie|paye)\b/;

/** Small talk that gives way when the message also names a trade or a place. */
const CONTENT_SENSITIVE: ReadonlySet<string> = new Set(['greeting', 'affirm', 'deny', 'thanks', 'goodbye']);
const INTERRUPTION_INTENTS: ReadonlySet<string> = new Set(['help', 'restart', 'human', 'callback', 'erase']);
/** Intents that may win as a close second to a weak "faq". */
const TOPIC_SECOND: ReadonlyMap<string, Topic> = new Map([
  ['salary', 'salary'],
  ['aids', 'aids'],
  ['employer_aids', 'aids'],
  ['training', 'training'],
  ['trade', 'trade'],
  ['orientation', 'orientation'],
  ['find_employer', 'find_employer'],
]);
/** Topics a follow-up ("et pour 19 ans ?", "et à Caen ?") can carry over to. */
const CARRY_OVER: ReadonlySet<Topic> = new Set(['salary', 'training', 'trade', 'aids', 'orientation']);

/**
 * Decides what to do with a message that no question is waiting for. Pure: reads the turn, changes nothing.
 * Order: a quick reply picked, the kind of text, interruptions, an aid named, small talk, the topic intents, then
 * what the message names (FAQ, trade, place) and carry-over from the last answer, else the fallback.
 */
export function decideRoute(turn: Turn): Route {
  const { understanding: a, chosen, data } = turn;

  if (chosen) {
    switch (chosen.do) {
      case 'topic':
        return { kind: 'topic', topic: chosen.topic };
      case 'year':
      case 'salary_pro':
      case 'salary_apprentice':
        return { kind: 'topic', topic: 'salary' };
      case 'trade':
        return { kind: 'topic', topic: 'trade' };
      case 'faq':
        return { kind: 'faq_entry', id: chosen.id };
      case 'aid':
        return { kind: 'aid', id: chosen.id };
      case 'aids_why_not':
        return { kind: 'aids_why_not' };
      case 'interest':
        return { kind: 'topic', topic: 'orientation' };
      case 'persona':
        return { kind: 'say', key: 'persona.ack' };
      case 'level':
        return data.lastTopic === 'orientation' ? { kind: 'topic', topic: 'orientation' } : { kind: 'say', key: 'affirm' };
      case 'human':
        return { kind: 'interruption', interruption: 'human' };
      case 'callback':
        return { kind: 'interruption', interruption: 'callback' };
      case 'menu':
        return { kind: 'interruption', interruption: 'help' };
      case 'other_town':
        return { kind: 'topic', topic: 'training' };
      case 'other_question':
        return { kind: 'say', key: 'other_question' };
      case 'consent':
        break;
    }
  }

  if (a.kind !== 'text') return { kind: 'fallback' };
  if (INTERRUPTION_INTENTS.has(a.intent) && a.confidence >= SURE) return { kind: 'interruption', interruption: a.intent as Interruption };

  if (a.aid) {
    const amount = a.facts.amountEuros;
    if (amount !== undefined && !aidMentionsAmount(a.aid, amount)) return { kind: 'unknown_aid_claim', amount };
    // "j'embauche en contrat de professionnalisation…, y a une aide ?" named an apprenticeship aid by its words: the
    // aids for the contract actually meant.
    const types = a.aid.conditions.contract_types;
    if (types && a.facts.contractType !== undefined && !types.includes(a.facts.contractType)) return { kind: 'topic', topic: 'aids' };
    // "quelle aide à l'embauche pour un contrat signé le 10 janvier ?": the rules of that date, whichever period.
    if (a.aid.conditions.contract_concluded && (a.facts.contractConcluded || a.facts.otherDate)) return { kind: 'topic', topic: 'aids' };
    return { kind: 'aid', id: a.aid.id };
  }
  // "La Région donne bien 2 000 € à tous les apprentis ?": an amount we cannot tie to any aid is never confirmed.
  if (a.facts.amountEuros !== undefined && (a.intent === 'aids' || a.intent === 'employer_aids' || MONEY_CLAIM.test(a.normalized))) {
    const persona = data.profile.persona ?? (a.intent === 'employer_aids' ? 'employeur' : 'jeune');
    const known = turn.kb.knowledge.aids.some(
      (aid) => aidStatus(aid, turn.today) === 'current' && aidConcerns(aid, persona) && aidMentionsAmount(aid, a.facts.amountEuros as number),
    );
    if (!known) return { kind: 'unknown_aid_claim', amount: a.facts.amountEuros };
  }

  // "contrat signé le 20/01/2026, 300 salariés, on a droit à quoi ?": the aids of that date, not a general answer.
  if (a.facts.contractConcluded && (AID_WORD.test(a.normalized) || aidIntentNear(a) || a.facts.companySize !== undefined)) {
    return { kind: 'topic', topic: 'aids' };
  }

  // A follow-up of the last answer ("et pour un contrat pro ?", "et à Caen ?") or a bare detail ("j'ai 19 ans")
  // continues that topic, unless the message is clearly about something else.
  const carried = carryOver(turn);
  if (carried) return { kind: 'topic', topic: carried };

  const smallTalk = SMALL_TALK[a.intent];
  // "bonjour, je veux être boulanger" and "plombier stp" are about the trade; "t'es un robot ?" is not about the
  // trade "peintre robot".
  // "bonjour, je suis conseillère Mission Locale" names the speaker's own job, not a trade to learn.
  const speaksOfOwnJob = a.facts.persona === 'conseiller' || a.facts.persona === 'employeur';
  const namesSomething = (a.trade !== undefined && !speaksOfOwnJob) || a.commune !== undefined;
  // "c'est où près de Lisieux ?" is not "t'es une vraie personne ou un robot ?" ("où" and "ou" fold alike).
  const asksAboutPlace = a.intent === 'bot_identity' && a.commune !== undefined;
  if (smallTalk && a.confidence >= SURE && !(CONTENT_SENSITIVE.has(a.intent) && namesSomething) && !asksAboutPlace) {
    if ((a.intent === 'affirm' || a.intent === 'deny') && data.lastTopic && hasFacts(turn)) return { kind: 'topic', topic: data.lastTopic };
    return { kind: 'say', key: smallTalk };
  }

  const faqSure = faqIsSure(a.faq);
  // "le salaire d'un apprenti est-il imposable ?", "faut-il passer par Parcoursup pour un BTS ?": the topic word is
  // there, but the question is one the FAQ answers exactly and the topic dialog would only ask for a detail.
  if (faqAnswersInsteadOf(a)) return { kind: 'topic', topic: 'faq' };
  // "ça veut dire quoi BTS ?", "un BP c'est quoi ?": the FAQ explains each kind of diploma, but diploma words are
  // left out of the FAQ search (they would match every course question), so the kind is read here.
  // "g envie de taffer dans le bâtiment": a wish to work in a field is the guided orientation, even when a FAQ about
  // working hours shares the word "travailler".
  // Only an exact trade name ("travailler dans la plomberie") keeps it a trade question, not a near match.
  const exactTrade = a.trade !== undefined && a.trade.score >= EXACT_TRADE;
  if (a.facts.interests.length > 0 && !exactTrade && !a.commune && WORK_WISH.test(a.normalized)) return { kind: 'topic', topic: 'orientation' };
  const explained = diplomaExplained(turn);
  if (explained) return { kind: 'faq_entry', id: explained };
  switch (a.intent) {
    case 'salary':
      // "quelle aide je touche ?": "toucher" leans to pay, but a near tie with an aid intent and the word "aide"
      // make it a question about aids.
      if (aidWordTiesWithPay(a)) return { kind: 'topic', topic: 'aids' };
      // An employer who "touche" something for an apprentice receives an aid; the apprentice is the one paid.
      if (data.profile.persona === 'employeur' && EMPLOYER_RECEIVES.test(a.normalized)) return { kind: 'topic', topic: 'aids' };
      return { kind: 'topic', topic: 'salary' };
    case 'aids':
      return { kind: 'topic', topic: 'aids' };
    case 'employer_aids':
      return { kind: 'topic', topic: 'aids' };
    case 'trade':
      if (a.commune && (a.trade || a.facts.diplomaType)) return { kind: 'topic', topic: 'training' };
      if (!a.trade && faqSure) return { kind: 'topic', topic: 'faq' };
      return { kind: 'topic', topic: 'trade' };
    case 'training':
      // "opticienne c quel bac pro ?", "soudeur, y a quoi comme formation ?": which diplomas lead to the trade, not
      // yet where. The trade answer lists them and offers "Où me former ?"; asking the town first hid them.
      if (asksWhichDiploma(a) && a.trade && a.trade.score >= CLEAR_TRADE && !a.commune && !a.outside) return { kind: 'topic', topic: 'trade' };
      // "le CFA me rembourse les repas ?", "une aide pour m'accompagner vers l'apprentissage ?": the word CFA or
      // formation, but nothing to look a course up by. An aid question, or the FAQ, answers it.
      if (nothingToSearch(a)) {
        if (AID_WORD.test(a.normalized)) return { kind: 'topic', topic: 'aids' };
        if (a.faq[0] && a.faq[0].coverage >= 0.6) return { kind: 'topic', topic: 'faq' };
      }
      return { kind: 'topic', topic: 'training' };
    case 'orientation':
      return { kind: 'topic', topic: 'orientation' };
    case 'find_employer':
      return faqSure && a.confidence < 0.7 ? { kind: 'topic', topic: 'faq' } : { kind: 'topic', topic: 'find_employer' };
    case 'faq':
      if (faqSure) return { kind: 'topic', topic: 'faq' };
      // Not a question the FAQ knows well: a close second intent ("c'est quoi la paye…" → salary) or a
      // follow-up of the last answer is the better reading.
      if (a.ranking[1] && TOPIC_SECOND.has(a.ranking[1].intent) && a.ranking[1].score >= 0.3) return { kind: 'topic', topic: TOPIC_SECOND.get(a.ranking[1].intent) as Topic };
      break;
    default:
      break;
  }

  // No confident intent: what does the message name?
  if (faqSure) return { kind: 'topic', topic: 'faq' };
  // A question the classifier is sure belongs to the FAQ ("faut passer une visite médicale ?"), even though a word
  // in it looks like an interest ("médicale"): the FAQ dialog answers or offers its closest entries.
  if (a.intent === 'faq' && a.confidence >= FAQ_INTENT_SURE && a.faq.length > 0 && !a.trade && !a.commune) return { kind: 'topic', topic: 'faq' };
  // Without a clear intent, only a clear job title makes it a trade question ("tickets restaurant" is not
  // "directeur de restaurant").
  if (a.trade && a.trade.score >= CLEAR_TRADE) return { kind: 'topic', topic: a.commune || a.facts.diplomaType ? 'training' : 'trade' };
  if (a.facts.diplomaType && a.commune) return { kind: 'topic', topic: 'training' };
  if (a.facts.interests.length > 0) return { kind: 'topic', topic: 'orientation' };
  // "on va signer le 10 janvier" from an employer: the hiring aid for that date.
  if (a.facts.contractConcluded && (data.profile.persona === 'employeur' || data.lastTopic === 'aids')) return { kind: 'topic', topic: 'aids' };
  if (data.lastTopic && CARRY_OVER.has(data.lastTopic) && (a.followUp || a.facts.correction || hasFacts(turn))) {
    // "c'est où près de Lisieux ?" after a trade: where it is taught near there.
    if (data.lastTopic === 'trade' && a.commune) return { kind: 'topic', topic: 'training' };
    return { kind: 'topic', topic: data.lastTopic };
  }
  if (a.faq.length > 0 && a.faq[0]!.coverage >= 0.5) return { kind: 'topic', topic: 'faq' };
  return { kind: 'fallback' };
}

/** Short messages that only state a detail ("j'ai 19 ans", "on est 30 salariés") answer the last topic. */
const BARE_DETAIL_MAX_WORDS = 6;
/** A correction ("non pardon, on est 260 en fait…") may be this long and still only restate a detail. */
const CORRECTION_MAX_WORDS = 12;
/** The classifier's "faq" this sure sends the message to the FAQ even when no entry matches decisively. */
const FAQ_INTENT_SURE = 0.75;
/** Below this, a topic intent does not outweigh the conversation's last topic for a follow-up. */
const FOLLOW_UP_OVERRIDE = 0.8;

function carryOver(turn: Turn): Topic | undefined {
  const { understanding: a, data } = turn;
  const last = data.lastTopic;
  if (!last || !CARRY_OVER.has(last)) return undefined;
  const f = a.facts;
  const detail =
    turn.detailGiven === true ||
    f.age !== undefined || f.contractYear !== undefined || f.companySize !== undefined || f.contractType !== undefined || f.disability !== undefined ||
    // "et si on signe en janvier ?" after the aids: the same question for another date.
    (last === 'aids' && (f.contractConcluded !== undefined || f.otherDate !== undefined));
  // "c'est où vers Rouen ?" right after a trade: where it is taught near there.
  const otherTopic = a.confidence >= FOLLOW_UP_OVERRIDE && TOPIC_SECOND.has(a.intent) && a.intent !== 'training' && a.intent !== 'trade';
  if (last === 'trade' && a.commune && !a.trade && !otherTopic && a.normalized.split(' ').length <= BARE_DETAIL_MAX_WORDS) return 'training';
  // "on peut le faire où en Normandie ?" right after a trade, without a town: where it is taught (the training topic
  // asks the town). Words like "Normandie" would otherwise pull a FAQ entry that merely mentions the region.
  if (last === 'trade' && !a.commune && !a.trade && !otherTopic && WHERE_TO_LEARN.test(a.normalized)) return 'training';
  // After the employer's aid answer, "il prépare un CAP" gives the level the amount depends on (not a course search).
  if (last === 'aids' && data.profile.persona === 'employeur' && f.diplomaType !== undefined && !a.commune && !a.trade) {
    if (a.normalized.split(' ').length <= BARE_DETAIL_MAX_WORDS) return 'aids';
  }
  // A date takes words ("le 20 mars 2026"): they do not make the message longer than a bare detail.
  const words = a.normalized.split(' ').length - (f.dateWords ?? 0);
  // "pardon on est 260 en fait avec les boutiques": a correction says a little more than a bare detail.
  // An employer's trade words ("avec les boutiques", "je suis boulanger") name their business while they talk aids.
  const tradeAside = a.trade !== undefined && last === 'aids' && data.profile.persona === 'employeur';
  const bare = detail && (!a.trade || tradeAside) && (words <= BARE_DETAIL_MAX_WORDS || (f.correction === true && words <= CORRECTION_MAX_WORDS));
  const followUp = a.followUp && (detail || a.commune !== undefined || f.diplomaType !== undefined);
  if (!bare && !followUp) return undefined;
  if (a.confidence >= FOLLOW_UP_OVERRIDE && a.intent !== last && TOPIC_SECOND.has(a.intent)) return undefined;
  // A town after a trade means: where is it taught near there.
  if (last === 'trade' && a.commune) return 'training';
  return last;
}

/** A FAQ hit this strong (lunr score × coverage²) and this far ahead is the question itself. */
const FAQ_DECISIVE = { score: 8, coverage: 0.75, margin: 3 };
/** Topics whose intent a decisive FAQ hit may override. */
const FAQ_OVERRIDABLE: ReadonlySet<string> = new Set(['salary', 'training']);
/** FAQ entries the salary dialog answers better itself, with the person's age and year. */
const SALARY_OWN_FAQ = /^(remuneration-|contrat-pro-remuneration$)/;

/**
 * Whether the FAQ should answer a message the classifier gave to the salary or training topic: only when the FAQ
 * match is decisive, the entry is not one of that topic's own, and the message gives none of the details the
 * topic works with (an age or a year for the pay, a town or a trade for a course).
 */
function faqAnswersInsteadOf(a: Turn['understanding']): boolean {
  // "ya des logements pr les apprentis ?": a hesitant aid intent (the aids dialog would first ask who is asking)
  // gives way to a FAQ entry that answers the very question.
  const unsureAid = a.intent === 'aids' && a.confidence < SURE;
  if (!FAQ_OVERRIDABLE.has(a.intent) && !unsureAid) return false;
  const [first, second] = a.faq;
  if (!first || first.score < FAQ_DECISIVE.score || first.coverage < FAQ_DECISIVE.coverage) return false;
  if (second && first.score < second.score * FAQ_DECISIVE.margin) return false;
  const f = a.facts;
  if (a.intent === 'salary') return !SALARY_OWN_FAQ.test(first.entry.id) && f.age === undefined && f.contractYear === undefined;
  if (unsureAid) return f.age === undefined && f.companySize === undefined && f.contractConcluded === undefined && f.persona === undefined;
  // A weak trade match ("passe par" read as "agent de pays") is not a course request.
  return a.commune === undefined && (a.trade === undefined || a.trade.score < CLEAR_TRADE) && a.outside === undefined;
}

const AID_WORD = /\b(aide|aides|prime|primes)\b/;
/** The employer receiving money ("on touche", "que touche-t-on", "je perçois"), as opposed to paying the apprentice. */
const EMPLOYER_RECEIVES = /\b(?:je|on|nous) (?:touche|toucherai|toucherons|touchons|percois|percevrai|recois|recevrai|recevons)\b|\btouche te on\b|\bpercoit on\b/;

/** Whether one of the aid intents is first or second: the message leans to aids. */
function aidIntentNear(a: Turn['understanding']): boolean {
  return a.ranking.slice(0, 2).some((r) => (r.intent === 'aids' || r.intent === 'employer_aids') && r.score >= 0.2);
}

/**
 * "quel diplôme", "c'est quel bac pro", "y a quoi comme formation", "ça se prépare comment": a question about which
 * course leads somewhere, as opposed to where one is taught ("où", "près de", "vers").
 */
const WHICH_DIPLOMA = /\b(?:quel|quelle|quels|quelles|quoi comme|comment)\b(?:\s+\S+){0,3}?\s+(?:diplome|diplomes|formation|formations|bac pro|cap|bts|etudes|ecole)\b|\b(?:diplome|formation|etudes)\s+(?:faut|il faut|pour)\b|\bse prepare comment\b/;
/** "où" with a verb of learning: "on peut le faire où", "ça se prépare où", "où je peux me former". */
const WHERE_TO_LEARN = /\bou\b(?:\s+\S+){0,4}?\s+(?:faire|former|preparer|apprendre|etudier)\b|\b(?:faire|former|preparer|apprendre|prepare|fait)\b(?:\s+\S+){0,2}?\s+ou\b(?!\s+(?:pas|un|une|des|le|la|les|bien))/;
const WHERE_WORDS = /\b(?:ou|pres|vers|autour|proche|loin|km)\b/;

function asksWhichDiploma(a: Turn['understanding']): boolean {
  return WHICH_DIPLOMA.test(a.normalized) && !WHERE_WORDS.test(a.normalized);
}

/** "envie de travailler dans…", "je veux bosser avec…": a wish about the field of one's future work. */
const WORK_WISH = /\b(?:envie de|veux|voudrais|aimerais|reve de)\s+(?:\S+\s+){0,2}?(?:travailler|bosser)\s+(?:dans|avec|en)\b(?!\s+tant que)/;
/** Trade matches at or above this score name the trade word for word (an alias or a job title). */
const EXACT_TRADE = 1;

/** Asking what something is or means. */
const DEFINITION = /\b(?:ce est quoi|est quoi|veut dire|veulent dire|signifie|definition)\b/;
/** The kinds of diploma the FAQ explains, by the words people use, and the entry that explains them. */
const DIPLOMA_KIND_ENTRIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:titre pro|titre professionnel|titres professionnels)\b/, 'diplome-titre-pro'],
  [/\b(?:bp|brevet professionnel)\b/, 'diplome-bp'],
  [/\b(?:bts|brevet de technicien superieur)\b/, 'diplome-bts'],
  [/\bcap\b/, 'diplome-cap'],
];
/** A definition question is short; a longer message naming a kind of diploma asks something else about it. */
const DEFINITION_MAX_WORDS = 10;

function diplomaExplained(turn: Turn): string | undefined {
  const a = turn.understanding;
  if (a.trade || a.commune || a.outside || !DEFINITION.test(a.normalized)) return undefined;
  if (a.normalized.split(' ').length > DEFINITION_MAX_WORDS) return undefined;
  const kinds = DIPLOMA_KIND_ENTRIES.filter(([words]) => words.test(a.normalized));
  // "quelle différence entre un CAP et un BP ?" names two kinds: the FAQ search handles it.
  if (kinds.length !== 1) return undefined;
  const id = kinds[0]![1];
  return turn.kb.search.faqEntry(id) ? id : undefined;
}

/** Nothing a course search could use: no trade, diploma, town, interest or place outside Normandy. */
function nothingToSearch(a: Turn['understanding']): boolean {
  return !a.trade && a.facts.diplomaType === undefined && !a.commune && !a.outside && a.facts.interests.length === 0;
}
/** How close an aid intent must come to the salary intent for the word "aide" to settle it. */
const AID_TIE = 0.8;

function aidWordTiesWithPay(a: Turn['understanding']): boolean {
  const top = a.ranking[0];
  if (!top || !AID_WORD.test(a.normalized)) return false;
  // The two aid intents share the evidence between them: together they stand against pay.
  const aid = a.ranking.filter((r) => r.intent === 'aids' || r.intent === 'employer_aids').reduce((sum, r) => sum + r.score, 0);
  return aid >= top.score * AID_TIE;
}

/** Whether the message states a detail a topic can use (an age, a year, a town…). */
function hasFacts(turn: Turn): boolean {
  const { facts, commune, trade } = turn.understanding;
  return (
    facts.age !== undefined ||
    facts.contractYear !== undefined ||
    facts.companySize !== undefined ||
    facts.contractType !== undefined ||
    facts.diplomaType !== undefined ||
    facts.disability !== undefined ||
    facts.contractConcluded !== undefined ||
    commune !== undefined ||
    trade !== undefined
  );
}

function aidMentionsAmount(aid: Turn['kb']['knowledge']['aids'][number], amount: number): boolean {
  return aid.amount.some((item) => {
    switch (item.kind) {
      case 'fixed':
        return item.value === amount;
      case 'range':
        return amount >= item.min && amount <= item.max;
      case 'table':
        return item.rows.some((r) => r.value === amount);
      default:
        return false;
    }
  });
}
