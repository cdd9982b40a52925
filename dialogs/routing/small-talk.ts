/**
 * Whether a message is small talk that stands alone (a greeting, thanks, a yes or a no, who the bot is…) or only
 * looks like it beside a trade, a place or a question an answer reads surely (answer first, DESIGN §6); the key of its
 * reply; a greeting with an introduction that says nothing else; a complaint that repeats its question.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import { SURE, FAQ_ANSWER, CLEAR_TRADE } from './thresholds.js';
import { closingThatAsks, asksConsent, hasQuestionWord } from './asks.js';
import { namesPlace } from './facts.js';
import { readingsOf, givesDetails } from './readings.js';

/** The intents of small talk: greetings, thanks, goodbyes, who the bot is, insults, out of scope, a yes or a no. */
const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye', 'bot_identity', 'insult', 'out_of_scope', 'affirm', 'deny']);

/** Small talk that gives way when the message also names a trade or a place. */
const CONTENT_SENSITIVE: ReadonlySet<string> = new Set(['greeting', 'affirm', 'deny', 'thanks', 'goodbye']);

/** "c'est à qui de le faire ?", "qui doit déclarer ?": whose job something is, never who the bot is. */
const WHOSE_JOB = /\ba qui de\b|\bqui (?:doit|doivent|dois|va|s occupe|se charge)\b/;

/** Words that ask which, how, why or when: no yes or no answers them. */
const ASKS_WHICH_OR_HOW = /\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|comment|pourquoi|quand|combien)\b/;

/**
 * Small talk stands alone when it is sure and the message names nothing else: "bonjour, je veux être boulanger"
 * and "plombier stp" are about the trade ("bonjour, je suis conseillère Mission Locale" names the speaker's own
 * job, not a trade to learn); "c'est où près de Lisieux ?" is not "t'es une vraie personne ou un robot ?".
 */
export function isSmallTalk(u: Understanding): boolean {
  if (!SMALL_TALK.has(u.intent) || u.confidence < SURE || closingThatAsks(u)) return false;
  // "c'est combien exactement ?", "c'est quel diplôme exactement ?", "ça prend longtemps ?": a yes or a no never asks an
  // amount, a which, a how, a why or how long ("exactement" is no agreement here).
  if ((u.intent === 'affirm' || u.intent === 'deny') && (u.cues.asksAmount || u.cues.asksDelay || ASKS_WHICH_OR_HOW.test(u.normalized))) return false;
  // Round 30: "si jrefuse il peut me virer ?", "et si je dis non ?": a refusal supposed is a case asked about, not a no
  // given to the bot (the classifier reads "refuse", "non" as a decline); "non merci" opens with no "si".
  if ((u.intent === 'affirm' || u.intent === 'deny') && u.cues.hypothetical) return false;
  // "mes parents doivent donner leur accord ?": someone's consent, asked; only "d'accord" agrees.
  if (asksConsent(u)) return false;
  const speaksOfOwnJob = u.facts.persona === 'conseiller' || u.facts.persona === 'employeur';
  const namesSomething = (u.trade !== undefined && !speaksOfOwnJob) || namesPlace(u);
  if (CONTENT_SENSITIVE.has(u.intent) && namesSomething) return false;
  // "bonjour je suis la maman de Tom, il a 16 ans, il peut bosser le dimanche ?": a greeting, a yes or a thanks read
  // on a message that asks a question the FAQ or a topic reads as surely as an answer is that question (answer
  // first); the classifier's lead between the two is a matter of a few hundredths.
  if (CONTENT_SENSITIVE.has(u.intent) && asksWhatItReads(u)) return false;
  // "c'est qui l'OPCO ?" asks what a term of the field is, not who the bot is; "et c'est où ?" asks where a course is;
  // "c'est à qui de déclarer ?" asks whose job something is.
  const notAboutTheBot = namesPlace(u) || u.outside !== undefined || u.definedTerm !== undefined || u.cues.whereToLearn || WHOSE_JOB.test(u.normalized);
  return !(u.intent === 'bot_identity' && notAboutTheBot);
}

/** The message asks (a question mark or a question word) and its lead reading is sure enough to be the answer. */
function asksWhatItReads(u: Understanding): boolean {
  const lead = readingsOf(u)[0];
  return lead !== undefined && lead.score >= FAQ_ANSWER && (u.text.includes('?') || hasQuestionWord(u));
}

/** The message's lead reading is a topic it gives the details of (an age for the pay, a trade and a town for places). */
export function complaintRepeatsItsQuestion(u: Understanding): boolean {
  const lead = readingsOf(u)[0];
  return lead?.kind === 'topic' && lead.score >= FAQ_ANSWER && givesDetails(lead.topic, u);
}

/** "ça va ?", "comment vas-tu ?", "vous allez bien ?": a greeting that asks after the bot, answered before the rest. */
const HOW_ARE_YOU = /\b(?:ca va|ca roule|comment (?:vas|allez|tu vas|vous allez)|(?:tu vas|vous allez) bien|la forme)\b/;

export const smallTalkKey = (u: Understanding): string => (u.intent === 'greeting' && HOW_ARE_YOU.test(u.normalized) ? 'greeting_how' : u.intent);

/**
 * No trade, place, age, interest, diploma or aid told beside who is writing ("slt j'ai 15 ans… je voudrais faire
 * boulanger" says much); an adviser's town is where they work.
 */
export function saysNothingElse(u: Understanding): boolean {
  const f = u.facts;
  // "Bonjour, je dirige une entreprise de plomberie à Falaise": an employer's trade and town are the company's, not a
  // course asked; an adviser's town is where they work.
  const ownBusiness = f.persona === 'employeur' || f.persona === 'conseiller';
  const tradeAsked = u.trade !== undefined && u.trade.score >= CLEAR_TRADE && f.persona !== 'employeur';
  return u.aid === undefined && !tradeAsked && (!namesPlace(u) || ownBusiness) && f.age === undefined && (f.interests.length === 0 || f.persona === 'employeur') && f.diplomaType === undefined && f.levelHeld === undefined;
}

/** The greeting that says what the bot does for the one who introduced themselves. */
export const GREETING_OF_PERSONA: Readonly<Record<string, string>> = { conseiller: 'greeting_adviser', employeur: 'greeting_employer' };
