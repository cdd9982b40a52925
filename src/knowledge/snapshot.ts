import type { KnowledgeFiles } from './load.js';
import type { Messages } from './messages.js';
import type { Aid } from './schema/aid.js';
import type { Commune, FormerCommune } from './schema/commune.js';
import type { Contact } from './schema/contact.js';
import type { Diploma } from './schema/diploma.js';
import type { Establishment } from './schema/establishment.js';
import type { FaqEntry } from './schema/faq.js';
import type { Parameters } from './schema/parameters.js';
import type { Trade, TradesFile } from './schema/trade.js';

export interface KnowledgeCounts {
  trades: number;
  synonyms: number;
  trades_with_diplomas: number;
  diplomas: number;
  establishments: number;
  offers: number;
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
  readonly establishmentsByDiploma: ReadonlyMap<string, readonly Establishment[]>;
  readonly communes: ReadonlyMap<string, Commune>;
  readonly formerCommunes: readonly FormerCommune[];
  readonly aids: readonly Aid[];
  readonly faq: readonly FaqEntry[];
  readonly contacts: readonly Contact[];
  readonly parameters: Parameters;
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
  const establishmentsByDiploma = new Map<string, Establishment[]>();
  let offers = 0;
  for (const e of establishments) {
    offers += e.offers.length;
    for (const diploma of new Set(e.offers.map((o) => o.diploma))) {
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
    offers,
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
    communes,
    formerCommunes: files.communes.anciennes_communes,
    aids: files.aides.aids,
    faq: files.faq.faq,
    contacts: files.contacts.contacts,
    parameters: files.parametres,
    tradeSources: files.metiers.sources,
    diplomaSources: files.diplomes.sources,
    establishmentSources: files.etablissements.sources,
  });
}
