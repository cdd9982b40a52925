import type { Activity } from 'botbuilder';

/** About how many characters a line holds on a 360 px phone (issue 12 §5). */
export const PHONE_CHARS_PER_LINE = 38;

/** How long one reply reads on a phone: its text, its card's first screen, and the card's whole content. */
export interface ReplySize {
  textChars: number;
  /** Everything the card carries: title, lines, tables, sources, button titles, and what is behind its toggle. */
  cardChars: number;
  /** The card as it first shows, without what is behind its "En savoir plus" / "Sources" toggle. */
  visibleCardChars: number;
  /** Lines a 360 px phone shows for the text and the card's first screen. */
  phoneLines: number;
  /** Lines of the card's whole content, its toggle opened. */
  cardPhoneLines: number;
  /**
   * What a phone shows before any toggle is opened: the message's text and the card's first screen (title, lines,
   * rows, source line, button titles). The hand review of round 29 read this and scored 1 any reply over ~1,000.
   */
  visibleChars: number;
  /**
   * The whole reply as plain text: the message's text and the card's fallbackText (every line, what is behind the
   * toggle included), as a text-only channel or a screen reader gives it, and as the eval reads the reply's facts.
   */
  replyChars: number;
  /**
   * Round 31 (issue 12 §5): the rows of the card's first screen (text blocks and table rows, buttons left out): the
   * lines a reader counts on a phone. An aid's card is held to one lead sentence, ~8 lines and one source line.
   */
  visibleRows: number;
}

const linesOf = (t: string): number =>
  t.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / PHONE_CHARS_PER_LINE)), 0);

type Node = Record<string, unknown>;

/** The texts of a card element, each as a phone shows it (a fact is its title and value on one row). */
function blocksOf(node: unknown, withHidden: boolean): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => blocksOf(n, withHidden));
  if (node === null || typeof node !== 'object') return [];
  const n = node as Node;
  if (n['type'] === 'TextBlock' && typeof n['text'] === 'string') return [n['text']];
  if (n['type'] === 'FactSet' && Array.isArray(n['facts'])) return (n['facts'] as { title: string; value: string }[]).map((f) => `${f.title} ${f.value}`);
  if (n['type'] === 'Image') return [];
  if (typeof n['type'] === 'string' && n['type'].startsWith('Action.')) {
    const own = typeof n['title'] === 'string' ? [n['title']] : [];
    return n['type'] === 'Action.ShowCard' && withHidden ? [...own, ...blocksOf(n['card'], true)] : own;
  }
  return [...blocksOf(n['body'], withHidden), ...blocksOf(n['actions'], withHidden)];
}

/** The text blocks and table rows of a card element, buttons and toggles left out. */
function rowsOf(node: unknown, withHidden: boolean): number {
  if (Array.isArray(node)) return node.reduce((n: number, x) => n + rowsOf(x, withHidden), 0);
  if (node === null || typeof node !== 'object') return 0;
  const n = node as Node;
  if (n['type'] === 'TextBlock') return 1;
  if (n['type'] === 'FactSet' && Array.isArray(n['facts'])) return n['facts'].length;
  if (typeof n['type'] === 'string' && n['type'].startsWith('Action.')) return n['type'] === 'Action.ShowCard' && withHidden ? rowsOf(n['card'], true) : 0;
  return rowsOf(n['body'], withHidden) + rowsOf(n['actions'], withHidden) + rowsOf(n['items'], withHidden) + rowsOf(n['columns'], withHidden);
}

/** The size of one bot message as a phone shows it. */
export function replySize(activity: Partial<Activity>): ReplySize {
  const text = activity.text ?? '';
  const card = activity.attachments?.[0]?.content as unknown;
  const all = card ? blocksOf(card, true) : [];
  const visible = card ? blocksOf(card, false) : [];
  const chars = (xs: string[]): number => xs.reduce((n, x) => n + x.length, 0);
  return {
    textChars: text.length,
    cardChars: chars(all),
    visibleCardChars: chars(visible),
    phoneLines: (text ? linesOf(text) : 0) + visible.reduce((n, x) => n + linesOf(x), 0),
    cardPhoneLines: all.reduce((n, x) => n + linesOf(x), 0),
    visibleChars: text.length + chars(visible),
    visibleRows: card ? rowsOf(card, false) : 0,
    replyChars: text.length + (typeof (card as { fallbackText?: unknown } | undefined)?.fallbackText === 'string' ? (card as { fallbackText: string }).fallbackText.length : 0),
  };
}
