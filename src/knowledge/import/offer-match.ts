import type { DiplomaRecord } from './diplomas.js';
import { foldKey } from './text.js';

/** Words that say nothing about the specialty of a course. */
const STOP = new Set(
  (
    'a au aux d de des du en et l la le les pour sur opt option options specialite apprentissage annee 1ere commune ' +
    'affectation dsden cap capa bac pro bts btsa bp mc dut but cs brevet technicien superieur 1cap2 1cap2a 2ndpro 2dproa 2proa'
  ).split(' '),
);

export function titleTokens(s: string): string[] {
  return foldKey(s)
    .split(' ')
    .filter((t) => t.length > 0 && !STOP.has(t) && !/^\d+$/.test(t))
    // "agroequipements" and "agroequipement" are the same course
    .map((t) => (t.length > 3 ? t.replace(/[sx]$/, '') : t));
}

/** 1 when `t` starts with `q` ("gest" → "gestion"), 0.8 when `q` is an abbreviation of `t` ("cdte" → "conduite"). */
function tokenScore(q: string, t: string): number {
  if (t.startsWith(q)) return 1;
  if (q.length >= 3 && q[0] === t[0]) {
    let i = 0;
    for (const ch of t) if (ch === q[i]) i++;
    if (i === q.length) return 0.8;
  }
  return 0;
}

/** Share of the query's words found in the title, and share of the title's words used (to prefer exact titles). */
export function titleScore(query: readonly string[], title: readonly string[]): { score: number; coverage: number } {
  if (query.length === 0 || title.length === 0) return { score: 0, coverage: 0 };
  let total = 0;
  const used = new Set<number>();
  for (const q of query) {
    let best = 0;
    let bestIdx = -1;
    title.forEach((t, i) => {
      const s = tokenScore(q, t);
      if (s > best) {
        best = s;
        bestIdx = i;
      }
    });
    total += best;
    if (bestIdx >= 0) used.add(bestIdx);
  }
  return { score: total / query.length, coverage: used.size / title.length };
}

/**
 * The diploma whose title best matches a catalogue label, among the given types. Undefined unless one candidate
 * is clearly best: the label must be mostly found in the title, and ties are refused rather than guessed.
 */
export function matchByTitle(
  label: string,
  types: readonly string[],
  diplomas: readonly DiplomaRecord[],
  minScore = 0.8,
): DiplomaRecord | undefined {
  // A common first year leads to several options: naming one of them would be a guess.
  if (/\bannee commune\b/.test(foldKey(label))) return undefined;
  // "(Bac +2)" in a label is a level (bac+2 → 5, bac+3 → 6, bac+5 → 7).
  const bac = /bac\s*\+\s*(\d)/i.exec(label);
  const level = bac ? ({ '2': 5, '3': 6, '4': 6, '5': 7 } as Record<string, number>)[bac[1] ?? ''] : undefined;
  // Parenthesised text in catalogues is detail ("(option généraliste / option spécialisée) (Bac +2)").
  const q = titleTokens(label.replace(/\([^)]*\)/g, ' '));
  if (q.length === 0) return undefined;
  const ranked = diplomas
    .filter((d) => types.includes(d.type) && (level === undefined || d.level === level))
    .map((d) => {
      const { score, coverage } = titleScore(q, titleTokens(d.title));
      // Prefer a current diploma, then one Certif Info knows (the kit also lists superseded codes).
      const current = (d.active && d.apprenticeship ? 2 : 0) + (d.sources.includes('certif_info') ? 1 : 0);
      return { d, score, coverage, current };
    })
    .filter((r) => r.score >= minScore)
    .sort((a, b) => b.score - a.score || b.coverage - a.coverage || b.current - a.current);
  const [best, second] = ranked;
  if (!best) return undefined;
  if (second && second.score === best.score && second.coverage === best.coverage && second.current === best.current) {
    return undefined;
  }
  return best.d;
}

/**
 * Parcoursup's MEF code (e.g. 3112501021) carries the specialty part of the CFD in characters 4–8
 * (BTS MS option A: 320 + 25010). Candidates must also have one of the expected types.
 */
export function matchByMef(mef: string, types: readonly string[], diplomas: readonly DiplomaRecord[]): DiplomaRecord | undefined {
  if (!/^\d{10,11}$/.test(mef)) return undefined;
  const spec = mef.slice(3, 8);
  const candidates = diplomas.filter((d) => d.cfd?.slice(3) === spec && types.includes(d.type));
  if (candidates.length === 1) return candidates[0];
  const current = candidates.filter((d) => d.active && d.apprenticeship);
  return current.length === 1 ? current[0] : undefined;
}
