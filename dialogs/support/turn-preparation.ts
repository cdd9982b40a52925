import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder-core';
import type { Recognizer } from '../../src/nlu/understand.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { tokenize } from '../../src/text/normalize.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS } from '../routing/thresholds.js';
import type { Offer } from './actions.js';
import { answerStems } from './answer-words.js';
import { mayHoldTwoQuestions, questionOf, splitsOf } from './several-questions.js';
import { questionAfterPremise } from './claim-then-question.js';
import { offerButtonsOncePerTurn } from './buttons-once.js';
import { rememberPhoneHeard } from './callback-details.js';
import { recognizeChoice } from './choices.js';
import { everydayWordsOf } from '../../src/nlu/everyday-words.js';
import { applyToProfile } from './profile-update.js';
import { rememberSubjectNamed } from './subject-in-view.js';
import type { DialogServices } from './services.js';
import type { ConversationData } from './state.js';
import { setTurn, type Turn } from './turn.js';
import { positionPicked } from './list-pick.js';
import { bareNumberOf, continuedText } from './number-continued.js';

/** A typed answer longer than this is a new message, not the pick of a quick reply by a word it shares. */
const LOOSE_CHOICE_MAX_WORDS = 4;

/**
 * Everything done once per incoming activity before any dialog runs: read the message, work out which offered
 * quick reply it picks, fold its facts into the profile, and remember the quick replies this turn will offer.
 */
export function prepareTurn(context: TurnContext, data: ConversationData, services: DialogServices, recognizer: Recognizer): Turn {
  const kb = services.knowledge.current;
  const today = services.today();
  const activity = context.activity;
  const typed = activity.type === ActivityTypes.Message ? (activity.text ?? '') : '';
  // "17" then "ans, 1ère année": the second message continues the first (number-continued.ts).
  const text = activity.type === ActivityTypes.Message ? continuedText(data.bareNumber, typed) : typed;
  if (activity.type === ActivityTypes.Message) data.bareNumber = bareNumberOf(typed);
  const turn: Turn = {
    understanding: recognizer.understand(text, kb, { maxChars: services.maxMessageChars, today }),
    data,
    kb,
    today,
    offerRegistry: new Map(),
  };
  setTurn(context, turn);
  // Before the quick replies are remembered: what is remembered is what was offered.
  offerButtonsOncePerTurn(context, () => turn.quickRepliesFollow === true);
  rememberOffers(context, turn);
  if (activity.type === ActivityTypes.Message) {
    // Only the card of the turn just before counts as "just shown": a turn that sends no card forgets it.
    turn.previousCard = data.lastCard;
    data.lastCard = undefined;
    turn.chosen = chosenOffer(turn) ?? tradePickedFromList(turn);
    applyToProfile(turn);
    rememberSubjectNamed(turn);
    rememberPhoneHeard(turn);
    turn.halves = halvesReader(turn, recognizer, services.maxMessageChars);
    turn.questionAfterPremise = premiseQuestionReader(turn, recognizer, services.maxMessageChars);
    const normalized = turn.understanding.normalized;
    // Read only when a follow-up looks for its answer next to the last one (routing/near-entry.ts).
    if (recognizer.faqMatch) turn.faqMatch = (limit) => recognizer.faqMatch?.(normalized, kb, limit) ?? [];
    const context = lastAnswerWords(turn);
    if (context) {
      turn.inContext = recognizer.faqNear(context, kb);
      turn.lastAnswerStems = lastAnswerStems(turn);
    }
  }
  return turn;
}

/**
 * The words of the last answer a short message may follow up (a FAQ entry's question, an aid's title), or nothing:
 * the entries near them are where "et les jours fériés ?" after the paid holidays may go.
 */
function lastAnswerWords(turn: Turn): string | undefined {
  const u = turn.understanding;
  if (u.kind !== 'text' || u.words > ANSWER_FOLLOW_UP_MAX_WORDS) return undefined;
  const { lastTopic, lastFaq, lastAid } = turn.data;
  if (lastTopic === 'faq' && lastFaq) return turn.kb.search.faqEntry(lastFaq)?.questions[0];
  if (lastTopic === 'aids' && lastAid) return turn.kb.knowledge.aids.find((a) => a.id === lastAid)?.title;
  return undefined;
}

/**
 * The two halves of a short message that may hold two questions, each read alone; none for a quick reply or a form.
 * Read only when the route asks for them (a message a dialog's prompt takes never needs them), once per turn; and of
 * each cut, the right half only when the left one asks something: only a cut whose two halves both ask is used (a
 * cut where one half asks nothing gives no first question to answer and no other question to offer).
 */
function halvesReader(turn: Turn, recognizer: Recognizer, maxChars: number): () => readonly Understanding[] | undefined {
  if (turn.chosen !== undefined || turn.data.inForm || !mayHoldTwoQuestions(turn.understanding)) return () => undefined;
  const { kb, today } = turn;
  const text = turn.understanding.text;
  const read = (half: string): Understanding | undefined => {
    const u = recognizer.understand(half, kb, { maxChars, today });
    return questionOf(u) !== undefined ? u : undefined;
  };
  let halves: readonly Understanding[] | undefined | null = null;
  return () => {
    if (halves !== null) return halves;
    halves = undefined;
    for (const [left, right] of splitsOf(text)) {
      const l = read(left);
      const r = l && read(right);
      if (l && r) return (halves = [l, r]);
    }
    return halves;
  };
}

/** The question after a premise stating a figure (claim-then-question.ts), read alone at the first call. */
function premiseQuestionReader(turn: Turn, recognizer: Recognizer, maxChars: number): () => Understanding | undefined {
  const question = turn.chosen === undefined && !turn.data.inForm ? questionAfterPremise(turn.understanding.text) : undefined;
  if (question === undefined) return () => undefined;
  let read: Understanding | undefined;
  return () => (read ??= recognizer.understand(question, turn.kb, { maxChars, today: turn.today }));
}

/** The stemmed words of the FAQ entry or aid shown last, for the same short message as lastAnswerWords. */
function lastAnswerStems(turn: Turn): ReadonlySet<string> | undefined {
  const { lastTopic, lastFaq, lastAid } = turn.data;
  if (lastTopic === 'faq' && lastFaq) return answerStems(turn.kb, { kind: 'faq', id: lastFaq });
  if (lastTopic === 'aids' && lastAid) return answerStems(turn.kb, { kind: 'aid', id: lastAid });
  return undefined;
}

/** Remembers the quick replies of the last message sent, with their actions, for the next turn. */
function rememberOffers(context: TurnContext, turn: Turn): void {
  context.onSendActivities(async (_ctx, activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>) => {
    for (const a of activities) {
      const actions = a.suggestedActions?.actions;
      if (a.type === ActivityTypes.Message && actions && actions.length > 0) {
        turn.data.offered = actions.map((action) => {
          const offer: { title: string; action?: Offer['action'] } = { title: action.title ?? String(action.value) };
          const known = turn.offerRegistry.get(offer.title);
          if (known) offer.action = known;
          return offer;
        });
      }
    }
    return next();
  });
}

/**
 * "le 2e m'intéresse, quel diplôme ?", "celui du milieu c'est où ?" after the bot named a few trades (the quiz's
 * examples, its suggestions): that trade, picked as its button would be, even while the quiz waits for an age.
 */
function tradePickedFromList(turn: Turn): Offer['action'] | undefined {
  const listed = turn.data.listedTrades;
  if (!listed || turn.understanding.kind !== 'text' || turn.understanding.trade !== undefined) return undefined;
  const i = positionPicked(turn.understanding.normalized, listed.length);
  const code = i === undefined ? undefined : listed[i];
  return code === undefined ? undefined : { do: 'trade', code };
}

/** The quick reply this message picks, clicked (exact title) or typed ("la 2e", "coiffure", "oui"). */
function chosenOffer(turn: Turn): Offer['action'] | undefined {
  const offered = turn.data.offered;
  const text = turn.understanding.text;
  const exact = offered?.find((o) => o.title === text.trim());
  if (exact) return exact.action;
  // A domain button of the quiz clicked after later questions (its buttons stay on screen): still that domain, never
  // what the classifier reads in its title ("Informatique, numérique" is not a request to erase the conversation).
  const domain = turn.kb.knowledge.files.interets.interests.find((i) => i.featured === true && i.label === text.trim());
  if (domain) return { do: 'interest', id: domain.id };
  if (!offered || offered.length === 0) return undefined;
  if (tokenize(turn.understanding.normalized).length > LOOSE_CHOICE_MAX_WORDS) return undefined;
  const everyday = everydayWordsOf(turn.kb.knowledge);
  const i = recognizeChoice(text, offered.map((o) => o.title), (w) => everyday.has(w));
  return i === undefined ? undefined : offered[i]?.action;
}

