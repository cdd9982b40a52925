import type { DiplomaRecord } from './diplomas.js';
import { splitGenderedLabel } from './labels.js';
import { specialtyKey } from './renewals.js';
import { byString, foldKey } from './text.js';

/**
 * Trade ↔ diploma links that Certif Info's ROME codes miss, read from the titles (issue 12, item 4). Certif Info
 * files a diploma under the historic ROME fiches: the CAP "maintenance des véhicules option motocycles" under the
 * car mechanic, not the motorbike mechanic; the CAP "réalisations industrielles … option B soudage" under the
 * boilermaker, not the welder. Three general rules, never a list of trades:
 * 1. the title names the trade: every word of one of the trade's names is in the diploma's specialty, word forms
 *    compared by their stem ("soudage" / "soudeur", "coiffure" / "coiffeur", "chauffage" / "chauffagiste");
 * 2. the option of a vocational diploma (CAP, Bac pro, BP, BTS, MC, CS) names a trade of its professional field
 *    (the first three characters of its ROME codes, or of their parent's): every word of the option ("option C
 *    motocycles") is in one of the trade's names ("Mécanicien motocycles"). Outside the field an option's words
 *    name other things ("option véhicules légers" is not the light-van driver);
 * 3. a CAP and a Bac pro of the same specialty ("… option C : matériels d'espaces verts") lead to the same trades.
 * Only current diplomas open to apprenticeship are linked.
 */

const STOP = new Set(
  'a au aux d de des du en et l la le les un une ou pour sur par avec dans sans son sa ses hors'.split(' '),
);
/** Word endings of trades and fields ("soudeur", "soudage"): longest first. */
const SUFFIXES = ['iennes', 'ienne', 'ieres', 'iere', 'euses', 'euse', 'eurs', 'eur', 'rices', 'rice', 'ages', 'age', 'eries', 'erie', 'iers', 'ier', 'iens', 'ien', 'istes', 'iste', 'ures', 'ure', 'es', 'e', 's', 'x'];

export function stem(word: string): string {
  for (const s of SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  return word;
}

/** Same word, or forms of one word: equal stems, or one word starting with the other's stem of 5+ letters. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Every way of matching keeps the first letter: most pairs stop here.
  if (a[0] !== b[0]) return false;
  const sa = stem(a);
  const sb = stem(b);
  if (sa === sb && sa.length >= 4) return true;
  return (sa.length >= 5 && b.startsWith(sa)) || (sb.length >= 5 && a.startsWith(sb));
}

export function contentWords(text: string): string[] {
  return foldKey(text.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** The words of a diploma's specialty: its title without the type ("CAP", "Bac pro", …) and without parentheses. */
export function specialtyWords(d: Pick<DiplomaRecord, 'title'>): string[] {
  return contentWords(specialtyKey(d.title)).filter((w) => w !== 'option');
}

/** National vocational diplomas, whose options are specialties of a trade ("CAP … option motocycles"). */
export const VOCATIONAL_TYPES: ReadonlySet<string> = new Set(['CAP', 'CAPA', 'Bac pro', 'BP', 'BPA', 'BTS', 'BTSA', 'BTSM', 'MC', 'CS']);

/** The words after "option" in a vocational diploma's title, without the option's letter. */
export function optionWords(d: Pick<DiplomaRecord, 'title' | 'type'>): string[] {
  if (!VOCATIONAL_TYPES.has(d.type)) return [];
  const m = /\boptions?\b\s*(?:[a-h]\b)?\s*(.*)$/.exec(foldKey(d.title.replace(/\([^)]*\)/g, ' ')));
  return m ? contentWords(m[1] ?? '').filter((w) => w !== 'option') : [];
}

export interface TradeNames {
  code: string;
  label: string;
  parent?: string | undefined;
}

/**
 * Word → the records containing a form of it. Built once: each distinct word is compared with each distinct word of
 * the other side once, instead of every trade with every diploma.
 */
class WordIndex {
  private readonly byWord = new Map<string, Set<string>>();
  private readonly memo = new Map<string, Set<string>>();
  add(id: string, words: readonly string[]): void {
    for (const w of words) {
      const set = this.byWord.get(w) ?? new Set<string>();
      set.add(id);
      this.byWord.set(w, set);
    }
  }
  /** Records with a form of `w`. */
  withForm(w: string): Set<string> {
    let found = this.memo.get(w);
    if (found) return found;
    found = new Set<string>();
    for (const [x, ids] of this.byWord) if (sameWord(w, x)) for (const id of ids) found.add(id);
    this.memo.set(w, found);
    return found;
  }
  /** Records with a form of every word of `words`. */
  withAll(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const sets = words.map((w) => this.withForm(w)).sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    return [...(first ?? [])].filter((id) => rest.every((r) => r.has(id)));
  }
}

/** Trade code → ids of the diplomas linked by the three rules above (whatever Certif Info already links). */
export function titleLinks(trades: readonly TradeNames[], diplomas: readonly DiplomaRecord[]): Map<string, Set<string>> {
  const current = diplomas.filter((d) => d.active && d.apprenticeship);
  const parentOf = new Map(trades.map((t) => [t.code, t.parent]));
  const links = new Map<string, Set<string>>();
  const add = (code: string, id: string): void => {
    const s = links.get(code) ?? new Set<string>();
    s.add(id);
    links.set(code, s);
  };

  // Rule 1: the diploma's specialty names the trade. A one-word name of fewer than 5 letters ("Agent") would
  // name half the catalogue.
  const diplomaWords = new WordIndex();
  for (const d of current) diplomaWords.add(d.id, specialtyWords(d));
  const tradeWords = new WordIndex();
  for (const t of trades) {
    const forms = new Set(splitGenderedLabel(t.label).map((f) => contentWords(f).join(' ')));
    for (const form of forms) {
      const words = form.split(' ').filter(Boolean);
      tradeWords.add(t.code, words);
      if (words.length > 1 || (words[0]?.length ?? 0) >= 5) for (const id of diplomaWords.withAll(words)) add(t.code, id);
    }
  }

  // Rule 2: the option of a vocational diploma names a trade of its field.
  const trade = new Map(trades.map((t) => [t.code, t]));
  for (const d of current) {
    const option = optionWords(d);
    if (option.length === 0) continue;
    const fields = new Set(
      (d.romes ?? []).flatMap((r) => [r.slice(0, 3), ...(parentOf.get(r) ? [(parentOf.get(r) as string).slice(0, 3)] : [])]),
    );
    for (const code of tradeWords.withAll(option)) {
      const t = trade.get(code);
      const inField = fields.has(code.slice(0, 3)) || (t?.parent !== undefined && fields.has(t.parent.slice(0, 3)));
      if (inField) add(code, d.id);
    }
  }

  // Rule 3: CAP and Bac pro of one specialty share their trades (Certif Info's and the two rules above).
  const bySpecialty = new Map<string, DiplomaRecord[]>();
  for (const d of current) {
    if (!['CAP', 'CAPA', 'Bac pro'].includes(d.type)) continue;
    const key = specialtyKey(d.title);
    bySpecialty.set(key, [...(bySpecialty.get(key) ?? []), d]);
  }
  const tradesOf = new Map<string, Set<string>>();
  for (const d of current) for (const r of d.romes ?? []) tradesOf.set(d.id, new Set([...(tradesOf.get(d.id) ?? []), r]));
  for (const [code, ids] of links) for (const id of ids) tradesOf.set(id, new Set([...(tradesOf.get(id) ?? []), code]));
  for (const group of bySpecialty.values()) {
    const levels = new Set(group.map((d) => (d.type === 'Bac pro' ? 'bac' : 'cap')));
    if (levels.size < 2) continue;
    const shared = new Set(group.flatMap((d) => [...(tradesOf.get(d.id) ?? [])]));
    for (const d of group) for (const code of shared) add(code, d.id);
  }
  return new Map([...links].sort((a, b) => byString(a[0], b[0])));
}
