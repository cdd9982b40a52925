import type { Understanding } from '../../src/nlu/understanding.js';
import { EXACT_TRADE } from './thresholds.js';

/** At most this many words beside a trade's name still say only the trade ("un couvreur", "plombier stp", "mécano ?"). */
const TRADE_ALONE_MAX_WORDS = 3;

/**
 * The message is a trade's name and little else: its title or an everyday name of it, typed whole ("couvreur",
 * "Plombier !", "boulangère ?", "mecano"). The person names the trade they want; the field that trade belongs to
 * (bâtiment, for a roofer) is no answer of theirs to "qu'est-ce que tu aimes faire ?".
 */
export function namesTradeAlone(u: Understanding): boolean {
  const t = u.trade;
  return t !== undefined && t.whole && t.score >= EXACT_TRADE && u.words <= TRADE_ALONE_MAX_WORDS && u.commune === undefined;
}
