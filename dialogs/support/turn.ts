import type { FaqMatch } from '../../src/nlu/faq-matcher.js';
import type { TurnContext } from 'botbuilder';
import type { MessageParams, Messages } from '../../src/knowledge/messages.js';
import type { Persona, Register } from '../../src/knowledge/schema/vocabulary.js';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { COMMON_OFFERS, type Action, type Offer } from './actions.js';
import { registerOf, type ConversationData, type ShownCard } from './state.js';

/**
 * Everything a dialog needs for one turn, computed once when the message arrives: what the message says, the
 * conversation's memory, and the knowledge version this turn answers from (a reload mid-turn changes nothing).
 */
export interface Turn {
  readonly understanding: Understanding;
  readonly data: ConversationData;
  readonly kb: KnowledgeBase;
  /** ISO date of the turn: aids are current or ended relative to it. */
  readonly today: string;
  /** Quick replies created this turn, by title: what was offered is remembered when the reply is sent. */
  readonly offerRegistry: Map<string, Action>;
  /** The quick reply the message picked (clicked or typed), if any. */
  chosen?: Action;
  /** A detail the last answer invited was read from this message (see ConversationData.invited). */
  detailGiven?: boolean;
  /**
   * For a short message right after a FAQ answer or an aid's detail: the FAQ entries nearest to that answer, best
   * first (see support/turn-preparation.ts).
   */
  inContext?: readonly string[];
  /** For the same short message: the stemmed words of that last answer (see support/answer-words.ts). */
  lastAnswerStems?: ReadonlySet<string>;
  /** For the same short message: the FAQ matcher's reading of it over its best `limit` entries (Recognizer.faqMatch). */
  faqMatch?: (limit: number) => readonly FaqMatch[];
  /**
   * A short message read again in two halves (see support/several-questions.ts): each half understood alone, when
   * both ask something; read at the first call (see support/turn-preparation.ts).
   */
  halves?: () => readonly Understanding[] | undefined;
  /** The question asked after a premise stating a figure, understood alone (see support/claim-then-question.ts). */
  questionAfterPremise?: () => Understanding | undefined;
  /** The other question of the two was offered this turn (a rerouted message is not offered twice). */
  otherQuestionsOffered?: boolean;
  /**
   * A later message of this turn will bring its own quick replies (the other question of two): the client shows only
   * the last message's, so the messages before it are sent without theirs.
   */
  quickRepliesFollow?: boolean;
  /** The card the previous turn sent, if it sent a FAQ or aid card (support/card-repeat.ts). */
  previousCard?: ShownCard;
  /** The routing rule that chose where this message went, if it was routed (for the logs). */
  rule?: string;
  /** Set by "effacer ma conversation": the bot deletes the history and state once the turn is over. */
  eraseRequested?: boolean;
  /**
   * The confirmation of an erasure asked in words, in the person's register: sent after the deletion (which takes
   * the conversation's whole transcript, a reply sent before it included), so that a client reading the transcript
   * over REST sees it too.
   */
  eraseConfirmation?: string;
}

const TURN_KEY = Symbol('orientation.turn');

export function setTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN_KEY, turn);
}

export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN_KEY) as Turn | undefined;
  if (!turn) throw new Error('turn not set: the bot must call setTurn before running dialogs');
  return turn;
}

export function registerOfTurn(turn: Turn): Register {
  return registerOf(turn.data.profile);
}

/**
 * Renders a message of knowledge/messages.fr.yaml in the register of the person we talk to, and for who they are.
 * A message whose content depends on who speaks has variants beside it: `key.for_jeune` (the young person about
 * themself, also in `vous`: "vous touchez"), `key.for_employeur`, `key.for_parent`, `key.for_conseiller` (about
 * the apprentice, also in `tu`: "ton apprenti touche"), or `key.for_others` shared by the last three. The plain key
 * is the fallback: its `tu` speaks to the young person, its `vous` about the apprentice.
 */
export function say(turn: Turn, key: string, params?: MessageParams): string {
  const messages = turn.kb.knowledge.messages;
  return messages.render(voicedKey(messages, key, turn.data.profile.persona), registerOfTurn(turn), params);
}

function voicedKey(messages: Messages, key: string, persona: Persona | undefined): string {
  if (persona === undefined) return key;
  const own = `${key}.for_${persona}`;
  if (messages.has(own)) return own;
  const others = `${key}.for_others`;
  return persona !== 'jeune' && messages.has(others) ? others : key;
}

/** A quick reply whose title is a message key and whose action is one of the common next steps. */
export function offer(turn: Turn, key: string, action?: Action): Offer {
  const resolved = action ?? COMMON_OFFERS[key];
  if (!resolved) throw new Error(`no action for quick reply ${key}`);
  return offerTitled(turn, say(turn, key), resolved);
}

/** A quick reply with a title from the knowledge (a trade name, an aid title). */
export function offerTitled(turn: Turn, title: string, action: Action): Offer {
  turn.offerRegistry.set(title, action);
  return { title, action };
}
