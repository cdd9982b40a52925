import type { OfferDemand } from '../schema/establishment.js';
import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import { normCfd } from './diplomas.js';
import type { SourceId } from './sources.js';
import { foldKey, toInt } from './text.js';

/** One line of a catalogue, already read: where (UAI, commune) and what (diploma or label). */
export interface SiteRow {
  source: SourceId;
  year: number;
  uai: string;
  name?: string;
  /** The catalogue cuts names at a fixed width: a name that fills it may be cut (see `pickName`). */
  nameMayBeCut?: boolean;
  insee?: string;
  communeName?: string;
  /** Département code the commune name must be found in (a name without postcode or INSEE code). */
  department?: string;
  postcode?: string;
  address?: string;
  siret?: string;
  /** Course, when the line is an offer. */
  offer?: { cfd?: string; mef?: string; label: string; types: readonly string[]; levelHint?: string; demand?: OfferDemand };
}

/**
 * The kinds of course each catalogue lists, by diploma type: a newer catalogue that lists a site without one of
 * its older courses of these types tells that the site no longer offers it. Affelnet covers the courses after
 * the 3e; the Parcoursup BTS export covers BTS only (its few other lines are not a full list of anything).
 */
export const CATALOGUE_SCOPE: Partial<Record<SourceId, readonly string[]>> = {
  affelnet: ['CAP', 'CAPA', 'Bac pro'],
  affelnet_apprentissage: ['CAP', 'CAPA', 'Bac pro'],
  parcoursup_bts: ['BTS', 'BTSA'],
};

/** Names in the Affelnet and regional exports are cut at this many characters. */
const CUT_WIDTH = 30;

function uai(s: string): string {
  return s.trim().toUpperCase();
}

/** Affelnet 2020: CAP / Bac pro after 3e. `mnemonique` tells the kind of course when the CFD is missing. */
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
    const name = col(r, 'cfa_patronyme_si_connu');
    if (name) {
      site.name = name;
      if (name.length >= CUT_WIDTH) site.nameMayBeCut = true;
    }
    const cfd = normCfd(col(r, 'cfd'));
    if (cfd && site.offer) site.offer.cfd = cfd;
    return site;
  });
}

/**
 * The export's sigles of kinds of site, in words. Unknown sigles are kept as written. "OF CFA" is the export's
 * "organisme de formation – CFA".
 */
const SITE_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(SITE )?OF[- ]CFA\b.*$/, 'CFA'],
  [/^LPO LYC METIER$/, 'Lycée polyvalent'],
  [/^LP LYC METIER$|^LP$/, 'Lycée professionnel'],
  [/^LP PR$/, 'Lycée professionnel privé'],
  [/^LG PR$/, 'Lycée privé'],
  [/^CLG PR$/, 'Collège privé'],
];

/**
 * A site's name from the Affelnet 2025 export's sigle and label: "OF CFA" + "BATIMENT JEAN HOCHET" →
 * "CFA BATIMENT JEAN HOCHET", "MFREO" + "DE BALLEROY" → "MFREO DE BALLEROY". The kind is left out when the label
 * already says it ("BÂTIMENT CFA EVREUX", "CFAI …").
 */
export function siteName(sigle: string, label: string): string {
  const s = sigle.replace(/\s+/g, ' ').trim().toUpperCase();
  const l = label.replace(/\s+/g, ' ').replace(/\.\.\.$/, '…').trim();
  const kind = SITE_KINDS.find(([re]) => re.test(s))?.[1] ?? s;
  if (!kind) return l;
  if (!l) return kind;
  if (kind === 'CFA' && /\bCFAI?A?\b/i.test(l)) return l;
  return `${kind} ${l}`;
}

/** Département code from its name as the export writes it ("SEINE MARITIME" → "76"), from the COG list. */
export function departmentCodes(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(json)) return out;
  for (const item of json) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    if (typeof o.code === 'string' && typeof o.nom === 'string') out.set(foldKey(o.nom), o.code);
  }
  return out;
}

/** Affelnet's level hint from the mnemonic of the course ("1CAP2A" is an agricultural CAP, "2DPROA" a Bac pro). */
function affelnetTypes(mnemonic: string): string[] {
  const mn = mnemonic.toUpperCase();
  if (mn.startsWith('1CAP')) return mn.endsWith('A') ? ['CAPA', 'CAP'] : ['CAP', 'CAPA'];
  if (/^(2NDPRO|2DPRO|2PRO)/.test(mn)) return ['Bac pro'];
  return ['CAP', 'CAPA', 'Bac pro', 'MC', 'CS'];
}

/**
 * Affelnet 2025 (the "attractivité / capacité" export): apprenticeship offers after the 3e, with the site's sigle
 * and label, its commune in capitals and its département (no postcode, no INSEE code), the diploma code joined
 * through the MEF, and the demand of the procedure. Only apprenticeship lines (`AP`) are read.
 */
export function affelnetApprenticeshipSites(rows: CsvRow[], year: number, departments: ReadonlyMap<string, string>): SiteRow[] {
  const out: SiteRow[] = [];
  for (const r of rows) {
    if (col(r, 'Statut Offre de formation').toUpperCase() !== 'AP') continue;
    const mnemonic = col(r, 'Mnémonique MEF national de rattachement');
    const label = col(r, 'Libellé du MEF national de rattachement').replace(/^\S+\s+/, '').trim();
    const capacity = toInt(col(r, 'Capacité carte scolaire'));
    const demand: OfferDemand = {};
    const first = toInt(col(r, 'Demandes vœux 1'));
    const all = toInt(col(r, 'Demandes tous vœux'));
    if (first !== undefined) demand.first_choice = first;
    if (all !== undefined) demand.all_choices = all;
    // 999 is the export's "no fixed capacity", not a number of places.
    if (capacity !== undefined && capacity !== 999) demand.capacity = capacity;
    const site: SiteRow = {
      source: 'affelnet_apprentissage',
      year,
      uai: uai(col(r, "Etablissement d'accueil")),
      communeName: col(r, "Commune de l'établissement d'accueil"),
      offer: { label, types: affelnetTypes(mnemonic) },
    };
    const department = departments.get(foldKey(col(r, "Département de l'établissement d'accueil")));
    if (department) site.department = department;
    const rawLabel = col(r, "Libellé de l'établissement d'accueil");
    const name = siteName(col(r, "Sigle de l'établissement d'accueil"), rawLabel);
    if (name) {
      site.name = name;
      if (rawLabel.length >= CUT_WIDTH || /\.\.\.$/.test(rawLabel)) site.nameMayBeCut = true;
    }
    withCodeAndDemand(site, normCfd(col(r, 'cfd')), demand);
    out.push(site);
  }
  return out;
}

/** The 2024–2025 catalogues give each course its diploma code (which also fixes its level) and its demand figures. */
function withCodeAndDemand(site: SiteRow, cfd: string | undefined, demand: OfferDemand): void {
  if (!site.offer) return;
  if (cfd) {
    site.offer.cfd = cfd;
    site.offer.levelHint = cfd;
  }
  if (Object.keys(demand).length > 0) site.offer.demand = demand;
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

/** Parcoursup 2020: post-bac apprenticeship courses; no CFD, so MEF code or title. */
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

/**
 * Parcoursup 2024 BTS export: one line per course with the UAI, the course label ("BTS - Services - Assurance -
 * en apprentissage"), the diploma code joined through the MEF, and the confirmed wishes and capacity. It names
 * neither the site nor its commune: the site is placed only through the other catalogues.
 */
export function parcoursupBtsSites(rows: CsvRow[], year: number): SiteRow[] {
  const out: SiteRow[] = [];
  for (const r of rows) {
    if (!/^apprentissage$/i.test(col(r, 'STATUT'))) continue;
    const full = col(r, 'LIBELLÉFORMATION').replace(/\s*-\s*en apprentissage\s*$/i, '');
    // "BTS - Services - Assurance" → "Assurance"; "Certificat de Spécialisation - Sommellerie" → "Sommellerie".
    const parts = full.split(' - ');
    const label = (/^bts$/i.test(parts[0] ?? '') ? parts.slice(2) : parts.slice(1)).join(' - ') || full;
    const demand: OfferDemand = {};
    const wishes = toInt(col(r, 'NB_VOEUX_CONFIRMES'));
    const capacity = toInt(col(r, 'CAPACITEPSUP'));
    if (wishes !== undefined) demand.wishes = wishes;
    if (capacity !== undefined) demand.capacity = capacity;
    const site: SiteRow = {
      source: 'parcoursup_bts',
      year,
      uai: uai(col(r, 'UAI')),
      offer: { label, types: parcoursupTypes(full) },
    };
    withCodeAndDemand(site, normCfd(col(r, 'cfd')), demand);
    out.push(site);
  }
  return out;
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
    if (name) {
      site.name = name;
      if (name.length >= CUT_WIDTH) site.nameMayBeCut = true;
    }
    if (col(r, 'adresse_uai')) site.address = col(r, 'adresse_uai');
    if (/^\d{14}$/.test(col(r, 'numero_siren_siret_uai'))) site.siret = col(r, 'numero_siren_siret_uai');
    return site;
  });
}
