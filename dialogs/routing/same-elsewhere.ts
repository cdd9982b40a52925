import type { Understanding } from '../../src/nlu/understanding.js';
import type { RoutingInput } from './route.js';

/** The entry that says pay and the apprentice's rules are national, and what changes from one region to another. */
export const SAME_EVERYWHERE_ENTRY = 'memes-regles-partout-en-france';

/** Sameness or difference asked: "c'est pareil", "le même", "ça change", "différent", "ça dépend de la région". */
const SAME_OR_NOT =
  /\b(?:pareil|pareille|pareils|pareilles|meme chose|le meme|la meme|les memes|identique|identiques|different|differente|differents|differentes|difference|change|changent|varie|varient|depend|dependent)\b/;

/**
 * Somewhere else than Normandy, said as a region or a part of France rather than a town: "dans le nord", "en
 * Bretagne", "dans le sud", "ailleurs", "dans une autre région", "partout en France", "selon la région". A town or a
 * département outside Normandy is read by the understanding (`outside`).
 */
const ELSEWHERE = new RegExp(
  '\\b(?:ailleurs|partout|toute la france|tout le pays|(?:une |les |d )?autres? regions?|selon (?:la |les )?regions?|(?:de |d une |une )?region a (?:le |une )?autre' +
    '|dans le (?:nord|sud|midi|sud ouest|sud est|nord est|nord ouest)|dans le est|dans le ouest|en (?:bretagne|occitanie|provence|alsace|lorraine|auvergne|bourgogne|aquitaine|nouvelle aquitaine|ile de france|corse|picardie|champagne|franche comte|vendee|savoie)' +
    '|(?:a|sur) paris|a lyon|a marseille|a lille|a bordeaux|a toulouse|a nantes|a rennes|a strasbourg|dans les (?:dom|drom|outre mer)|en outre mer)\\b',
);

/** A place to be trained or a course looked for: the places answers (Normandy only, La bonne alternance elsewhere) say it. */
const PLACES_ASKED = /\b(?:formations?|cfa|ecoles?|lycees?|etablissements?|offres?|centres?|places?)\b/;

/** Pay or the apprentice's rules named, for a message that names no subject of its own ("c'est pareil en Bretagne ?"). */
const RULE_WORDS = /\b(?:salaire|salaires|paye|paie|paies|payes|smic|remuneration|regles?|droits?|contrat|conges|vacances|age|horaires|loi|aides?|apprentissage|alternance)\b/;

/** The last answers whose subject is a national rule: "c'est pareil en Bretagne ?" right after them asks about it. */
const RULE_TOPICS: ReadonlySet<string> = new Set(['salary', 'faq', 'aids', 'employer_aids']);

/**
 * "le salaire c'est pareil dans le nord ?", "c'est la même chose en Bretagne ?", "les règles changent selon la région ?":
 * whether pay or the rules are the same outside Normandy. They are national (the Code du travail), which the entry
 * says with what does change (the courses on offer, some of the Région's aids). A course or a school looked for
 * elsewhere keeps the places answers; a town of Normandy named is not elsewhere.
 */
export function sameElsewhereAsked(i: RoutingInput): boolean {
  const u = i.understanding;
  if (u.kind !== 'text' || !i.hasFaqEntry(SAME_EVERYWHERE_ENTRY)) return false;
  if (!SAME_OR_NOT.test(u.normalized) || PLACES_ASKED.test(u.normalized) || u.commune !== undefined || u.departement !== undefined) return false;
  if (!elsewhereNamed(u)) return false;
  // Nothing in view and nothing named ("c'est pareil en Bretagne ?" first): the rules are what can be the same.
  return RULE_WORDS.test(u.normalized) || i.data.lastTopic === undefined || RULE_TOPICS.has(i.data.lastTopic);
}

/** A part of France outside Normandy, a town or a département there, or "elsewhere" (not a country abroad: abroad.ts). */
function elsewhereNamed(u: Understanding): boolean {
  if (u.abroad !== undefined) return false;
  return u.outside !== undefined || ELSEWHERE.test(u.normalized);
}
