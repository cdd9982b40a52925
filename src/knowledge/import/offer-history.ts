import type { Offer, OfferDemand, PastOffer } from '../schema/establishment.js';
import type { Renewals } from './renewals.js';
import { specialtyKey } from './renewals.js';
import type { SourceId } from './sources.js';
import { byString } from './text.js';

/** What the history needs to know of a diploma: its type (for a catalogue's scope) and its title. */
export interface DiplomaFacts {
  type: string;
  title: string;
}

export interface SiteHistoryInput {
  /** Every course line of the site mapped to a diploma, from every catalogue and year. */
  offers: readonly Offer[];
  /** The catalogues that list the site at all (any line), with their year. */
  listedIn: ReadonlyArray<{ source: SourceId; year: number }>;
  /** Kinds of course (diploma types) each catalogue covers; a catalogue without a scope never drops a course. */
  scope: Partial<Record<SourceId, readonly string[]>>;
  renewals: Renewals;
  diploma(id: string): DiplomaFacts | undefined;
}

/**
 * The courses of one site across catalogue years:
 * - the same course in several years (same code, a code that renews it, or the same type and specialty title
 *   under another code) keeps only its newest line: the newest catalogue wins;
 * - an older course that a newer catalogue covering its kind of course lists the site without is no longer
 *   current: it becomes a past offer ("offered in 2020, not in 2025");
 * - every other older course stays current, with its own year.
 * Pure and deterministic: output sorted by diploma, year, source.
 */
export function siteHistory(input: SiteHistoryInput): { offers: Offer[]; pastOffers: PastOffer[] } {
  const merged = mergeDuplicates(input.offers);
  const sameCourse = (older: Offer, newer: Offer): boolean => {
    if (older.diploma === newer.diploma) return true;
    if (input.renewals.successorsOf(older.diploma).includes(newer.diploma)) return true;
    const a = input.diploma(older.diploma);
    const b = input.diploma(newer.diploma);
    return !!a && !!b && a.type === b.type && specialtyKey(a.title) !== '' && specialtyKey(a.title) === specialtyKey(b.title);
  };
  const current: Offer[] = [];
  const past: PastOffer[] = [];
  for (const o of merged) {
    if (merged.some((n) => n.year > o.year && sameCourse(o, n))) continue;
    const type = input.diploma(o.diploma)?.type;
    // The newest catalogue that lists this site and covers this kind of course, without it.
    const newer = input.listedIn
      .filter((l) => l.year > o.year && type !== undefined && (input.scope[l.source] ?? []).includes(type))
      .sort((a, b) => b.year - a.year || byString(a.source, b.source))[0];
    if (newer) past.push({ diploma: o.diploma, year: o.year, source: o.source, absent_in: { year: newer.year, source: newer.source } });
    else current.push(o);
  }
  const order = (a: { diploma: string; year: number; source: string }, b: { diploma: string; year: number; source: string }): number =>
    byString(a.diploma, b.diploma) || a.year - b.year || byString(a.source, b.source);
  return { offers: current.sort(order), pastOffers: past.sort(order) };
}

/** One line per diploma, year and catalogue; demand figures of repeated lines are added up. */
function mergeDuplicates(offers: readonly Offer[]): Offer[] {
  const byKey = new Map<string, Offer>();
  for (const o of offers) {
    const key = `${o.diploma}|${o.year}|${o.source}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...o, ...(o.demand ? { demand: { ...o.demand } } : {}) });
      continue;
    }
    if (seen.demand || o.demand) {
      const demand = addDemand(seen.demand, o.demand);
      if (demand) seen.demand = demand;
      else delete seen.demand;
    }
  }
  return [...byKey.values()];
}

function addDemand(a: OfferDemand | undefined, b: OfferDemand | undefined): OfferDemand | undefined {
  const out: OfferDemand = {};
  for (const k of ['first_choice', 'all_choices', 'wishes', 'capacity'] as const) {
    const x = a?.[k];
    const y = b?.[k];
    // A sum is only a fact when both lines gave the figure.
    if (x !== undefined && y !== undefined) out[k] = x + y;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
