import { normalizeKnown } from '../../src/text/normalize-known.js';

/**
 * Round 32 (review 22, J1): "Mécanicien motocycles" was paired with "CAP maintenance des matériels option A : matériels
 * agricoles" because the nearest place among the trade's first diplomas taught that option, while "CAP maintenance des
 * véhicules option motocycles" exists. A diploma's option says which trade it is for: where one of the first diplomas
 * has an option naming the trade's own words (or the words its option is named with: "automobile" ~ "voitures
 * particulières"), an option naming something else is no diploma to point that trade to. Pure: titles in, a verdict out.
 */

/** The option part of a title: "option A : matériels agricoles", "option motocycles", "options C" (normalised). */
const OPTION = /\boptions?\b(?:\s+[a-e]\b)?\s*(.+)$/;

/** Words a trade is named with, and the words its diplomas' options name it with (normalised, no accents). */
const OPTION_NAMES: ReadonlyArray<readonly [trade: RegExp, option: RegExp]> = [
  [/\b(?:moto\w*|motocycl\w*|scooters?|cyclomoteurs?)\b/, /\bmotocycles?\b/],
  [/\b(?:automobiles?|voitures?|vehicules? legers?|auto)\b/, /\b(?:voitures? particulieres?|vehicules? legers?)\b/],
  [/\b(?:poids lourds?|camions?|routiers?|transports? routiers?|vehicules? industriels?|autocars?|bus)\b/, /\b(?:vehicules? de transport routier|transports? routiers?|vehicules? industriels?|poids lourds?)\b/],
  [/\b(?:paysagistes?|paysages?|jardiniers?|jardins?|espaces? verts?)\b/, /\b(?:espaces? verts?|paysages?|parcs et jardins|jardins?)\b/],
  [/\b(?:agricoles?|agriculture|tracteurs?|machinisme)\b/, /\b(?:materiels? agricoles?|agricoles?)\b/],
  [/\b(?:travaux publics|btp|chantiers?|engins?)\b/, /\b(?:materiels? de (?:construction|travaux publics)|construction et (?:de )?manutention|travaux publics)\b/],
  [/\b(?:bateaux?|nautiques?|nautisme|plaisance|marins?)\b/, /\b(?:bateaux? de plaisance|nautisme|nautiques?|plaisance)\b/],
];

/** Words every option of a family shares ("matériels agricoles", "matériels d'espaces verts"): they tell none apart. */
const FAMILY_WORDS: ReadonlySet<string> = new Set(['materiel', 'vehicule', 'equipement', 'maintenance', 'systeme', 'produit', 'service', 'option']);

/** The long words of a text, for the option's own words shared with the trade's name. */
const longWords = (text: string): Set<string> => new Set(text.split(' ').filter((w) => w.length > 3).map((w) => w.replace(/s$/, '')).filter((w) => !FAMILY_WORDS.has(w)));

/** Whether a diploma's option is for this trade ('own'), for another ('other'), or the title has no option ('none'). */
export function optionFor(tradeName: string, diplomaTitle: string): 'own' | 'other' | 'none' {
  const option = OPTION.exec(normalizeKnown(diplomaTitle))?.[1];
  if (option === undefined) return 'none';
  const trade = normalizeKnown(tradeName);
  const own = longWords(trade);
  if ([...longWords(option)].some((w) => own.has(w))) return 'own';
  return OPTION_NAMES.some(([t, o]) => t.test(trade) && o.test(option)) ? 'own' : 'other';
}

/**
 * The diplomas a trade's place is looked up for, among its first ones: without those whose option is another
 * trade's, when one has the trade's own option (else all, as before).
 */
export function ownOptionFirst<D extends { title: string }>(tradeName: string, diplomas: readonly D[]): D[] {
  const verdicts = diplomas.map((d) => optionFor(tradeName, d.title));
  if (!verdicts.includes('own')) return [...diplomas];
  return diplomas.filter((_, i) => verdicts[i] !== 'other');
}
