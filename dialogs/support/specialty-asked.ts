import { normalize } from '../../src/text/normalize.js';

/** Little words a specialty may start with ("CAP en horlogerie", "BTS de design"). */
const LEADING = new Set(['en', 'de', 'd', 'du', 'des', 'option']);
/** Words that end the specialty and start the rest of the request ("CAP horlogerie à Caen en apprentissage ?"). */
const AFTER = new Set(['a', 'au', 'aux', 'pres', 'vers', 'sur', 'dans', 'ou', 'pour', 'en', 'et', 'mais', 'c', 'ce', 'je', 'il',
  'svp', 'stp', 's', 'si', 'vous', 'plait', 'merci', 'pas', 'loin', 'tres', 'trop', 'cote', 'coin', 'autour', 'proche', 'chez',
  'moi', 'region', 'secteur', 'apprentissage', 'alternance', 'possible', 'niveau', 'normandie', 'comment', 'combien', 'quand', 'quel', 'quelle', 'est']);
/** A specialty is a few words ("horlogerie", "design de mode", "maintenance des matériels agricoles"). */
const SPECIALTY_MAX_WORDS = 5;
/** Shorter words are no specialty ("cap 1", "bts ok"). */
const SPECIALTY_MIN_LETTERS = 4;

/**
 * The specialty a request names after its kind of diploma ("je voudrais faire un CAP horlogerie" → "horlogerie",
 * "BTS design de mode" → "design de mode"), or undefined when the kind stands alone ("un CAP à Caen").
 */
export function specialtyAsked(request: string, type: string): string | undefined {
  const tokens = request.split(' ');
  const kind = normalize(type).split(' ');
  const at = tokens.findIndex((_, i) => kind.every((w, k) => tokens[i + k] === w));
  if (at < 0) return undefined;
  let i = at + kind.length;
  while (LEADING.has(tokens[i] ?? '')) i++;
  const words: string[] = [];
  while (i < tokens.length && words.length < SPECIALTY_MAX_WORDS && !AFTER.has(tokens[i] as string)) words.push(tokens[i++] as string);
  while (words.length > 0 && LEADING.has(words[words.length - 1] as string)) words.pop();
  return words.some((w) => w.length >= SPECIALTY_MIN_LETTERS && !/^\d/.test(w)) ? words.join(' ') : undefined;
}
