/**
 * Round 29 (review 19, X3 T4): the words people put around a question without asking anything with them — "bon en
 * vrai c'est quoi l'apprentissage ?", "du coup c'est quoi un CFA ?", "euh au fait c'est qui l'OPCO ?", "bah genre
 * c'est quoi l'alternance ?". After chit-chat they open the real question; they must not make a definition question
 * read as another one ("bon" is one typo from "bonne", as in "La bonne alternance").
 * Read on the normalised text, word by word ("en vrai" gives "vrai", "du coup" gives "coup", "au fait" gives "fait").
 */
export const DISCOURSE_FILLER_WORDS: readonly string[] = [
  'bon', 'ben', 'bah', 'beh', 'bein', 'euh', 'heu', 'hum', 'vrai', 'coup', 'fait', 'genre', 'enfin', 'finalement',
  'serieux', 'serieusement', 'hein', 'lol', 'mdr', 'ptdr', 'wesh', 'hey', 'tiens', 'dis', 'dites', 'bref', 'voila',
];
