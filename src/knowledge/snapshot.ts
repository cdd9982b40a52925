import type { KnowledgeFiles } from './files.js';
import type { Messages } from './messages.js';
import type { OfferCounts } from './offer-counts.js';
import { offerCounts } from './offer-counts.js';
import type { Aid } from './schema/aid.js';
import type { Commune, FormerCommune } from './schema/commune.js';
import type { Contact } from './schema/contact.js';
import type { Diploma } from './schema/diploma.js';
import type { Establishment } from './schema/establishment.js';
import type { FaqEntry } from './schema/faq.js';
import type { MapFile } from './schema/map.js';
import type { Parameters } from './schema/parameters.js';
import type { Trade, TradesFile } from './schema/trade.js';

/** Offers are split into current placed, current unplaced, past and unmatched (see `offerCounts`). */
export interface KnowledgeCounts extends OfferCounts {
  trades: number;
  synonyms: number;
  trades_with_diplomas: number;
  diplomas: number;
  establishments: number;
  communes: number;
  former_communes: number;
  aids: number;
  faq: number;
  contacts: number;
  messages: number;
}

/**
 * One immutable, fully validated version of the knowledge base. Dialogs and rules get it through their constructor;
 * a reload builds a new one and swaps it whole, so a turn always sees one consistent version.
 */
export interface Knowledge {
  readonly version: string;
  readonly loadedAt: string;
  readonly counts: Readonly<KnowledgeCounts>;
  readonly files: Readonly<KnowledgeFiles>;
  readonly messages: Messages;
  readonly trades: ReadonlyMap<string, Trade>;
  readonly diplomas: ReadonlyMap<string, Diploma>;
  readonly establishments: readonly Establishment[];
  /**
   * Places with a current offer of a diploma, of an older code it renews (an offer seen before the renewal), or of the
   * common first year it is an option of.
   */
  readonly establishmentsByDiploma: ReadonlyMap<string, readonly Establishment[]>;
  /** Diploma id → the codes that renew it (`replaced_by`, followed), for the few diplomas renewed since. */
  readonly diplomaSuccessors: ReadonlyMap<string, readonly string[]>;
  readonly communes: ReadonlyMap<string, Commune>;
  readonly formerCommunes: readonly FormerCommune[];
  readonly aids: readonly Aid[];
  readonly faq: readonly FaqEntry[];
  readonly contacts: readonly Contact[];
  readonly parameters: Parameters;
  /** The départements' outline for the small maps. */
  readonly map: MapFile;
  /** Where each imported record's `sources` ids point, per file. */
  readonly tradeSources: TradesFile['sources'];
  readonly diplomaSources: TradesFile['sources'];
  readonly establishmentSources: TradesFile['sources'];
}

export function buildSnapshot(
  files: KnowledgeFiles,
  meta: { version: string; loadedAt: string; messages: Messages },
): Knowledge {
  const trades = new Map(files.metiers.metiers.map((t) => [t.code, t]));
  const diplomas = new Map(files.diplomes.diplomes.map((d) => [d.id, d]));
  const communes = new Map(files.communes.communes.map((c) => [c.insee, c]));
  const establishments = files.etablissements.etablissements;
  const diplomaSuccessors = successorsByDiploma(files.diplomes.diplomes);
  // A BTS's common first year is taught under its own code: a place offering it prepares each of its options.
  const optionsOfCommonYear = new Map(files.diplomes.diplomes.flatMap((d) => (d.common_year_of ? [[d.id, d.common_year_of] as const] : [])));
  const establishmentsByDiploma = new Map<string, Establishment[]>();
  for (const e of establishments) {
    const ids = new Set(e.offers.flatMap((o) => [o.diploma, ...(diplomaSuccessors.get(o.diploma) ?? []), ...(optionsOfCommonYear.get(o.diploma) ?? [])]));
    for (const diploma of ids) {
      let list = establishmentsByDiploma.get(diploma);
      if (!list) establishmentsByDiploma.set(diploma, (list = []));
      list.push(e);
    }
  }
  const counts: KnowledgeCounts = {
    trades: trades.size,
    synonyms: files.metiers.metiers.reduce((n, t) => n + t.synonyms.length, 0),
    trades_with_diplomas: files.metiers.metiers.filter((t) => (t.diplomas?.length ?? 0) > 0).length,
    diplomas: diplomas.size,
    establishments: establishments.length,
    ...offerCounts(files.etablissements),
    communes: communes.size,
    former_communes: files.communes.anciennes_communes.length,
    aids: files.aides.aids.length,
    faq: files.faq.faq.length,
    contacts: files.contacts.contacts.length,
    messages: meta.messages.keys().length,
  };
  return Object.freeze({
    version: meta.version,
    loadedAt: meta.loadedAt,
    counts: Object.freeze(counts),
    files: Object.freeze(files),
    messages: meta.messages,
    trades,
    diplomas,
    establishments,
    establishmentsByDiploma,
    diplomaSuccessors,
    communes,
    formerCommunes: files.communes.anciennes_communes,
    aids: files.aides.aids,
    faq: files.faq.faq,
    contacts: files.contacts.contacts,
    parameters: files.parametres,
    map: files.carte,
    tradeSources: files.metiers.sources,
    diplomaSources: files.diplomes.sources,
    establishmentSources: files.etablissements.sources,
  });
}

/** For each diploma with a `replaced_by`, the chain of codes that renew it (a loop in the data stops the walk). */
function successorsByDiploma(diplomas: readonly Diploma[]): Map<string, string[]> {
  const next = new Map(diplomas.flatMap((d) => (d.replaced_by ? [[d.id, d.replaced_by] as const] : [])));
  const out = new Map<string, string[]>();
  for (const id of next.keys()) {
    const chain: string[] = [];
    for (let n = next.get(id); n !== undefined && n !== id && !chain.includes(n); n = next.get(n)) chain.push(n);
    if (chain.length > 0) out.set(id, chain);
  }
  return out;
}
