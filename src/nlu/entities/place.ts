/** Postcodes ("14000", "50100") and départements (names, or numbers after "dans le", "du", "département"). */

export interface DepartementFound {
  code: string;
  name: string;
  normandy: boolean;
  /** The normalised words that named it ("eure", "le 27"), absent when a postcode did: a town's words, not a trade's. */
  span?: string;
}

/** The codes of Normandy's five départements. */
export const NORMANDY_CODES: ReadonlySet<string> = new Set(['14', '27', '50', '61', '76']);

// Normandy and its neighbours (people near the border look across it), plus Paris.
const BY_NAME: ReadonlyArray<[string, string, string]> = [
  ['seine maritime', '76', 'Seine-Maritime'],
  ['seine inferieure', '76', 'Seine-Maritime'],
  ['eure et loir', '28', 'Eure-et-Loir'],
  ['ille et vilaine', '35', 'Ille-et-Vilaine'],
  ['val de oise', '95', "Val-d'Oise"],
  ['seine et marne', '77', 'Seine-et-Marne'],
  ['calvados', '14', 'Calvados'],
  ['eure', '27', 'Eure'],
  ['manche', '50', 'Manche'],
  ['orne', '61', 'Orne'],
  ['mayenne', '53', 'Mayenne'],
  ['sarthe', '72', 'Sarthe'],
  ['oise', '60', 'Oise'],
  ['somme', '80', 'Somme'],
  ['yvelines', '78', 'Yvelines'],
  ['paris', '75', 'Paris'],
];
const NAME_OF = new Map(BY_NAME.map(([, code, name]) => [code, name]));
/** The written names of Normandy's départements (normalised words), with their code. */
export const NORMANDY_NAMES: ReadonlyMap<string, string> = new Map(
  BY_NAME.filter(([, code]) => NORMANDY_CODES.has(code)).map(([words, code]) => [words, code]),
);
for (const [code, name] of [['14', 'Calvados'], ['27', 'Eure'], ['50', 'Manche'], ['61', 'Orne'], ['76', 'Seine-Maritime']] as const) {
  NAME_OF.set(code, name);
}
/** Names that are also common words: they need "dans la", "en", "le" before them. */
const NEEDS_ARTICLE = new Set(['manche', 'somme', 'orne', 'eure', 'oise']);
const ARTICLES = new Set(['la', 'le', 'en', 'dans', 'de', 'du', 'departement', 'sud', 'nord']);
const NUMBER_BEFORE = new Set(['le', 'du', 'departement', 'dept', 'dep']);
const NOT_AFTER_NUMBER = new Set(['ans', 'an', 'salaries', 'euros', 'heures', 'pourcent', 'km', 'kilometres', 'minutes',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
  'decembre', 'mois', 'jours', 'personnes', 'apprentis', 'e', 'h']);

export function extractPostcode(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^\d{5}$/.test(t)) continue;
    const next = tokens[i + 1];
    if (next === 'euros' || next === 'habitants' || next === 'salaries') continue;
    if (departementOfPostcode(t) !== undefined) return t;
  }
  return undefined;
}

export function departementOfPostcode(postcode: string): string | undefined {
  const two = Number(postcode.slice(0, 2));
  if (postcode.startsWith('97')) return /^97[1-6]/.test(postcode) ? postcode.slice(0, 3) : undefined;
  if (two === 20) return Number(postcode) < 20200 ? '2A' : '2B';
  return two >= 1 && two <= 95 ? postcode.slice(0, 2) : undefined;
}

export function departementFromCode(code: string): DepartementFound {
  return { code, name: NAME_OF.get(code) ?? code, normandy: NORMANDY_CODES.has(code) };
}

export function extractDepartement(tokens: readonly string[], postcode: string | undefined): DepartementFound | undefined {
  if (postcode) {
    const code = departementOfPostcode(postcode);
    if (code) return departementFromCode(code);
  }
  const text = ` ${tokens.join(' ')} `;
  for (const [words, code] of BY_NAME) {
    const at = text.indexOf(` ${words} `);
    if (at < 0) continue;
    if (words === 'eure' && text.includes(' eure et loir ')) continue;
    if (NEEDS_ARTICLE.has(words)) {
      const before = text.slice(0, at).trim().split(' ').pop() ?? '';
      if (!ARTICLES.has(before)) continue;
      // "la manche de mon pull", "la somme de 500 euros": a common noun followed by its complement.
      const after = text.slice(at + words.length + 2);
      const before2 = text.slice(0, at).trim().split(' ').slice(-2).join(' ');
      if ((after.startsWith('de ') || after.startsWith('du ')) && !/(?:dans|en|departement) (?:la|le)$|^(?:dans|en)$/.test(before2)) continue;
    }
    return { ...departementFromCode(code), span: words };
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^\d{2}$/.test(t) || !NUMBER_BEFORE.has(tokens[i - 1] as string)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && NOT_AFTER_NUMBER.has(next)) continue;
    // "mon numéro c'est le 06 12 34 56 78": a pair of digits followed by another is a phone number, not a département.
    if (next !== undefined && /^\d{2}$/.test(next)) continue;
    const n = Number(t);
    if (n >= 1 && n <= 95 && n !== 20) return { ...departementFromCode(t), span: `${tokens[i - 1] as string} ${t}` };
  }
  return undefined;
}
