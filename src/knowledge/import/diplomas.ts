import type { Diploma, Outcome } from '../schema/diploma.js';
import type { CsvRow } from './csv.js';
import { col } from './csv.js';
import { levelFromCfd, levelFromText, typeFromCertifInfo, typeFromCfd, typeFromEduscol, typeFromKit } from './diploma-types.js';
import type { Renewals } from './renewals.js';
import type { SourceId } from './sources.js';
import { byString, foldKey, frenchDateToIso, sentenceCase, toInt, uniqSorted } from './text.js';

/** "400-24202 V" (Éduscol), "50022137", "36m22102" → the 8-character CFD, or undefined. */
export function normCfd(s: string): string | undefined {
  const compact = s.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const eduscol = /^(\d{8})[A-Z]$/.exec(compact);
  if (eduscol) return eduscol[1];
  return /^[0-9A-Z]{8}$/.test(compact) && /\d{4}/.test(compact) ? compact : undefined;
}

/** "RNCP38381", "38381" → "38381". */
export function normRncp(s: string): string | undefined {
  const m = /^(?:RNCP)?\s*(\d+)$/i.exec(s.trim());
  return m && m[1] !== undefined && Number(m[1]) > 0 ? String(Number(m[1])) : undefined;
}

export interface DiplomaInputs {
  certifRows: CsvRow[];
  kitRows: CsvRow[];
  eduscolRows: CsvRow[];
  passageRows: CsvRow[];
  inserjeunesRows: CsvRow[];
  romeCodes: ReadonlySet<string>;
  /** Date of the certification data: what "still active" is measured against. */
  referenceDate: string;
  /** Renewals of diploma codes (Éduscol and Certif Info); without them, Éduscol's "remplacé par" comments only. */
  renewals?: Renewals;
}

interface Draft {
  id: string;
  cfd?: string;
  certif: CsvRow[];
  kit: CsvRow[];
  eduscol: CsvRow[];
  passage: CsvRow[];
  inserjeunes: CsvRow[];
}

/** A diploma with everything the import knows, before choosing which ones go into diplomes.yaml. */
export type DiplomaRecord = Diploma;

export interface DiplomaUniverse {
  byId: Map<string, DiplomaRecord>;
  /** Each Certif Info record's training field codes (Formacode), by diploma id: kept for the import's links only. */
  formacodes: ReadonlyMap<string, readonly string[]>;
  /**
   * Adds a diploma seen only in an offer (so that the offer's reference resolves). Listed in a catalogue of the
   * certification data's year or later, it is current. When it renews a known diploma (see offer-renewals.ts), it
   * takes that diploma's type, level and trades, and its title when the label is an abbreviation of it.
   */
  ensureFromOffer(cfd: string, title: string, levelHint: string, source: SourceId, seen?: { year: number; renews?: DiplomaRecord; sameTitle?: boolean }): DiplomaRecord;
}

function certifCfd(r: CsvRow): string | undefined {
  return normCfd(col(r, 'Code_Scolarité'));
}

export function buildDiplomaUniverse(input: DiplomaInputs): DiplomaUniverse {
  const drafts = new Map<string, Draft>();
  const draftFor = (id: string, cfd?: string): Draft => {
    let d = drafts.get(id);
    if (!d) {
      d = { id, certif: [], kit: [], eduscol: [], passage: [], inserjeunes: [] };
      if (cfd) d.cfd = cfd;
      drafts.set(id, d);
    }
    return d;
  };
  // RNCP → CFDs, so that a record carrying only an RNCP number joins the CFD it belongs to.
  const rncpToCfd = new Map<string, Set<string>>();
  const link = (rncp: string | undefined, cfd: string | undefined): void => {
    if (!rncp || !cfd) return;
    const s = rncpToCfd.get(rncp) ?? new Set<string>();
    s.add(cfd);
    rncpToCfd.set(rncp, s);
  };
  const certifUsable = input.certifRows.filter((r) => col(r, 'Etat') === '0');
  for (const r of certifUsable) link(normRncp(col(r, 'Code_RNCP')), certifCfd(r));
  for (const r of input.kitRows) link(normRncp(col(r, 'Code_RNCP')), normCfd(col(r, 'Code_Diplome')));
  for (const r of input.passageRows) link(normRncp(col(r, 'ci_code_rncp')), normCfd(col(r, 'ci_code_scolarite')));

  const place = (cfd: string | undefined, rncp: string | undefined): Draft | undefined => {
    if (cfd) return draftFor(cfd, cfd);
    if (!rncp) return undefined;
    const cfds = [...(rncpToCfd.get(rncp) ?? [])];
    if (cfds.length === 1 && cfds[0] !== undefined) return draftFor(cfds[0], cfds[0]);
    return draftFor(`RNCP${rncp}`);
  };
  for (const r of certifUsable) place(certifCfd(r), normRncp(col(r, 'Code_RNCP')))?.certif.push(r);
  for (const r of input.kitRows) place(normCfd(col(r, 'Code_Diplome')), normRncp(col(r, 'Code_RNCP')))?.kit.push(r);
  for (const r of input.eduscolRows) place(normCfd(col(r, 'Code diplôme')), undefined)?.eduscol.push(r);
  for (const r of input.passageRows) {
    const cfd = normCfd(col(r, 'ci_code_scolarite'));
    const rncp = normRncp(col(r, 'ci_code_rncp'));
    // Join only: the table of correspondence alone does not make a diploma.
    const d = cfd ? drafts.get(cfd) : rncp ? (drafts.get(`RNCP${rncp}`) ?? single(rncpToCfd.get(rncp), drafts)) : undefined;
    d?.passage.push(r);
  }
  for (const r of input.inserjeunesRows) {
    const cfd = normCfd(col(r, 'cfd')) ?? normCfd(col(r, 'cfd_deduit'));
    if (cfd) draftFor(cfd, cfd).inserjeunes.push(r);
  }

  // ROME codes belong to the certification (RNCP record): share them with codes of the same record that lack them.
  const romesByRncp = new Map<string, Set<string>>();
  for (const r of certifUsable) {
    const rncp = normRncp(col(r, 'Code_RNCP'));
    if (!rncp) continue;
    const set = romesByRncp.get(rncp) ?? new Set<string>();
    for (const i of [1, 2, 3, 4, 5]) if (input.romeCodes.has(col(r, `Code_Rome_${i}`))) set.add(col(r, `Code_Rome_${i}`));
    romesByRncp.set(rncp, set);
  }

  const byId = new Map<string, DiplomaRecord>();
  const formacodes = new Map<string, string[]>();
  for (const d of [...drafts.values()].sort((a, b) => byString(a.id, b.id))) {
    const rec = finish(d, input);
    if (!rec) continue;
    const shared = rec.rncp ? romesByRncp.get(rec.rncp.slice(4)) : undefined;
    if (!rec.romes && shared && shared.size > 0) rec.romes = uniqSorted(shared);
    byId.set(rec.id, rec);
    const fields = uniqSorted(d.certif.flatMap((r) => col(r, 'Code_FormaCode').split('|')).filter((c) => /^\d{5}$/.test(c)));
    if (fields.length > 0) formacodes.set(rec.id, fields);
  }
  // The renewal chain names the next code; when that one is not a diploma we know, the one after it.
  if (input.renewals) {
    for (const rec of byId.values()) {
      delete rec.replaced_by;
      const seen = new Set<string>();
      let next = rec.cfd ? input.renewals.directSuccessor(rec.cfd) : undefined;
      while (next && !byId.has(next) && !seen.has(next)) {
        seen.add(next);
        next = input.renewals.directSuccessor(next);
      }
      if (next && byId.has(next) && next !== rec.id) rec.replaced_by = next;
    }
  }
  // Replacement links only make sense when the replacing diploma is known too.
  for (const rec of byId.values()) if (rec.replaced_by && !byId.has(rec.replaced_by)) delete rec.replaced_by;

  return {
    byId,
    formacodes,
    ensureFromOffer(cfd, title, levelHint, source, seen) {
      const existing = byId.get(cfd);
      if (existing) return existing;
      const renews = seen?.renews;
      // "Maint.vehic.opt.motocycles" says nothing of its kind: "CAP maint.vehic.opt.motocycles".
      const kind = typeFromCfd(cfd);
      const typed = (t: string): string =>
        !kind || foldKey(t).includes(foldKey(kind)) ? t : `${kind} ${t.charAt(0).toLowerCase()}${t.slice(1)}`;
      const rec: DiplomaRecord = {
        id: cfd,
        cfd,
        // An abbreviated label ("MAINT.VEHIC.OPT.MOTOCYCLES") of the same specialty reads better as the renewed title.
        title: renews && seen?.sameTitle && /\p{L}\.(?=[\s\p{L}]|$)/u.test(title) ? renews.title : typed(sentenceCase(title) || cfd),
        type: renews?.type ?? typeFromCfd(cfd) ?? 'Autre',
        level: renews?.level ?? clampLevel(levelFromCfd(levelHint || cfd)) ?? 3,
        apprenticeship: true,
        active: seen !== undefined && seen.year >= Number(input.referenceDate.slice(0, 4)),
        ...(renews?.romes ? { romes: [...renews.romes] } : {}),
        sources: renews?.romes ? [source, 'certif_info'] : [source],
      };
      byId.set(cfd, rec);
      return rec;
    },
  };
}

function single(cfds: Set<string> | undefined, drafts: Map<string, Draft>): Draft | undefined {
  if (!cfds || cfds.size !== 1) return undefined;
  const [only] = [...cfds];
  return only === undefined ? undefined : drafts.get(only);
}

function clampLevel(n: number | undefined): number | undefined {
  return n !== undefined && n >= 3 && n <= 7 ? n : undefined;
}

/**
 * Longest common run of leading words, without a dangling "mention", "option", "de"… A run shorter than half the
 * shortest title is no name: two wordings of one renamed title ("technicien(ne) supérieur(e)", then "technicien
 * supérieur") share only their kind ("Titre professionnel"), which names no specialty; so does a run made only of
 * the words of `kind`, the certification's type as the data writes it ("Titre professionnel (TP de niveau 3)").
 */
export function commonTitle(titles: readonly string[], kind = ''): string | undefined {
  const split = titles.map((t) => t.split(/\s+/));
  const first = split[0];
  if (!first) return undefined;
  let n = 0;
  while (n < first.length && split.every((w) => w[n]?.toLowerCase() === first[n]?.toLowerCase())) n++;
  const words = first.slice(0, n);
  const dangling = /^(mention|option|options|spécialité|parcours|de|des|du|d'|en|et|à|la|le|les|:|-|–|,)$/i;
  while (words.length > 0 && dangling.test(words[words.length - 1] ?? '')) words.pop();
  const shortest = Math.min(...split.map((w) => w.length));
  if (words.length * 2 < shortest) return undefined;
  const kindWords = new Set(kind.toLowerCase().split(/[\s()]+/));
  if (words.every((w) => kindWords.has(w.toLowerCase()))) return undefined;
  return words.length >= 2 ? words.join(' ').replace(/[,:;-]$/, '') : undefined;
}

/** The title of the newest Certif Info record (the highest Code_Diplome) that has one: the current wording. */
function newestTitle(certif: readonly CsvRow[]): string {
  return [...certif].reverse().map((r) => col(r, 'Libelle_Diplome')).find(Boolean) ?? '';
}

function finish(d: Draft, input: DiplomaInputs): DiplomaRecord | undefined {
  if (d.certif.length + d.kit.length + d.eduscol.length + d.inserjeunes.length === 0) return undefined;
  const refDate = input.referenceDate;
  const refYear = Number(refDate.slice(0, 4));
  const certif = [...d.certif].sort((a, b) => Number(col(a, 'Code_Diplome')) - Number(col(b, 'Code_Diplome')));
  const sources: SourceId[] = [];
  if (certif.length) sources.push('certif_info');
  if (d.kit.length) sources.push('kit_apprentissage');
  if (d.eduscol.length) sources.push('eduscol');
  if (d.passage.length) sources.push('onisep_passage');

  // Title: Certif Info writes them in mixed case; merged mentions share their common beginning.
  const certifTitles = uniqSorted(certif.map((r) => col(r, 'Libelle_Diplome')).filter(Boolean));
  const edu = d.eduscol[0];
  const kitActive = d.kit.filter((r) => col(r, 'Fiche ACTIVE/INACTIVE').toUpperCase() === 'ACTIVE');
  const title =
    (certifTitles.length === 1 ? certifTitles[0] : undefined) ??
    (certifTitles.length > 1 ? (commonTitle(certifTitles, col(certif[0] ?? {}, 'Libelle_Type_Diplome')) ?? newestTitle(certif)) : undefined) ??
    firstNonEmpty(d.passage.map((r) => col(r, 'ci_intitule'))) ??
    (edu ? `${col(edu, 'Diplôme')} ${col(edu, 'Intitulé de la spécialité (et options)')}`.trim() : undefined) ??
    firstNonEmpty([...kitActive, ...d.kit].map((r) => sentenceCase(col(r, 'Intitulé diplôme (DEPP)')))) ??
    firstNonEmpty(d.inserjeunes.map((r) => sentenceCase(col(r, 'libelle_formation_bcn'))));
  if (!title) return undefined;

  const type =
    firstNonEmpty(certif.map((r) => typeFromCertifInfo(col(r, 'Libelle_Type_Diplome')))) ??
    firstNonEmpty(d.kit.map((r) => typeFromKit(col(r, 'Abrégé de diplôme (RNCP)')))) ??
    firstNonEmpty(d.eduscol.map((r) => typeFromEduscol(col(r, 'Diplôme')))) ??
    firstNonEmpty(d.passage.map((r) => typeFromCertifInfo(col(r, 'ci_intitule_type_diplome')))) ??
    (d.cfd ? typeFromCfd(d.cfd) : undefined) ??
    'Autre';

  const rawLevel =
    firstNonEmpty(certif.map((r) => toInt(col(r, 'Code_Niveau_Europeen')))) ??
    firstNonEmpty(d.kit.map((r) => levelFromText(col(r, 'Niveau fiche RNCP')))) ??
    firstNonEmpty(d.passage.map((r) => toInt(col(r, 'ci_niveau_europeen')))) ??
    firstNonEmpty(d.eduscol.map((r) => levelFromText(col(r, 'Niveau')))) ??
    firstNonEmpty(d.inserjeunes.map((r) => levelFromCfd(col(r, 'niveau_bcn')))) ??
    (d.cfd ? levelFromCfd(d.cfd) : undefined);
  const level = clampLevel(rawLevel);
  if (level === undefined) return undefined;

  const ijApprentissage = d.inserjeunes.some((r) => col(r, 'voie') === 'apprentissage');
  const certifCa = certif.map((r) => col(r, 'accessibilite_ca'));
  const kitOpen = d.kit.some((r) => /^oui$/i.test(col(r, "Accès à l'apprentissage de la fiche RNCP (oui/non)")));
  const apprenticeship = certifCa.includes('1')
    ? true
    : certifCa.includes('0')
      ? ijApprentissage
      : kitOpen || ijApprentissage;

  const lastSessions = [
    ...certif.map((r) => toInt(col(r, 'Annee_Derniere_Session'))),
    ...d.eduscol.map((r) => toInt(col(r, 'Dernière session'))),
  ].filter((n): n is number => n !== undefined);
  // A diploma still open in one Certif Info row (no last session) is not closed by another row's last session.
  const openEnded = certif.some((r) => !col(r, 'Annee_Derniere_Session'));
  const lastSession = openEnded || lastSessions.length === 0 ? undefined : Math.max(...lastSessions);

  const rncp =
    pickRncp(certif.filter((r) => col(r, 'accessibilite_ca') === '1').map((r) => col(r, 'Code_RNCP'))) ??
    pickRncp(certif.map((r) => col(r, 'Code_RNCP'))) ??
    pickRncp(kitActive.map((r) => col(r, 'Code_RNCP'))) ??
    pickRncp(d.kit.map((r) => col(r, 'Code_RNCP'))) ??
    (d.id.startsWith('RNCP') ? d.id.slice(4) : undefined);
  const kitForRncp = d.kit.filter((r) => normRncp(col(r, 'Code_RNCP')) === rncp);
  const expires = firstNonEmpty(
    [...kitForRncp].sort(activeFirst).map((r) => frenchDateToIso(col(r, "Date d'échéance de la fiche RNCP"))),
  );

  let active: boolean;
  // A diploma whose last session is this year no longer takes new apprentices: it counts as closed.
  if (certif.length > 0) active = openEnded || (lastSession !== undefined && lastSession > refYear);
  else if (d.kit.length > 0) active = kitActive.some((r) => {
    const exp = frenchDateToIso(col(r, "Date d'échéance de la fiche RNCP"));
    return exp === undefined || exp >= refDate;
  });
  else if (d.eduscol.length > 0) active = lastSession === undefined || lastSession > refYear;
  else active = false;
  if (lastSession !== undefined && lastSession <= refYear) active = false;

  const romes = uniqSorted(
    certif.flatMap((r) => [1, 2, 3, 4, 5].map((i) => col(r, `Code_Rome_${i}`))).filter((c) => input.romeCodes.has(c)),
  );
  const onisep = uniqSorted(
    [...certif.map((r) => col(r, 'codeIdeo2')), ...d.passage.map((r) => col(r, 'ideo_identifiant_formation'))].filter(
      (s) => /^FOR\.\d+$/.test(s),
    ),
  ).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const replacedBy = firstNonEmpty(
    d.eduscol.map((r) => {
      const m = /remplac\S*\s+par\s+(?:le\s+)?(\d{3}-\d{5}\s*[A-Z]?)/i.exec(col(r, 'Commentaire'));
      return m?.[1] ? normCfd(m[1]) : undefined;
    }),
  );
  const outcomes = buildOutcomes(d.inserjeunes);
  if (outcomes.length) sources.push('inserjeunes');

  // Key order is the order written to YAML: id, codes, title, then the rest.
  const ordered: DiplomaRecord = {
    id: d.id,
    ...(d.cfd ? { cfd: d.cfd } : {}),
    ...(rncp ? { rncp: `RNCP${rncp}` } : {}),
    title: title.replace(/\s+/g, ' ').trim(),
    type,
    level,
    apprenticeship,
    active,
    ...(lastSession !== undefined ? { last_session: lastSession } : {}),
    ...(expires ? { expires } : {}),
    ...(replacedBy && replacedBy !== d.id ? { replaced_by: replacedBy } : {}),
    ...(romes.length ? { romes } : {}),
    ...(onisep.length ? { onisep } : {}),
    ...(outcomes.length ? { outcomes } : {}),
    sources,
  };
  return ordered;
}

function activeFirst(a: CsvRow, b: CsvRow): number {
  const act = (r: CsvRow): number => (col(r, 'Fiche ACTIVE/INACTIVE').toUpperCase() === 'ACTIVE' ? 0 : 1);
  return act(a) - act(b);
}

/** The newest RNCP record (highest number) among the given cells. */
function pickRncp(cells: string[]): string | undefined {
  const nums = cells.map(normRncp).filter((n): n is string => n !== undefined).map(Number);
  return nums.length ? String(Math.max(...nums)) : undefined;
}

function firstNonEmpty<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  for (const v of values) if (v !== undefined && v !== '') return v;
  return undefined;
}

/**
 * InserJeunes rows per route and cohort. Several rows for one diploma (1- and 2-year courses) are summed and the
 * rates recomputed, but only when every row had a published rate (InserJeunes hides rates of small groups).
 */
export function buildOutcomes(rows: readonly CsvRow[]): Outcome[] {
  const groups = new Map<string, CsvRow[]>();
  for (const r of rows) {
    const route = col(r, 'voie');
    const cohort = col(r, 'millesime').replace('_', '-');
    if ((route !== 'apprentissage' && route !== 'scolaire') || !/^\d{4}-\d{4}$/.test(cohort)) continue;
    const key = `${route}|${cohort}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Outcome[] = [];
  for (const key of [...groups.keys()].sort(byString)) {
    const g = groups.get(key) ?? [];
    const [route, cohort] = key.split('|') as ['apprentissage' | 'scolaire', string];
    const leavers = sum(g, 'nb_sortant');
    if (leavers === undefined) continue;
    const o: Outcome = { route, cohort, leavers, source: 'inserjeunes' };
    const rate = (countCol: string, rateCol: string, base: string): number | undefined => {
      if (g.length === 1) return toInt(col(g[0] ?? {}, rateCol));
      if (g.some((r) => toInt(col(r, rateCol)) === undefined)) return undefined;
      const num = sum(g, countCol);
      const den = sum(g, base);
      return num !== undefined && den ? Math.round((100 * num) / den) : undefined;
    };
    const r6 = rate('nb_en_emploi_6_mois', 'taux_emploi_6_mois', 'nb_sortant');
    const r12 = rate('nb_en_emploi_12_mois', 'taux_emploi_12_mois', 'nb_sortant');
    const r24 = rate('nb_en_emploi_24_mois', 'taux_emploi_24_mois', 'nb_sortant');
    const st = rate('nb_poursuite_etudes', 'taux_poursuite_etudes', 'nb_annee_term');
    if (r6 !== undefined) o.rate_6m = r6;
    if (r12 !== undefined) o.rate_12m = r12;
    if (r24 !== undefined) o.rate_24m = r24;
    if (st !== undefined) o.studies = st;
    out.push(o);
  }
  return out;
}

function sum(rows: readonly CsvRow[], name: string): number | undefined {
  let total = 0;
  for (const r of rows) {
    const n = toInt(col(r, name));
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** Diplomas that go into diplomes.yaml: active, open to apprenticeship, plus every one an offer references. */
export function selectDiplomas(universe: DiplomaUniverse, referenced: ReadonlySet<string>): DiplomaRecord[] {
  const all = [...universe.byId.values()];
  const isCurrent = (d: DiplomaRecord): boolean => d.active && d.apprenticeship;
  // The kit lists one CFD per awarding university for the same national certification ("… (LP ORLEANS)"):
  // a record known only from the kit is kept when no Certif Info record already carries its RNCP.
  const rncpCovered = new Set(all.filter((d) => isCurrent(d) && d.sources.includes('certif_info')).map((d) => d.rncp));
  const kitOnlyDuplicate = (d: DiplomaRecord): boolean =>
    !d.sources.includes('certif_info') && d.rncp !== undefined && rncpCovered.has(d.rncp);
  const out = all.filter((d) => (isCurrent(d) && !kitOnlyDuplicate(d)) || referenced.has(d.id));
  const ids = new Set(out.map((d) => d.id));
  return out
    .map((d) => {
      if (d.replaced_by && !ids.has(d.replaced_by)) {
        const copy = { ...d };
        delete copy.replaced_by;
        return copy;
      }
      return d;
    })
    .sort((a, b) => byString(a.id, b.id));
}

/** ROME code → active apprenticeship diplomas leading to it. */
export function diplomasByRome(diplomas: readonly DiplomaRecord[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const d of diplomas) {
    if (!d.active || !d.apprenticeship) continue;
    for (const r of d.romes ?? []) m.set(r, [...(m.get(r) ?? []), d.id]);
  }
  return m;
}
