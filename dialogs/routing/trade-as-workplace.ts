import type { Understanding } from '../../src/nlu/understanding.js';
import { withoutWorkplace } from '../../src/nlu/workplace.js';

/**
 * "je suis dans une exploitation agricole, c'est qui ?" right after the mediator: the trade read ("chef d'exploitation
 * agricole") is only in the words that say where the person works (src/nlu/workplace.ts), the setting of their story,
 * not a trade they ask about. Every word of the trade's phrase that the message writes is in that place.
 */
export function tradeOnlyWhereOneWorks(u: Understanding): boolean {
  if (!u.trade) return false;
  const rest = new Set(withoutWorkplace(u.normalized).split(' '));
  if (rest.size === new Set(u.normalized.split(' ')).size) return false;
  const said = u.trade.phrase.split(' ').filter((w) => w.length > 2 && u.normalized.split(' ').includes(w));
  return said.length > 0 && said.every((w) => !rest.has(w));
}
