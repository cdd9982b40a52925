import type { Commune } from '../schema/commune.js';
import type { Establishment, Offer, UnmatchedOffer } from '../schema/establishment.js';
import type { CommuneResolver } from './communes.js';
import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import type { DiplomaRecord, DiplomaUniverse } from './diplomas.js';
import { normCfd } from './diplomas.js';
import { matchByMef, matchByTitle } from './offer-match.js';
import type { SourceId } from './sources.js';
import { byString } from './text.js';

/** One line of a catalogue, already read: where (UAI, commune) and what (diploma or label). */
export interface SiteRow {
  source: SourceId;
  year: number;
  uai: string;
  name?: string;
  insee?: string;
  communeName?: string;
  postcode?: string;
  address?: string;
  siret?: string;
  /** Course, when the line is an offer. */
  offer?: { cfd?: string; mef?: string; label: string; types: readonly string[]; levelHint?: string };
}

const UAI = /^\d{7}[A-Z]$/;

function uai(s: string): string {
  return s.trim().toUpperCase();
}

/** Affelnet: CAP / Bac pro after 3e. `mnemonique` tells the kind of course when the CFD is missing. */
export function affelnetSites(rows: CsvRow[], year: number): SiteRow[] {
  return rows.map((r) => {
    const mn = col(r, 'mnemonique').toUpperCase();
    const types = mn.startsWith('1CAP') ? ['CAP', 'CAPA'] : ['Bac pro'];
    const label = col(r, 'libelle_formation').replace(/^\S+\s+/, '');
    const site: SiteRow = {
      source: 'affelnet',
      year,
      uai: uai(col(r, 'uai')),
      insee: col(r, 'code_commune_insee'),
      communeName: col(r, 'commune'),
      postcode: col(r, 'code_postal'),
      offer: { label: col(r, 'cfd_libelle_long') || label, types, levelHint: col(r, 'cfd_niveau_bcn') },
    };
    if (col(r, 'cfa_patronyme_si_connu')) site.name = col(r, 'cfa_patronyme_si_connu');
    const cfd = normCfd(col(r, 'cfd'));
    if (cfd && site.offer) site.offer.cfd = cfd;
    return site;
  });
}

function parcoursupTypes(kind: string): string[] {
  const k = kind.toLowerCase();
  if (k.includes('bts - agricole')) return ['BTSA'];
  if (k.startsWith('bts')) return ['BTS'];
  if (k.startsWith('dut')) return ['DUT', 'BUT'];
  if (k.includes('spécialisation')) return ['CS'];
  if (k.includes('mention complémentaire')) return ['MC'];
  if (k.includes('bpjeps')) return ['BPJEPS'];
  if (k.startsWith('d.e')) return ["Diplôme d'État"];
  return ['Titre RNCP', 'Titre pro', 'Autre certification', 'Bachelor'];
}

/** Parcoursup: post-bac apprenticeship courses; no CFD, so MEF code or title. */
export function parcoursupSites(rows: CsvRow[], year: number): SiteRow[] {
  return rows.map((r) => {
    const label = col(r, 'LIBSPÉCIALITÉ').replace(/\s*-\s*en apprentissage\s*$/i, '');
    return {
      source: 'parcoursup' as const,
      year,
      uai: uai(col(r, 'UAI_AFF') || col(r, 'UAI_COMPOSANTE')),
      name: col(r, 'LIB_AFF') || col(r, 'LIB_COMPOSANTE'),
      insee: col(r, 'CODECOMMUNE'),
      communeName: col(r, 'LIBCOMMUNE'),
      postcode: col(r, 'CODEPOSTAL'),
      offer: { mef: col(r, 'CODEMEF'), label, types: parcoursupTypes(col(r, 'LIBFORMATION')) },
    };
  });
}

/** Regional list of CFA: sites with address and SIRET, no courses. */
export function conventionSites(rows: CsvRow[], year: number): SiteRow[] {
  return rows.map((r) => {
    const site: SiteRow = {
      source: 'cfa_conventions',
      year,
      uai: uai(col(r, 'numero_uai')),
      insee: col(r, 'commune'),
      communeName: col(r, 'commune_libe') || col(r, 'localite_acheminement_uai'),
      postcode: col(r, 'code_postal_uai'),
    };
    const name = col(r, 'patronyme_uai') || col(r, 'denomination_principale');
    if (name) site.name = name;
    if (col(r, 'adresse_uai')) site.address = col(r, 'adresse_uai');
    if (/^\d{14}$/.test(col(r, 'numero_siren_siret_uai'))) site.siret = col(r, 'numero_siren_siret_uai');
    return site;
  });
}

export interface EstablishmentStats {
  sites: number;
  offerRows: number;
  offers: number;
  matchedBy: Record<'cfd' | 'mef' | 'title', number>;
  unmatched: number;
  unmatchedLabels: string[];
  unresolvedCommunes: string[];
  diplomasAddedFromOffers: number;
}

/** Name priority: the regional list and Parcoursup write proper names, Affelnet often has none. */
const NAME_PRIORITY: SourceId[] = ['cfa_conventions', 'parcoursup', 'affelnet'];

/** Merges every site by UAI, resolves its commune, maps its courses to diplomas. Sorted by UAI. */
export function buildEstablishments(
  sites: readonly SiteRow[],
  communes: readonly Commune[],
  resolver: CommuneResolver,
  universe: DiplomaUniverse,
): { establishments: Establishment[]; stats: EstablishmentStats } {
  const stats: EstablishmentStats = {
    sites: 0, offerRows: 0, offers: 0, matchedBy: { cfd: 0, mef: 0, title: 0 }, unmatched: 0,
    unmatchedLabels: [], unresolvedCommunes: [], diplomasAddedFromOffers: 0,
  };
  const communeByCode = new Map(communes.map((c) => [c.insee, c]));
  const byUai = new Map<string, SiteRow[]>();
  for (const s of sites) {
    if (!UAI.test(s.uai)) continue;
    byUai.set(s.uai, [...(byUai.get(s.uai) ?? []), s]);
  }
  // Searching every time is wasteful; the candidates list does not change while we map.
  const candidates: DiplomaRecord[] = [...universe.byId.values()];
  const out: Establishment[] = [];
  for (const code of [...byUai.keys()].sort(byString)) {
    const rows = byUai.get(code) ?? [];
    const ordered = [...rows].sort((a, b) => NAME_PRIORITY.indexOf(a.source) - NAME_PRIORITY.indexOf(b.source));
    let insee: string | undefined;
    for (const r of ordered) {
      insee = resolver.resolve({ insee: r.insee, name: r.communeName, postcode: r.postcode });
      if (insee) break;
    }
    const commune = insee ? communeByCode.get(insee) : undefined;
    if (!commune) {
      stats.unresolvedCommunes.push(code);
      continue;
    }
    const name = ordered.map((r) => r.name).find((n): n is string => !!n && n.trim() !== '');
    const est: Establishment = {
      uai: code,
      name: name ? tidyName(name) : `CFA — ${commune.name}`,
      commune: commune.insee,
      lat: commune.lat,
      lon: commune.lon,
      offers: [],
      sources: [],
    };
    const withAddress = ordered.find((r) => r.address);
    if (withAddress?.address) est.address = withAddress.address;
    const postcode = ordered.map((r) => r.postcode).find((p) => p && /^\d{5}$/.test(p));
    if (postcode) est.postcode = postcode;
    const siret = ordered.find((r) => r.siret)?.siret;
    if (siret) est.siret = siret;

    const offers = new Map<string, Offer>();
    const unmatched = new Map<string, UnmatchedOffer>();
    for (const r of rows) {
      if (!r.offer) continue;
      stats.offerRows++;
      const o = r.offer;
      let diploma: DiplomaRecord | undefined;
      if (o.cfd) {
        diploma = universe.byId.get(o.cfd);
        if (!diploma) {
          diploma = universe.ensureFromOffer(o.cfd, o.label, o.levelHint ?? '', r.source);
          candidates.push(diploma);
          stats.diplomasAddedFromOffers++;
        }
        stats.matchedBy.cfd++;
      } else if (o.mef && (diploma = matchByMef(o.mef, o.types, candidates))) {
        stats.matchedBy.mef++;
      } else if ((diploma = matchByTitle(o.label, o.types, candidates))) {
        stats.matchedBy.title++;
      }
      if (diploma) {
        offers.set(`${diploma.id}|${r.year}|${r.source}`, { diploma: diploma.id, year: r.year, source: r.source });
      } else {
        stats.unmatched++;
        stats.unmatchedLabels.push(`${r.source}: ${o.label}`);
        unmatched.set(`${o.label}|${r.year}|${r.source}`, { label: o.label, year: r.year, source: r.source });
      }
    }
    est.offers = [...offers.values()].sort(
      (a, b) => byString(a.diploma, b.diploma) || a.year - b.year || byString(a.source, b.source),
    );
    if (unmatched.size) {
      est.unmatched_offers = [...unmatched.values()].sort((a, b) => byString(a.label, b.label) || a.year - b.year);
    }
    stats.offers += est.offers.length;
    est.sources = [...new Set(rows.map((r) => r.source)), 'coords'].sort(byString) as SourceId[];
    out.push(est);
    stats.sites++;
  }
  stats.unmatchedLabels.sort(byString);
  return { establishments: out, stats };
}

/** Catalogue names are proper names full of acronyms (CIFAC, CFAI): kept as written, spaces tidied. */
function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
