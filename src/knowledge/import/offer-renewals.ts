import type { DiplomaRecord } from './diplomas.js';
import { titleScore, titleTokens } from './offer-match.js';
import { byString } from './text.js';

/** A course line whose diploma code no certification file knows yet (a code created after their date). */
export interface UnknownCode {
  cfd: string;
  /** The catalogue's label, often abbreviated: "MAINT.VEHIC.OPT.MOTOCYCLES". */
  label: string;
  types: readonly string[];
}

export interface CodeRenewal {
  /** The known diploma the new code renews. */
  renews: DiplomaRecord;
  /** True when the label names the same specialty; false when found only by elimination (a renamed option). */
  sameTitle: boolean;
}

const STRONG = 0.8;
const WEAK = 0.6;

/** Renewed vocational diplomas often gain a "Métiers de / du …" head ("Bac pro logistique" → "Métiers de la logistique"). */
const specialtyTokens = (title: string): string[] => titleTokens(title).filter((t) => t !== 'metier');

/**
 * Which known diploma a code seen only in a recent catalogue renews. Diplomas are renewed within their kind and
 * professional field, so the old code shares the new one's first five characters (type and NSF group: 500-25220 →
 * 500-25227) and its type. Two passes, each refusing to guess:
 * 1. the label matches one such diploma clearly (as offer titles are matched: every word found, ties refused);
 * 2. a looser match (most words found: a renamed option, an abbreviation the matcher cannot read): among the
 *    diplomas the label matches best, exactly one is not already renewed by another new code of the catalogue
 *    (pass 1) — "option véhicules légers" renews "option voitures particulières" because the two other options
 *    of that CAP have their own new codes.
 * A diploma that already has a known successor is never a candidate: it was renewed before.
 */
export function matchCodeRenewals(unknown: readonly UnknownCode[], known: readonly DiplomaRecord[]): Map<string, CodeRenewal> {
  const out = new Map<string, CodeRenewal>();
  const open = known.filter((d) => d.cfd && !d.replaced_by);
  const ranked = new Map<string, Array<{ d: DiplomaRecord; score: number; coverage: number }>>();
  const codes = [...new Map(unknown.map((u) => [u.cfd, u])).values()].sort((a, b) => byString(a.cfd, b.cfd));
  for (const u of codes) {
    const q = specialtyTokens(u.label.replace(/\([^)]*\)/g, ' '));
    if (q.length === 0 || /\bannee commune\b/i.test(u.label.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) continue;
    const list = open
      .filter((d) => d.cfd?.slice(0, 5) === u.cfd.slice(0, 5) && u.types.includes(d.type))
      .map((d) => ({ d, ...titleScore(q, specialtyTokens(d.title)) }))
      .filter((r) => r.score >= WEAK)
      .sort((a, b) => b.score - a.score || b.coverage - a.coverage || byString(a.d.id, b.d.id));
    ranked.set(u.cfd, list);
    const [best, second] = list;
    if (best && best.score >= STRONG && !(second && second.score === best.score && second.coverage === best.coverage)) {
      out.set(u.cfd, { renews: best.d, sameTitle: true });
    }
  }
  const taken = (): Set<string> => new Set([...out.values()].map((r) => r.renews.id));
  for (const u of codes) {
    if (out.has(u.cfd)) continue;
    const list = ranked.get(u.cfd) ?? [];
    const top = list.filter((r) => r.score === list[0]?.score);
    const left = top.filter((r) => !taken().has(r.d.id));
    if (left.length === 1 && left[0]) out.set(u.cfd, { renews: left[0].d, sameTitle: false });
  }
  return out;
}

const SMALL_WORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'a', 'au', 'aux']);

/**
 * A readable title for a renewed code whose label is abbreviated and names its option differently
 * ("MAINT.VEHIC.OPT.VEHIC.LEGERS", renewing "CAP maintenance des véhicules option voitures particulières"): each
 * abbreviation becomes the word of the renewed title it begins ("maint." → "maintenance"), the small words between
 * two such words in the renewed title come back ("maintenance des véhicules"), and a word the renewed title lacks
 * takes its accents from the other diploma titles ("legers" → "légers"). Words are never invented.
 */
export function readableRenewedTitle(label: string, renewedTitle: string, accents: ReadonlyMap<string, string>): string {
  const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const renewedWords = renewedTitle.split(/\s+/).filter(Boolean);
  const words = label
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => {
      const f = fold(w);
      const full = renewedWords.find((r) => fold(r).startsWith(f) && !SMALL_WORDS.has(fold(r)));
      return full ?? accents.get(f) ?? w.toLowerCase();
    });
  const out: string[] = [];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (prev !== undefined) {
      // Small words between the two in the renewed title ("maintenance [des] véhicules").
      const a = renewedWords.indexOf(prev);
      const b = a >= 0 ? renewedWords.indexOf(w, a + 1) : -1;
      if (a >= 0 && b > a + 1 && renewedWords.slice(a + 1, b).every((x) => SMALL_WORDS.has(fold(x)))) out.push(...renewedWords.slice(a + 1, b));
    }
    out.push(w);
  });
  return out.join(' ');
}

/** Folded word → its accented spelling, from diploma titles (the most frequent spelling wins; ties by order). */
export function accentVocabulary(titles: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const t of titles) {
    for (const w of t.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length < 3) continue;
      const f = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (f === w) continue;
      const m = counts.get(f) ?? new Map<string, number>();
      m.set(w, (m.get(w) ?? 0) + 1);
      counts.set(f, m);
    }
  }
  const out = new Map<string, string>();
  for (const [f, m] of [...counts].sort((a, b) => byString(a[0], b[0]))) {
    const best = [...m].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
    if (best) out.set(f, best[0]);
  }
  return out;
}
