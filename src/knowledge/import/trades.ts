import { DERIVED_DIPLOMA_LINKS, type Trade } from '../schema/trade.js';

type DerivedLink = (typeof DERIVED_DIPLOMA_LINKS)[number];
import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import { accentLexicon, labelSynonyms, withCapitalAccents } from './labels.js';
import { byString, uniqInOrder, uniqSorted } from './text.js';

const ROME_CODE = /^[A-N]\d{4}$/;

export interface TradeInputs {
  romeRows: CsvRow[];
  appellationRows: CsvRow[];
  lbaRows: CsvRow[];
  onisepRows: CsvRow[];
  /** ROME code → ids of the active diplomas open to apprenticeship that lead to it. */
  diplomasByRome: ReadonlyMap<string, readonly string[]>;
  /** ROME code → ids of the diplomas linked through their titles (see title-links.ts). */
  titleLinks?: ReadonlyMap<string, ReadonlySet<string>>;
  /** ROME code → ids of the diplomas linked by renewal and by training field (see kin-links.ts). */
  renewalLinks?: ReadonlyMap<string, ReadonlySet<string>>;
  fieldLinks?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `https://…/slug/MET.69` → `MET.69`. */
export function onisepJobId(link: string): string | undefined {
  return /\b(MET\.\d+)\b/.exec(link)?.[1];
}

/** "arts, culture, artisanat/arts du spectacle| commerce/achat" → ["arts, culture, artisanat", "commerce"]. */
export function onisepDomains(field: string): string[] {
  return field
    .split('|')
    .map((pair) => (pair.split('/')[0] ?? '').trim())
    .filter(Boolean);
}

export function buildTrades(input: TradeInputs): Trade[] {
  const appellations = new Map<string, CsvRow[]>();
  for (const row of input.appellationRows) {
    const code = col(row, 'code_rome');
    const list = appellations.get(code) ?? [];
    list.push(row);
    appellations.set(code, list);
  }
  const subDomains = new Map<string, string[]>();
  for (const row of input.lbaRows) {
    const code = col(row, 'code');
    const sd = col(row, 'sousDomaine');
    // Rows flagged "à supprimer" are La bonne alternance's own pending removals.
    if (!ROME_CODE.test(code) || !sd || col(row, 'Sous-domaine à supprimer')) continue;
    subDomains.set(code, [...(subDomains.get(code) ?? []), sd]);
  }
  const onisepIds = new Map<string, string[]>();
  const domains = new Map<string, string[]>();
  for (const row of input.onisepRows) {
    const code = col(row, 'code_rome');
    if (!ROME_CODE.test(code)) continue;
    const id = onisepJobId(col(row, 'lien_site_onisepfr'));
    if (id) onisepIds.set(code, [...(onisepIds.get(code) ?? []), id]);
    domains.set(code, [...(domains.get(code) ?? []), ...onisepDomains(col(row, 'domainesous-domaine'))]);
  }

  const lexicon = accentLexicon([
    ...input.romeRows.map((r) => col(r, 'libelle_rome')),
    ...input.appellationRows.map((r) => col(r, 'libelle_appellation_long')),
  ]);
  const accented = (text: string): string => withCapitalAccents(text.replace(/\s+/g, ' '), lexicon);
  const trades: Trade[] = [];
  for (const row of input.romeRows) {
    const code = col(row, 'code_rome');
    const label = accented(col(row, 'libelle_rome'));
    if (!ROME_CODE.test(code) || !label) continue;
    const apps = [...(appellations.get(code) ?? [])].sort(
      (a, b) =>
        // the PRINCIPALE appellation first, then by ROME's own numeric id: stable across runs and exports
        Number(col(b, 'classification') === 'PRINCIPALE') - Number(col(a, 'classification') === 'PRINCIPALE') ||
        Number(col(a, 'code_ogr')) - Number(col(b, 'code_ogr')),
    );
    const synonyms = uniqInOrder([
      ...labelSynonyms(label),
      ...apps.flatMap((a) => labelSynonyms(accented(col(a, 'libelle_appellation_long')))),
    ]);
    const trade: Trade = { code, label, synonyms, sources: ['rome'] };
    const parent = col(row, 'code_rome_parent');
    if (ROME_CODE.test(parent) && parent !== code) trade.parent = parent;
    if (apps.length > 0) trade.sources.push('rome_appellations');
    const dom = uniqSorted(domains.get(code) ?? []);
    if (dom.length > 0) trade.domains = dom;
    const sd = uniqSorted(subDomains.get(code) ?? []);
    if (sd.length > 0) {
      trade.sub_domains = sd;
      trade.sources.push('lba');
    }
    const ids = uniqSorted(onisepIds.get(code) ?? []).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
    if (ids.length > 0) trade.onisep = ids;
    if (ids.length > 0 || dom.length > 0) trade.sources.push('onisep_metiers');
    const dips = input.diplomasByRome.get(code);
    if (dips && dips.length > 0) {
      trade.diplomas = uniqSorted(dips);
      trade.sources.push('certif_info');
    }
    const derived: ReadonlyArray<readonly [DerivedLink, ReadonlyMap<string, ReadonlySet<string>> | undefined]> = [
      ['diplomas_by_title', input.titleLinks],
      ['diplomas_by_renewal', input.renewalLinks],
      ['diplomas_by_field', input.fieldLinks],
    ];
    const seen = new Set(trade.diplomas ?? []);
    for (const [key, links] of derived) {
      const ids = [...(links?.get(code) ?? [])].filter((id) => !seen.has(id));
      if (ids.length === 0) continue;
      trade[key] = uniqSorted(ids);
      ids.forEach((id) => seen.add(id));
      // The titles, renewals and fields are those of the certification data.
      if (!trade.sources.includes('certif_info')) trade.sources.push('certif_info');
    }
    trades.push(trade);
  }
  // ROME 4.0 split new fiches off the historic ones (code_rome_parent); Certif Info links diplomas to the
  // historic fiche, whose job titles then included the child's. A child with no link of its own takes its
  // parent's diplomas, flagged so that the bot can word it as "diplômes du métier proche".
  const byCode = new Map(trades.map((t) => [t.code, t]));
  for (const t of trades) {
    const parentDiplomas = t.parent ? byCode.get(t.parent)?.diplomas : undefined;
    if (!t.diplomas && parentDiplomas && parentDiplomas.length > 0) {
      t.diplomas = [...parentDiplomas];
      t.diplomas_from_parent = true;
      if (!t.sources.includes('certif_info')) t.sources.push('certif_info');
      // The parent's derived links come along, as its Certif Info links do.
      const seen = new Set(t.diplomas);
      for (const key of DERIVED_DIPLOMA_LINKS) {
        const inherited = [...(t[key] ?? []), ...(byCode.get(t.parent ?? '')?.[key] ?? [])].filter((id) => !seen.has(id));
        if (inherited.length > 0) t[key] = uniqSorted(inherited);
        else delete t[key];
        inherited.forEach((id) => seen.add(id));
      }
    }
  }
  return trades.sort((a, b) => byString(a.code, b.code));
}
