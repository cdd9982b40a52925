/**
 * A job title said with the kind of shop it is done in: "vendeuse en magasin", "vendeur dans une boutique",
 * "caissière en grande surface", "employé de rayon au supermarché". The shop names no trade of its own: a seller in a
 * boutique, a supermarket or a shopping centre is a seller in a shop (Onisep's "vendeur / vendeuse en magasin"), and
 * "grande surface" must not make a seller the store's director (whose ROME title says "de grande surface"). "Le
 * commerce" is a field ("travailler dans le commerce"), not a shop: it is not read so.
 * Every shop noun is read as the one the knowledge's titles and aliases write, "magasin", so that one alias per job
 * ("vendeur en magasin", metiers-familiers.yaml) answers every shop said.
 */

/** The shops said in everyday French, normalised (most specific first, so "grand magasin" is one shop). */
const SHOPS = [
  'grandes surfaces', 'grande surface', 'moyennes surfaces', 'moyenne surface', 'grands magasins', 'grand magasin',
  'centres commerciaux', 'centre commercial', 'galerie marchande', 'grande distribution', 'hypermarches', 'hypermarche',
  'supermarches', 'supermarche', 'superettes', 'superette', 'boutiques', 'boutique', 'magasins', 'magasin',
];

/** "en", "dans", "chez", "au" and the article after them: the words that put a job in a place. */
const IN_PLACE = '(?:en|dans|au|aux|chez)(?: (?:un|une|le|la|les|des|l|d))?';

const SHOP_AFTER_JOB = new RegExp(`(?<=\\S) ${IN_PLACE} (?:${SHOPS.join('|')})(?= |$)`);

/** A message that names a job in a shop, read two ways: the shop said as "magasin", and the job without its shop. */
export interface JobInShop {
  asMagasin: string;
  withoutShop: string;
}

/**
 * The two readings of a job said in a shop, or undefined when the message names no shop so. Only a shop put after a
 * word ("vendeuse en boutique"): a message that starts with it ("en magasin, on gagne combien ?") names no job.
 */
export function jobInShop(normalized: string): JobInShop | undefined {
  const m = SHOP_AFTER_JOB.exec(normalized);
  if (!m) return undefined;
  const before = normalized.slice(0, m.index);
  const after = normalized.slice(m.index + m[0].length);
  return { asMagasin: `${before} en magasin${after}`, withoutShop: `${before}${after}` };
}
