import type { Establishment, Offer, OfferDemand, PastOffer } from '../schema/establishment.js';
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
  const sameCourse = courseMatcher(input.renewals, input.diploma);
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

/** Whether a newer line is the same course as an older one: same code, a code that renews it, or the same type and specialty title. */
export function courseMatcher(renewals: Renewals, diploma: (id: string) => DiplomaFacts | undefined): (older: Offer, newer: Offer) => boolean {
  return (older, newer) => {
    if (older.diploma === newer.diploma) return true;
    if (renewals.successorsOf(older.diploma).includes(newer.diploma)) return true;
    const a = diploma(older.diploma);
    const b = diploma(newer.diploma);
    return !!a && !!b && a.type === b.type && specialtyKey(a.title) !== '' && specialtyKey(a.title) === specialtyKey(b.title);
  };
}

/**
 * A course that only an older catalogue lists at a site, when no newer catalogue lists that site at all but a newer
 * catalogue lists the same course at another site of the same town: the town's current place for it is the other
 * site (a CFA's apprentice section now listed under the lycée that hosts it: "CFA académique - UFA Le Hurle-Vent" in
 * 2020, "Lycée professionnel Le Hurle-Vent" in 2025, both in Le Tréport). The old line becomes a past offer that
 * names the site now listed (`now_at`), so a place search never shows the course twice in one town, once as 2020.
 * `newestListing`: per site, the newest catalogue year that lists it (any line). Mutates the sites; returns how many
 * offers moved. Deterministic: sites in UAI order, the newest other line first, then the lower UAI.
 */
export function movedWithinTown(
  sites: Establishment[],
  newestListing: ReadonlyMap<string, number>,
  sameCourse: (older: Offer, newer: Offer) => boolean,
): number {
  const byTown = new Map<string, Establishment[]>();
  for (const e of sites) byTown.set(e.commune, [...(byTown.get(e.commune) ?? []), e]);
  let moved = 0;
  for (const site of sites) {
    const others = (byTown.get(site.commune) ?? []).filter((e) => e !== site);
    if (others.length === 0) continue;
    const kept: Offer[] = [];
    const past: PastOffer[] = [...(site.past_offers ?? [])];
    for (const o of site.offers) {
      const listedLater = (newestListing.get(site.uai) ?? o.year) > o.year;
      const newer = listedLater
        ? undefined
        : others
            .flatMap((e) => e.offers.filter((n) => n.year > o.year && sameCourse(o, n)).map((n) => ({ uai: e.uai, n })))
            .sort((a, b) => b.n.year - a.n.year || byString(a.uai, b.uai))[0];
      if (!newer) {
        kept.push(o);
        continue;
      }
      past.push({ diploma: o.diploma, year: o.year, source: o.source, absent_in: { year: newer.n.year, source: newer.n.source }, now_at: newer.uai });
      moved++;
    }
    if (kept.length === site.offers.length) continue;
    site.offers = kept;
    site.past_offers = past.sort((a, b) => byString(a.diploma, b.diploma) || a.year - b.year || byString(a.source, b.source));
  }
  return moved;
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
