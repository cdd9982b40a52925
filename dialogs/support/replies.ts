import { notedOnce } from './noted-once.js';
import { ActivityTypes, type Activity } from 'botbuilder-core';
import type { Offer } from './actions.js';
import { ADAPTIVE_CARD, toAdaptiveCard } from './adaptive-card.js';
import { offerEachButtonOnce } from './buttons-once.js';
import { say, type Turn } from './turn.js';
import { splitLead } from './lead-budget.js';
import { wrappedLines } from './phone-lines.js';

/** A link or a quick answer shown under a card. Only https: and tel: links are ever produced. */
export type CardButton =
  | { kind: 'reply'; title: string; value?: string }
  | { kind: 'link'; title: string; url: string };

/** One row of a table (pay by year, an aid's amount by company size): a short label and its value. */
export interface CardFact {
  title: string;
  value: string;
}

/** The words of the card's own controls, from messages.fr.yaml. */
export interface CardLabels {
  /** The toggle that opens the details and the other sources ("En savoir plus"). */
  more: string;
  /** The same toggle when only sources are behind it ("Sources"). */
  sources: string;
}

/**
 * One answer card, as the dialogs describe it: a title, a few short lines, a table, details a reader may open,
 * where the facts come from (producer + date), and buttons. How it looks is decided once, in adaptive-card.ts.
 */
export interface AnswerCard {
  title: string;
  subtitle?: string;
  /** Short lines, each its own paragraph (a client's Markdown never merges them). */
  lines?: readonly string[];
  /** A table, shown after the lines. */
  facts?: readonly CardFact[];
  /** Short lines after the table ("ce sont des minimums en brut"). */
  notes?: readonly string[];
  /** Details behind "En savoir plus": assumptions, notes, the rest of a long list. */
  more?: readonly string[];
  /**
   * What the plain text (the card's fallbackText, read by screen readers and text-only channels) says instead of
   * `more`: a long list cut to its count, as the card's first screen shows it, rather than every item.
   */
  moreInPlainText?: readonly string[];
  /**
   * Already rendered "Source : … (date)" lines, the most authoritative first: only the first is on the card, the
   * others are behind the toggle.
   */
  sources?: readonly string[];
  buttons?: readonly CardButton[];
  /** A drawing under the lines (the small map of the places listed): a data: URL and its text alternative. */
  image?: { url: string; alt: string };
  labels: CardLabels;
}

/** An answer card in the words of this turn's knowledge (the labels of its toggle). */
export function answerCard(turn: Turn, card: Omit<AnswerCard, 'labels'>): AnswerCard {
  return { ...card, labels: { more: say(turn, 'card.more'), sources: say(turn, 'card.sources') } };
}

/**
 * A bot message: short text, an optional answer card (an Adaptive Card, the same for every client), and quick
 * replies for the next steps. Built as a plain object (no factories) because it is on the hot path of every turn.
 */
export function reply(text: string, options: { card?: AnswerCard; quickReplies?: readonly (string | Offer)[]; inputHint?: 'acceptingInput' | 'expectingInput' } = {}): Partial<Activity> {
  // Pieces said side by side each acknowledge what they took in: "C'est noté" once (support/noted-once.ts).
  const said = notedOnce(text);
  // Above a card, the message is its lead: a sentence or two; the rest opens with the card's details (lead-budget.ts).
  const { lead, rest } = options.card ? splitLead(said) : { lead: said, rest: [] };
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: lead, inputHint: options.inputHint ?? 'acceptingInput' };
  // The card's rows give way to a long lead: the two share one phone screen (adaptive-card.ts, SCREEN_PHONE_LINES).
  const screen = { leadLines: lead ? wrappedLines(lead) : 0 };
  if (options.card) activity.attachments = [{ contentType: ADAPTIVE_CARD, content: toAdaptiveCard(withLeadRest(options.card, rest), screen) }];
  if (options.quickReplies && options.quickReplies.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: options.quickReplies.map((q) => {
        const title = typeof q === 'string' ? q : q.title;
        return { type: 'imBack', title, value: title };
      }),
    };
    // Each button once: a quick reply that repeats another, or one of the card's buttons, is left out.
    offerEachButtonOnce(activity, new Set());
  }
  return activity;
}

/** The card with the lead's overflow first among its details, in the card and in its plain text alike. */
function withLeadRest(card: AnswerCard, rest: readonly string[]): AnswerCard {
  if (rest.length === 0) return card;
  return {
    ...card,
    more: [...rest, ...(card.more ?? [])],
    ...(card.moreInPlainText ? { moreInPlainText: [...rest, ...card.moreInPlainText] } : {}),
  };
}
