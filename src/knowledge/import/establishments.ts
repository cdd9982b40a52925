import type { Commune } from '../schema/commune.js';
import type { Establishment, Offer, UnmatchedOffer, UnplacedOffer } from '../schema/establishment.js';
import type { SiteRow } from './catalogues.js';
import { CATALOGUE_SCOPE } from './catalogues.js';
import type { CommuneResolver } from './communes.js';
import type { DiplomaRecord, DiplomaUniverse } from './diplomas.js';
import { matchByMef, matchByTitle } from './offer-match.js';
import { courseMatcher, movedWithinTown, siteHistory } from './offer-history.js';
import type { UnknownCode } from './offer-renewals.js';
import { accentVocabulary, matchCodeRenewals, readableRenewedTitle } from './offer-renewals.js';
import type { Renewals } from './renewals.js';
import type { SourceId } from './sources.js';
import { byString } from './text.js';

export type { SiteRow } from './catalogues.js';

export interface EstablishmentStats {
  sites: number;
  offerRows: number;
  /** Current offers (newest line per course and site). */
  offers: number;
  offersByYear: Record<string, number>;
  /** Older courses that a newer catalogue lists the site without. */
  pastOffers: number;
  /** Older courses of a site listed no more, that a newer catalogue lists at another site of the same town. */
  movedWithinTown: number;
  /** Older lines of a course that a newer catalogue lists again (same code, renewed code or same title). */
  superseded: number;
  matchedBy: Record<'cfd' | 'mef' | 'title', number>;
  unmatched: number;
  unmatchedLabels: string[];
  /** Sites no catalogue places in a commune (their lines are in `unplaced_offers`). */
  unresolvedCommunes: string[];
  /** Of those, the sites placed in their département by their UAI (see `uaiDepartement`). */
  placedInDepartement: number;
  /** Commune names given without a code that match no commune of their département ("SOURCE: NAME (dept)"). */
  unmatchedCommunes: string[];
  unplacedOffers: number;
  diplomasAddedFromOffers: number;
  /** Of those, codes found to renew a known diploma (see offer-renewals.ts). */
  codesRenewed: number;
}

/** A label with abbreviations: "MAINT.VEHIC.OPT.MOTOCYCLES", "CONSTR. RESEAUX CANALISATIONS TP". */
export const ABBREVIATED = /\p{L}\.(?=[\s\p{L}]|$)/u;

/** Within one year, the catalogues whose names read best come first: the regional list and Parcoursup write proper names. */
const NAME_PRIORITY: SourceId[] = ['cfa_conventions', 'parcoursup', 'affelnet_apprentissage', 'parcoursup_bts', 'affelnet'];

/** Newest catalogue first; within a year, `NAME_PRIORITY`. */
function newestFirst(a: SiteRow, b: SiteRow): number {
  return b.year - a.year || NAME_PRIORITY.indexOf(a.source) - NAME_PRIORITY.indexOf(b.source);
}

/**
 * The site's name from the newest catalogue that has one. A name that fills the export's fixed width may be cut
 * ("CFA DE L'IMPRIMERIE - INDUSTRIES G"): an older catalogue's full name is then preferred, when there is one.
 */
export function pickName(ordered: readonly SiteRow[]): string | undefined {
  const named = ordered.filter((r) => r.name && r.name.trim() !== '');
  const whole = named.find((r) => !r.nameMayBeCut) ?? named[0];
  return whole?.name ? tidyName(whole.name) : undefined;
}

export interface EstablishmentInputs {
  sites: readonly SiteRow[];
  communes: readonly Commune[];
  resolver: CommuneResolver;
  universe: DiplomaUniverse;
  renewals: Renewals;
}

/**
 * Merges every catalogue line by UAI across years, places the site in the commune of the newest catalogue that
 * gives one, maps its courses to diplomas and keeps, per course, the newest catalogue's line (see `siteHistory`).
 * Sites no catalogue places are not given a town: their lines go to `unplaced`. Sorted by UAI.
 */
export function buildEstablishments(input: EstablishmentInputs): {
  establishments: Establishment[];
  unplaced: UnplacedOffer[];
  stats: EstablishmentStats;
} {
  const { sites, communes, resolver, universe } = input;
  const stats: EstablishmentStats = {
    sites: 0, offerRows: 0, offers: 0, offersByYear: {}, pastOffers: 0, movedWithinTown: 0, superseded: 0, matchedBy: { cfd: 0, mef: 0, title: 0 },
    unmatched: 0, unmatchedLabels: [], unresolvedCommunes: [], placedInDepartement: 0, unmatchedCommunes: [], unplacedOffers: 0, diplomasAddedFromOffers: 0, codesRenewed: 0,
  };
  const communeByCode = new Map(communes.map((c) => [c.insee, c]));
  const byUai = new Map<string, SiteRow[]>();
  for (const s of sites) {
    if (!/^\d{7}[A-Z]$/.test(s.uai)) continue;
    byUai.set(s.uai, [...(byUai.get(s.uai) ?? []), s]);
  }
  // Searching every time is wasteful; the candidates list does not change while we map.
  const candidates: DiplomaRecord[] = [...universe.byId.values()];
  // Codes newer than the certification files: which known diploma each one renews, and the newest year listing it.
  const unknownCodes: UnknownCode[] = [];
  const newestYear = new Map<string, number>();
  for (const r of sites) {
    const cfd = r.offer?.cfd;
    if (!cfd || universe.byId.has(cfd) || !r.offer) continue;
    unknownCodes.push({ cfd, label: r.offer.label, types: r.offer.types });
    newestYear.set(cfd, Math.max(newestYear.get(cfd) ?? 0, r.year));
  }
  const codeRenewals = matchCodeRenewals(unknownCodes, candidates);
  const accents = accentVocabulary(candidates.map((d) => d.title));
  const renewedBy = new Map<string, string[]>();
  for (const [cfd, { renews }] of codeRenewals) renewedBy.set(renews.id, [...(renewedBy.get(renews.id) ?? []), cfd]);
  // A diploma renewed by one new code points to it; split into several, it points to none.
  for (const [id, codes] of renewedBy) {
    const old = universe.byId.get(id);
    if (old && codes.length === 1 && codes[0]) old.replaced_by = codes[0];
  }
  const renewals = input.renewals.extendedWith([...codeRenewals].flatMap(([cfd, r]) => (r.renews.cfd ? [[r.renews.cfd, cfd] as const] : [])));
  stats.codesRenewed = codeRenewals.size;
  const mapOffer = (r: SiteRow): DiplomaRecord | undefined => {
    const o = r.offer;
    if (!o) return undefined;
    let diploma: DiplomaRecord | undefined;
    if (o.cfd) {
      diploma = universe.byId.get(o.cfd);
      if (!diploma) {
        const renewal = codeRenewals.get(o.cfd);
        // A renamed option keeps the catalogue's words, made readable with the renewed diploma's.
        const label = renewal && !renewal.sameTitle && ABBREVIATED.test(o.label) ? readableRenewedTitle(o.label, renewal.renews.title, accents) : o.label;
        diploma = universe.ensureFromOffer(o.cfd, label, o.levelHint ?? '', r.source, { year: newestYear.get(o.cfd) ?? r.year, ...renewal });
        candidates.push(diploma);
        stats.diplomasAddedFromOffers++;
      }
      stats.matchedBy.cfd++;
    } else if (o.mef && (diploma = matchByMef(o.mef, o.types, candidates))) {
      stats.matchedBy.mef++;
    } else if ((diploma = matchByTitle(o.label, o.types, candidates))) {
      stats.matchedBy.title++;
    }
    return diploma;
  };

  const out: Establishment[] = [];
  const newestListing = new Map<string, number>();
  const unplaced = new Map<string, UnplacedOffer>();
  const unmatchedCommunes = new Set<string>();
  for (const code of [...byUai.keys()].sort(byString)) {
    const rows = byUai.get(code) ?? [];
    const ordered = [...rows].sort(newestFirst);
    // Every line with a commune is resolved, so that a name the data cannot place is reported even when an
    // older line places the site.
    const resolved = ordered.map((r) => {
      if (!r.insee && !r.communeName && !r.postcode) return undefined;
      const insee = resolver.resolve({ insee: r.insee, name: r.communeName, postcode: r.postcode, department: r.department });
      if (!insee && r.department && r.communeName) unmatchedCommunes.add(`${r.source}: ${r.communeName} (${r.department})`);
      return insee;
    });
    const index = resolved.findIndex((c) => c !== undefined);
    const commune = index >= 0 ? communeByCode.get(resolved[index] as string) : undefined;

    if (!commune) {
      stats.unresolvedCommunes.push(code);
      // No commune, but the UAI's own numbering gives the département, and a catalogue may give the name: enough to
      // say that such a course exists there rather than that there is none (review 21, J11).
      const departement = uaiDepartement(code);
      const siteName = pickName(ordered);
      if (departement) stats.placedInDepartement++;
      for (const r of rows) {
        if (!r.offer) continue;
        stats.offerRows++;
        const diploma = mapOffer(r);
        const line: UnplacedOffer = {
          uai: code,
          ...(departement ? { departement } : {}),
          ...(siteName ? { name: siteName } : {}),
          label: r.offer.label,
          ...(diploma ? { diploma: diploma.id } : {}),
          year: r.year,
          source: r.source,
        };
        unplaced.set(`${code}|${line.label}|${line.diploma ?? ''}|${r.year}|${r.source}`, line);
      }
      continue;
    }
    // Address, postcode and SIRET only from lines in the chosen commune: a site that moved keeps no old address.
    const here = ordered.filter((_r, i) => resolved[i] === commune.insee);
    const name = pickName(ordered);
    const est: Establishment = {
      uai: code,
      name: name ?? `CFA — ${commune.name}`,
      commune: commune.insee,
      lat: commune.lat,
      lon: commune.lon,
      offers: [],
      sources: [],
    };
    const withAddress = here.find((r) => r.address);
    if (withAddress?.address) est.address = withAddress.address;
    const postcode = here.map((r) => r.postcode).find((p) => p && /^\d{5}$/.test(p));
    if (postcode) est.postcode = postcode;
    const siret = here.find((r) => r.siret)?.siret;
    if (siret) est.siret = siret;

    const lines: Offer[] = [];
    const unmatched = new Map<string, UnmatchedOffer>();
    for (const r of rows) {
      if (!r.offer) continue;
      stats.offerRows++;
      const diploma = mapOffer(r);
      if (diploma) {
        lines.push({ diploma: diploma.id, year: r.year, source: r.source, ...(r.offer.demand ? { demand: r.offer.demand } : {}) });
      } else {
        stats.unmatched++;
        stats.unmatchedLabels.push(`${r.source}: ${r.offer.label}`);
        unmatched.set(`${r.offer.label}|${r.year}|${r.source}`, { label: r.offer.label, year: r.year, source: r.source });
      }
    }
    const listedIn = [...new Map(rows.map((r) => [`${r.source}|${r.year}`, { source: r.source, year: r.year }])).values()];
    newestListing.set(code, Math.max(...listedIn.map((l) => l.year)));
    const history = siteHistory({
      offers: lines,
      listedIn,
      scope: CATALOGUE_SCOPE,
      renewals,
      diploma: (id) => universe.byId.get(id),
    });
    est.offers = history.offers;
    if (history.pastOffers.length > 0) est.past_offers = history.pastOffers;
    if (unmatched.size) {
      est.unmatched_offers = [...unmatched.values()].sort((a, b) => byString(a.label, b.label) || a.year - b.year);
    }
    stats.offers += est.offers.length;
    stats.pastOffers += history.pastOffers.length;
    stats.superseded += new Set(lines.map((l) => `${l.diploma}|${l.year}|${l.source}`)).size - history.offers.length - history.pastOffers.length;
    est.sources = [...new Set([...rows.map((r) => r.source), 'coords'])].sort(byString) as SourceId[];
    out.push(est);
    stats.sites++;
  }
  const moved = movedWithinTown(out, newestListing, courseMatcher(renewals, (id) => universe.byId.get(id)));
  stats.movedWithinTown = moved;
  stats.offers -= moved;
  stats.pastOffers += moved;
  stats.offersByYear = {};
  for (const e of out) for (const o of e.offers) stats.offersByYear[o.year] = (stats.offersByYear[o.year] ?? 0) + 1;
  stats.unmatchedLabels.sort(byString);
  stats.unmatchedCommunes = [...unmatchedCommunes].sort(byString);
  const unplacedList = [...unplaced.values()].sort(
    (a, b) => byString(a.uai, b.uai) || byString(a.label, b.label) || a.year - b.year || byString(a.source, b.source),
  );
  stats.unplacedOffers = unplacedList.length;
  return { establishments: out, unplaced: unplacedList, stats };
}

/** Catalogue names are proper names full of acronyms (CIFAC, CFAI): kept as written, spaces tidied. */
function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Normandy's départements, as the first three digits of a UAI write them ("076"). */
const NORMANDY_UAI_DEPARTEMENTS: ReadonlySet<string> = new Set(['14', '27', '50', '61', '76']);

/**
 * The département a UAI is numbered in: its first three digits are the département's code ("0763522R" → "76";
 * the national directory numbers every school and CFA so). Only Normandy's are read: the catalogues are filtered
 * to them, and another number would be a code this reading does not know.
 */
export function uaiDepartement(uai: string): string | undefined {
  const m = /^0(\d{2})\d{4}[A-Z]$/.exec(uai);
  return m && NORMANDY_UAI_DEPARTEMENTS.has(m[1]!) ? m[1] : undefined;
}
