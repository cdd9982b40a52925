import { say, type Turn } from './turn.js';

/**
 * Lists that name the same diploma (and the same nearest place) on several lines, once per trade ("• Vendeur en
 * épicerie : CAP équipier polyvalent du commerce (le plus proche : Le Havre, < 1 km)" three times), read long on a
 * phone (issue 12): the trades that share a tail are named together on one line, the tail once. Pure.
 */
export interface HeadAndTail {
  /** What differs from line to line: the trade's name. */
  head: string;
  /** What several lines may share: the diploma, and where it is taught nearest. */
  tail: string;
}

/** The items grouped by their tail, in the order of each tail's first item; each group's heads in their order. */
export function groupedByTail(items: readonly HeadAndTail[]): { heads: string[]; tail: string }[] {
  const groups = new Map<string, string[]>();
  for (const { head, tail } of items) {
    const heads = groups.get(tail);
    if (heads) heads.push(head);
    else groups.set(tail, [head]);
  }
  return [...groups].map(([tail, heads]) => ({ heads, tail }));
}

/** Several trades named on one line: "Vendeur en épicerie, employé de rayon" (the first keeps its capital). */
export function headsJoined(heads: readonly string[]): string {
  return heads.map((h, i) => (i === 0 || /^\p{Lu}{2}/u.test(h) ? h : h.charAt(0).toLowerCase() + h.slice(1))).join(', ');
}

/** The trades' lines, those sharing a diploma and its place on one line (orientation.field_trade_line). */
export function tradeLines(turn: Turn, items: readonly HeadAndTail[]): string[] {
  return groupedByTail(items).flatMap(({ heads, tail }) =>
    tail === '' ? heads.map((h) => `• ${h}`) : [say(turn, 'orientation.field_trade_line', { trade: headsJoined(heads), diplomas: tail })]);
}
