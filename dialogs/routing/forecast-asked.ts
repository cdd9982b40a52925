import type { Understanding } from '../../src/nlu/understanding.js';

/** What is ranked: trades, fields, jobs (never a diploma or a place). */
const TRADES = /\b(?:metiers?|secteurs?|domaines?|emplois?|boulots?|filieres?|jobs?|branches?)\b/;
/** Hiring, demand, prospects. */
const HIRING = /\b(?:emplois|offres|postes|du travail|du boulot|recrut\w*|embauch\w*|debouches?|porteurs?|en tension|penurie|manquent|manque (?:de|d)|demandes?|demandeurs?|cherchent|besoin)\b/;
/** A ranking or a time to come: what the labour market will be, which the knowledge never holds. */
const RANK_OR_FUTURE = /\b(?:le plus|les plus|plus de|le mieux|vont|va|iront|ira|l an prochain|l annee prochaine|annees? a venir|prochaines? annees?|a l avenir|d avenir|futur|dans \d+ ans|en ce moment|actuellement|en \d{4})\b|\ben tension\b|\bpenurie\b|\bporteurs?\b/;
/** A question: a question word or the mark. */
const ASKS = /\b(?:quels?|quelles?|lesquels|lesquelles|ou|quoi|combien|est ce que|c est quoi|ce sont quoi|y a t il|savoir|connaitre|liste)\b/;

/**
 * "quels métiers vont le plus recruter dans le Calvados l'an prochain ?", "les secteurs qui embauchent le plus en
 * Normandie ?", "c'est quoi les métiers en tension ?": a labour-market forecast or ranking no source of ours gives
 * (the knowledge has trades, diplomas and where to learn them). Said so, with who publishes it, not the field quiz.
 */
export function forecastAsked(u: Understanding): boolean {
  const t = u.normalized;
  return TRADES.test(t) && HIRING.test(t) && RANK_OR_FUTURE.test(t) && (ASKS.test(t) || u.text.includes('?'));
}
