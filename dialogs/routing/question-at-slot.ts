import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Slot } from '../support/state.js';
import type { Turn } from '../support/turn.js';
import { hasQuestionWord } from './asks.js';
import { decideRoute, routingInputOf } from './decide.js';
import type { Route } from './route.js';

/**
 * A question typed in reply to the bot's own question, which happens to name what was asked (issue 11): "c koi la dif
 * entre cap et bac pro" while the course question waits names two diplomas; "à 17 ans on peut signer un contrat ?"
 * while the pay asks the age names an age. The slot is filled all the same (the profile keeps the details), but the
 * message is a question of its own: the whole routing answers it, and the waiting question comes back only if still
 * needed (interruptible-dialog.ts, resumeAfter).
 *
 * One test for every prompt: the message reads as a question (a question mark, an asking word, or two things
 * weighed: "cap ou bac pro c mieux"), has a few words (a bare "CAP ?" or "17 ?" answers), and the routing, read
 * afresh, gives it an answer of its own — an FAQ entry, a diploma explained, a comparison, an aid, another topic —
 * rather than the waiting topic's own dialog, which is what the waiting question already leads to.
 * The free-text interests question of the guided quiz is left to its own reading ("j'aime quoi moi ?").
 */
export function asksQuestionFillingSlot(slot: Slot, turn: Turn, waitingTopic: Topic | undefined): boolean {
  if (turn.chosen !== undefined || slot === 'interests') return false;
  const u = turn.understanding;
  if (u.words < MIN_WORDS || !readsAsQuestion(turn)) return false;
  return answersOnItsOwn(decideRoute(routingInputOf(turn)).route, slot, waitingTopic);
}

/**
 * A question that does not fill the slot at the age, level or persona question: "c'est où le plus près ?" while the
 * pay asks the age got "je n'ai pas compris ton âge". Any question there (a question mark, or an asking word, "où"
 * included: no age or level is told with it) is routed afresh. The town and course questions have their own reading
 * (own-question-at-slot.ts: "où" there asks where back, a course may be asked in a question).
 */
export function asksQuestionBesideSlot(slot: Slot, turn: Turn): boolean {
  if (turn.chosen !== undefined || !QUESTION_ONLY_SLOTS.has(slot)) return false;
  const u = turn.understanding;
  return u.words >= 2 && readsAsQuestion(turn);
}

/** The slots no question can be an answer to: an age, a level held, who is asking. */
const QUESTION_ONLY_SLOTS: ReadonlySet<Slot> = new Set(['age', 'levelHeld', 'persona']);

/** "CAP ?", "17 ans ?" are answers with a doubt; three words ask ("c quoi un cap"). */
const MIN_WORDS = 3;
/** Two things weighed against each other: "cap ou bac pro c mieux", "la dif entre…", "lequel choisir". */
const WEIGHS = /\b(?:diff?|difference|differences|mieux|meilleur|lequel|laquelle|versus|vs|compare|comparer)\b/;

function readsAsQuestion(turn: Turn): boolean {
  const u = turn.understanding;
  return u.text.includes('?') || hasQuestionWord(u) || WEIGHS.test(u.normalized);
}

/**
 * No answer of ours ("say": not covered, small talk), or an interruption: the detail the message gives is then worth
 * more as the answer to the waiting question. A topic's dialog answers on its own at the course question when it is
 * another topic than the one waiting ("un bac pro c'est payé combien ?": the pay). Elsewhere a topic read is the
 * detail itself at work: "et près de Saint-Lô ?" at the quiz's town question reads as a course search by town, and
 * is the town asked.
 */
const NOT_OWN_ANSWERS: ReadonlySet<Route['kind']> = new Set(['fallback', 'interruption', 'say']);

function answersOnItsOwn(route: Route, slot: Slot, waitingTopic: Topic | undefined): boolean {
  if (route.kind === 'topic') return (slot === 'trade' || slot === 'tradeOrType') && waitingTopic !== undefined && route.topic !== waitingTopic;
  return !NOT_OWN_ANSWERS.has(route.kind);
}

/**
 * The diploma a question only asked about ("c'est quoi un bac pro ?", "cap ou bac pro ?") while the course question
 * waited is no course chosen: it is taken back out of the profile, so that after the answer the course question comes
 * back rather than the town for a "bac pro" never asked for. A trade named in the question stays (it was said).
 * Called when a message at the course question (waiting because neither was known) is routed afresh; only a question
 * ("cap ou bac pro ?") is let go, a request ("un CAP à Caen") keeps its course.
 */
export function forgetCourseOnlyAskedAbout(slot: Slot, turn: Turn): void {
  if ((slot !== 'trade' && slot !== 'tradeOrType') || turn.understanding.trade !== undefined || !readsAsQuestion(turn)) return;
  const p = turn.data.profile;
  if (p.tradeCode !== undefined) return;
  delete p.diplomaType;
  delete p.levelAimed;
  delete p.trainingRequest;
  delete p.courseFields;
}
