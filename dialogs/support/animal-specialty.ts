import { normalize } from '../../src/text/normalize.js';

/**
 * The animal a trade or a diploma is about, read from its title: "Éleveur de bovins" is cattle, "Bac pro conduite et
 * gestion de l'entreprise hippique" horses. A diploma whose option names another animal than the trade's is no
 * diploma to offer for it, even when the ROME links them (review 15, J6: cattle breeding was offered the horse-industry
 * bac pro because the nearest place taught that option). Pure: titles in, a verdict out.
 */
const ANIMALS: ReadonlyArray<[string, RegExp]> = [
  ['horse', /\b(?:hippique|hippiques|equin|equine|equins|equines|cheval|chevaux|equitation|equestre|equestres|palefrenier|palefreniere|cavalier|cavaliere|attelage|marechal ferrant)\b/],
  ['cattle', /\b(?:bovin|bovins|bovine|bovines|vache|vaches|veau|veaux|taurillon|taurillons|bison|bisons|bouvier|bouviere)\b/],
  ['sheep_goat', /\b(?:ovin|ovins|ovine|caprin|caprins|caprine|mouton|moutons|chevre|chevres|berger|bergere)\b/],
  ['pig', /\b(?:porcin|porcins|porcine|porc|porcs|truie|truies)\b/],
  ['poultry', /\b(?:avicole|avicoles|volaille|volailles|aviculteur|avicultrice)\b/],
  ['dog_cat', /\b(?:canin|canine|canins|felin|feline|felins|chien|chiens|chat|chats|toiletteur|toiletteuse)\b/],
  ['fish', /\b(?:aquacole|aquacoles|aquaculture|pisciculture|piscicole|conchylicole|conchyliculture)\b/],
  ['bees', /\b(?:apicole|apiculture|apiculteur|apicultrice)\b/],
];

/** The animals a title names (none for a title about no animal in particular). */
export function animalsNamed(title: string): Set<string> {
  const n = normalize(title);
  return new Set(ANIMALS.filter(([, re]) => re.test(n)).map(([animal]) => animal));
}

/** Whether a diploma's title names only animals other than those the trade's title names. */
export function animalContradicts(tradeTitle: string, diplomaTitle: string): boolean {
  const trade = animalsNamed(tradeTitle);
  if (trade.size === 0) return false;
  const diploma = animalsNamed(diplomaTitle);
  return diploma.size > 0 && ![...diploma].some((a) => trade.has(a));
}
