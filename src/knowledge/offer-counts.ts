import type { EstablishmentsFile } from './schema/establishment.js';

/**
 * How many courses the establishments file knows, split so that no figure mixes kinds: a current offer placed in
 * a commune (the bot can list it), a current offer whose site no file places (listed by the import, never shown
 * with a guessed town), a past offer (a newer catalogue lists the site without it: history, never current), and a
 * catalogue line whose diploma could not be identified. `offers` is the current offers known, placed + unplaced.
 */
export interface OfferCounts {
  offers: number;
  offers_by_year: Record<string, number>;
  offers_placed: number;
  offers_placed_by_year: Record<string, number>;
  offers_unplaced: number;
  offers_unplaced_by_year: Record<string, number>;
  past_offers: number;
  past_offers_by_year: Record<string, number>;
  /** Catalogue lines kept with their label only (no diploma identified), placed or not: in no other figure. */
  offers_unmatched: number;
  /** Establishments by the year of the newest catalogue that lists them (coordinates are not a catalogue). */
  establishments_by_year: Record<string, number>;
}

function tally(years: Iterable<number>): { total: number; byYear: Record<string, number> } {
  const byYear: Record<string, number> = {};
  let total = 0;
  for (const y of years) {
    byYear[y] = (byYear[y] ?? 0) + 1;
    total += 1;
  }
  return { total, byYear };
}

export function offerCounts(file: EstablishmentsFile): OfferCounts {
  const sites = file.etablissements;
  const unplaced = file.unplaced_offers ?? [];
  const placed = tally(sites.flatMap((e) => e.offers.map((o) => o.year)));
  const unplacedKnown = tally(unplaced.filter((u) => u.diploma !== undefined).map((u) => u.year));
  const current = tally([...sites.flatMap((e) => e.offers.map((o) => o.year)), ...unplaced.filter((u) => u.diploma !== undefined).map((u) => u.year)]);
  const past = tally(sites.flatMap((e) => (e.past_offers ?? []).map((o) => o.year)));
  const unmatched = sites.reduce((n, e) => n + (e.unmatched_offers?.length ?? 0), 0) + unplaced.filter((u) => u.diploma === undefined).length;
  const sourceYear = (id: string): number => Number(file.sources[id]?.data_date.slice(0, 4) ?? 0);
  const establishments = tally(
    sites.map((e) => Math.max(...e.offers.map((o) => o.year), ...e.sources.filter((id) => id !== 'coords').map(sourceYear))),
  );
  return {
    offers: current.total,
    offers_by_year: current.byYear,
    offers_placed: placed.total,
    offers_placed_by_year: placed.byYear,
    offers_unplaced: unplacedKnown.total,
    offers_unplaced_by_year: unplacedKnown.byYear,
    past_offers: past.total,
    past_offers_by_year: past.byYear,
    offers_unmatched: unmatched,
    establishments_by_year: establishments.byYear,
  };
}
