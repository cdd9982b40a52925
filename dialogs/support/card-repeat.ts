import { createHash } from 'node:crypto';
import { partKeys } from './answer-parts.js';
import type { AnswerCard } from './replies.js';
import type { Turn } from './turn.js';

/** The print of what a card says (its lead text and every word on it): two cards with the same print read the same. */
export function cardPrint(text: string, card: AnswerCard): string {
  return createHash('sha256').update(JSON.stringify([text, card])).digest('base64url').slice(0, 22);
}

/**
 * Whether this card is the one the turn just before sent, word for word, for a different message (review 14: "c normal
 * ou pas ??" after the chores card, "elle a 17 ans, peut-elle ?" after an aid, "puis-je rompre ?" after the rupture
 * rules, each got the same card again, which reads as a loop). The same message sent again gets the same card.
 */
export function cardShownJustBefore(turn: Turn, print: string): boolean {
  const previous = turn.previousCard;
  return previous !== undefined && previous.print === print && previous.question !== turn.understanding.normalized;
}

/** Remembers the card this turn sends, for the next turn (cleared at its start: see turn-preparation.ts). */
export function rememberCard(turn: Turn, print: string): void {
  turn.data.lastCard = { print, question: turn.understanding.normalized };
}

/** "En signant…" → "en signant…" after a colon; an acronym keeps its capitals ("CFA", "OPCO"). */
export function lowerFirst(sentence: string): string {
  const firstWord = /^[^\s']+/.exec(sentence)?.[0] ?? '';
  return (firstWord.match(/\p{Lu}/gu) ?? []).length > 1 ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The keys a message stands for beyond its own words: a disability told ("une RQTH") is what answers call "handicap". */
export function keysOfFactsTold(turn: Turn): string[] {
  return turn.understanding.facts.disability === true ? [...partKeys('handicap handicape')] : [];
}
