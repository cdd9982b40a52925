/*
 * "sa pay cmb 1 aprenti 17an 1er anné": a French message in SMS spelling may hold a word that looks English ("pay")
 * and one that is both ("an": "17 an" is a year of age). Such a message is French: a message is English only on real
 * English evidence, and any plainly French word (often an SMS word the lexicon has already folded: "cmb" → "combien",
 * "aprenti" → "apprenti") says it is not.
 */

/** French words, beyond the grammar words, that no English message writes: the pay question's words, SMS-folded. */
const FRENCH_WORDS: ReadonlySet<string> = new Set(
  `combien apprenti apprentie apprentis apprentissage alternance alternant alternante salaire salaires paye payee
  gagne gagner touche toucher ans annee annees anne mois brut smic aides quel quelle quels quelles
  sa ses il elle ils ca cest ce est cb cmb premiere deuxieme troisieme 1e 2e 3e avec sans chez pas`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Words that are English or French by their neighbours: "an" after a number is the French year ("17 an"). */
const FRENCH_AFTER_NUMBER: ReadonlySet<string> = new Set(['an', 'ans']);

/** How many of the tokens are English words (`isEnglish`), not counting a word that reads as French where it stands. */
export function englishWordsIn(tokens: readonly string[], isEnglish: (t: string) => boolean): number {
  return tokens.filter((t, i) => isEnglish(t) && !(FRENCH_AFTER_NUMBER.has(t) && /\d$/.test(tokens[i - 1] ?? ''))).length;
}

/** How many of the tokens are plainly French (`isFrenchMarker`: the grammar words; and the words above). */
export function frenchWordsIn(tokens: readonly string[], isFrenchMarker: (t: string) => boolean): number {
  return tokens.filter((t) => isFrenchMarker(t) || FRENCH_WORDS.has(t)).length;
}
