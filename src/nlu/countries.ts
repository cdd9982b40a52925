/**
 * A country other than France named in a message, and whether the person lives there or would go there.
 * "je vis en Belgique, je peux faire mon apprentissage en Normandie ?" comes from abroad to Normandy (the bot covers
 * Normandy: the towns here); "je veux partir en Allemagne pendant mon apprentissage", "un stage en Espagne" go
 * abroad during the contract (the mobility entry). A country is never a town: it is neither a Normandy commune by
 * its letters nor a town elsewhere in France.
 */
export interface CountryHit {
  /** The country as written in the normalised message ("belgique", "royaume uni"). */
  span: string;
  /** The person lives there (or writes from there); otherwise they would go there. */
  livesThere: boolean;
}

/** Countries young people name, normalised (no accents, hyphens as spaces); "l'étranger" is abroad in general. */
const COUNTRIES = [
  'belgique', 'allemagne', 'espagne', 'italie', 'portugal', 'suisse', 'luxembourg', 'royaume uni', 'angleterre',
  'ecosse', 'irlande', 'pays bas', 'hollande', 'autriche', 'pologne', 'roumanie', 'suede', 'norvege', 'danemark',
  'finlande', 'grece', 'malte', 'croatie', 'tchequie', 'hongrie', 'bulgarie', 'canada', 'quebec', 'etats unis', 'usa',
  'maroc', 'algerie', 'tunisie', 'senegal', 'cote d ivoire', 'cameroun', 'mali', 'japon', 'australie', 'chine',
  'amerique', 'mexique', 'bresil', 'nouvelle zelande', 'coree',
  'etranger', 'europe',
];

/** The country after "en", "au", "aux", "à l'", "depuis", or opening the message ("Belgique", "Suisse, c'est possible ?"). */
// "la Suisse normande" is a part of Normandy (Calvados and Orne), no country.
const COUNTRY = new RegExp(`(?:^|\\b(?:en|au|aux|a l|a|l|de|d|du|des|la|le|depuis)\\s+)(${COUNTRIES.join('|')})\\b(?!\\s+normande)`);

/**
 * Living there: "je vis / j'habite / je réside / je suis / on est en Belgique", "depuis la Suisse", "je viens du
 * Maroc", "je suis belge" is not read (a nationality says nothing of where one lives).
 */
const LIVES = /\b(?:vis|vit|vivons|vivent|vivez|habite|habites|habitons|habitent|habitez|reside|residons|resident|residez|suis|sommes|est|sont|etes|viens|vient|venons|venez|installe|installee|installes|domicilie|domiciliee)\s+(?:actuellement\s+|encore\s+|toujours\s+|deja\s+)?(?:en|au|aux|a l|a|de|d|du|des)\s+\S+/;
const FROM = /\b(?:depuis)\s+(?:la|le|l|les)?\s*\S+/;
/** Going there: a move, a stay or a placement abroad ("partir", "aller", "un stage", "Erasmus", "mobilité"). */
const GOES = /\b(?:partir|pars|part|aller|vais|irai|stage|stages|sejour|mobilite|erasmus|echange|travailler|bosser|faire)\b/;

const ABROAD_IN_GENERAL: ReadonlySet<string> = new Set(['etranger', 'europe']);

export function countryIn(normalized: string): CountryHit | undefined {
  const match = COUNTRY.exec(normalized);
  if (!match) return undefined;
  const span = match[1]!;
  // "l'étranger" and "l'Europe" name no place to live ("un diplôme obtenu à l'étranger"): only a stay there is read.
  if (ABROAD_IN_GENERAL.has(span)) return GOES.test(normalized) ? { span, livesThere: false } : undefined;
  // The verb that governs the country: the words just before it.
  const before = normalized.slice(0, match.index + match[0].length);
  const governing = before.split(' ').slice(-6).join(' ');
  const livesSaid = (LIVES.test(governing) || FROM.test(governing)) && !GOES.test(governing.split(' ').slice(-4).join(' '));
  // With no verb of living, a stay or a move named anywhere goes there; a country alone is where one is, as a town
  // alone is ("Belgique", like "je suis à Rennes").
  return { span, livesThere: livesSaid || !GOES.test(normalized) };
}
