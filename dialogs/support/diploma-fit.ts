import { splitGenderedLabel } from '../../src/knowledge/import/labels.js';
import { tokenize } from '../../src/text/normalize.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';
import type { Knowledge } from '../../src/knowledge/snapshot.js';
import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import type { Trade } from '../../src/knowledge/schema/trade.js';
import { FIELD_FIT_MIN_SHARE, FIELD_WORD_PREFIX } from '../routing/thresholds.js';

/**
 * Whether a diploma is of a trade's field, read from words. Certif Info links a diploma to up to five ROME codes, some
 * loosely (the horse-farm bac pro for a cattle breeder, the green-spaces machinery CAP for a cycle mechanic, a
 * philosophy master for a nurse): a diploma whose title says little of the trade's names, against the best-fitting
 * diploma of the trade, is of another field: shown after the others, and left out of a place search.
 */

/** The endings of a trade's noun or its field's ("soudeur", "soudage"; "coiffeuse", "coiffure"), longest first. */
const NOUN_ENDING = /(?:euses?|eurs?|ages?|ures?|eries?|iers?|ieres?|iennes?|iens?)$/;

/** A word as a field key: its first letters once its noun ending is cut ("coiffure", "coiffeur" → "coiff"). */
function fieldKey(word: string): string {
  const stem = word.replace(NOUN_ENDING, '');
  return (stem.length >= 4 ? stem : word).slice(0, FIELD_WORD_PREFIX);
}

/** The words of a text that may name a field, as field keys. */
export function fieldKeys(text: string): Set<string> {
  return new Set(
    tokenize(normalizeKnown(text))
      .filter((w) => w.length >= 4)
      .map(fieldKey),
  );
}

/** The key of the first word of a trade's short name ("Électricien" of "Électricien du bâtiment"): what it does. */
function headKey(trade: Trade): string | undefined {
  const words = tokenize(normalizeKnown(splitGenderedLabel(trade.label)[0] ?? trade.label)).filter((w) => w.length >= 4);
  return words[0] === undefined ? undefined : fieldKey(words[0]);
}

/** A trade's label and job titles, as field keys. */
function nameKeys(trade: Trade): Set<string> {
  return fieldKeys([...splitGenderedLabel(trade.label), ...(trade.synonyms ?? [])].join(' '));
}

/** Per knowledge snapshot: each key's weight, the log of the share of trades that do not name it (built once). */
const keyWeightsCache = new WeakMap<Knowledge, Map<string, number>>();
function keyWeights(k: Knowledge): Map<string, number> {
  let weights = keyWeightsCache.get(k);
  if (!weights) {
    const counts = new Map<string, number>();
    for (const t of k.trades.values()) for (const key of nameKeys(t)) counts.set(key, (counts.get(key) ?? 0) + 1);
    weights = new Map([...counts].map(([key, n]) => [key, Math.log(k.trades.size / n)]));
    keyWeightsCache.set(k, weights);
  }
  return weights;
}

/** How much a diploma's title says the trade's field: the weights of the words it shares with the trade's names. */
export function fieldScore(k: Knowledge, trade: Trade): (d: Diploma) => number {
  const keys = nameKeys(trade);
  const weights = keyWeights(k);
  return (d) => [...fieldKeys(d.title)].reduce((sum, key) => sum + (keys.has(key) ? (weights.get(key) ?? 0) : 0), 0);
}

/**
 * A test of whether a diploma is of the trade's field: its title says the first word of the trade's name ("CAP
 * électricien", "BTSA métiers de l'élevage"), or its shared words weigh at least FIELD_FIT_MIN_SHARE of the
 * best-fitting one's among `diplomas`. When none shares a word, nothing is told, and every diploma fits.
 */
export function fitsTradeField(k: Knowledge, trade: Trade, diplomas: readonly Diploma[]): (d: Diploma) => boolean {
  const score = fieldScore(k, trade);
  const scores = new Map(diplomas.map((d) => [d.id, score(d)]));
  const best = Math.max(0, ...scores.values());
  if (best === 0) return () => true;
  const head = headKey(trade);
  return (d) => (head !== undefined && fieldKeys(d.title).has(head)) || (scores.get(d.id) ?? score(d)) >= FIELD_FIT_MIN_SHARE * best;
}

/** The diplomas of the trade's field when some are, else all of them (in their order). */
export function ofTradeField(k: Knowledge, trade: Trade, diplomas: readonly Diploma[]): Diploma[] {
  const fits = fitsTradeField(k, trade, diplomas);
  return diplomas.filter(fits);
}
