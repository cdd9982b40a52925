import type { KnowledgeFileKey, KnowledgeFiles } from './files.js';
import { DERIVED_DIPLOMA_LINKS } from './schema/trade.js';
import { formatPath, locator, type LocatedError } from './yaml-file.js';

type FileInfo = (key: KnowledgeFileKey) => { display: string; text: string };

/**
 * The checks no single-file schema can make: duplicated ids, and every reference between files (trade ↔ diploma,
 * offer → diploma, establishment → commune, record → its source id). Errors point at the line of the reference.
 */
export function crossCheck(files: KnowledgeFiles, info: FileInfo): LocatedError[] {
  const errors: LocatedError[] = [];
  const locators = new Map<KnowledgeFileKey, (path: readonly PropertyKey[]) => number | undefined>();
  const report = (key: KnowledgeFileKey, path: PropertyKey[], message: string): void => {
    if (errors.length >= 50) return;
    let locate = locators.get(key);
    if (!locate) locators.set(key, (locate = locator(info(key).text)));
    errors.push({ file: info(key).display, line: locate(path), path: formatPath(path), message });
  };

  const trades = uniqueIds('metiers', 'metiers', files.metiers.metiers, (t) => t.code, report);
  const diplomas = uniqueIds('diplomes', 'diplomes', files.diplomes.diplomes, (d) => d.id, report);
  const communes = uniqueIds('communes', 'communes', files.communes.communes, (c) => c.insee, report);
  uniqueIds('etablissements', 'etablissements', files.etablissements.etablissements, (e) => e.uai, report);
  const faqIds = uniqueIds('faq', 'faq', files.faq.faq, (f) => f.id, report);
  // A follow-up looks in the entries an answer links to: each link must name another entry that exists.
  files.faq.faq.forEach((f, i) => {
    f.related.forEach((id, j) => {
      if (!faqIds.has(id) || id === f.id) report('faq', ['faq', i, 'related', j], `unknown or self faq entry "${id}"`);
    });
    f.after?.forEach((id, j) => {
      if (!faqIds.has(id) || id === f.id) report('faq', ['faq', i, 'after', j], `unknown or self faq entry "${id}"`);
    });
  });
  files.faq.faq.forEach((f, i) => {
    for (const problem of sideTextProblems(f)) report('faq', ['faq', i, 'answer'], problem);
  });
  // What exists now in place of an ended aid: entries that exist.
  files.aides.aids.forEach((a, i) => {
    a.now_see_faq.forEach((id, j) => {
      if (!faqIds.has(id)) report('aides', ['aids', i, 'now_see_faq', j], `unknown faq entry "${id}"`);
    });
    a.sector_see_faq.forEach((id, j) => {
      if (!faqIds.has(id)) report('aides', ['aids', i, 'sector_see_faq', j], `unknown faq entry "${id}"`);
    });
    a.other_conditions.forEach((text, j) => {
      if (addressesTheReader(text)) report('aides', ['aids', i, 'other_conditions', j], 'an aid condition is shown as written to tu and vous alike: write it without addressing the reader ("vérifie", "ton CFA", "votre")');
    });
  });
  uniqueIds('contacts', 'contacts', files.contacts.contacts, (c) => c.id, report);
  // A message with one text for both registers is said as written to tu and vous alike: if it speaks to the reader
  // as tu, an employer or a parent who writes vous is told "tu" — it needs its tu and vous texts.
  for (const key of tuOnlyMessages(files.messages.messages)) {
    report('messages', ['messages', key], 'a message with a single text speaks to the reader as tu ("ton", "tu"): give it a tu and a vous text');
  }

  const checkSources = (key: KnowledgeFileKey, listKey: string, list: readonly { sources?: readonly string[]; source?: string }[], known: Record<string, unknown>): void => {
    list.forEach((record, i) => {
      const ids = record.sources ?? (record.source !== undefined ? [record.source] : []);
      ids.forEach((id, j) => {
        if (!Object.hasOwn(known, id)) report(key, [listKey, i, record.sources ? 'sources' : 'source', ...(record.sources ? [j] : [])], `unknown source id "${id}"`);
      });
    });
  };

  files.metiers.metiers.forEach((t, i) => {
    t.diplomas?.forEach((d, j) => {
      const diploma = diplomas.get(d);
      if (!diploma) report('metiers', ['metiers', i, 'diplomas', j], `unknown diploma "${d}"`);
      // Links inherited from the parent ROME fiche are one-way by design (see src/knowledge/import/README.md).
      else if (!t.diplomas_from_parent && !diploma.romes?.includes(t.code)) report('metiers', ['metiers', i, 'diplomas', j], `diploma "${d}" does not list trade ${t.code} back`);
    });
    // Links read from the titles, renewals and training fields are one-way by design: the diploma's ROME codes are Certif Info's.
    for (const key of DERIVED_DIPLOMA_LINKS) {
      t[key]?.forEach((d, j) => {
        if (!diplomas.has(d)) report('metiers', ['metiers', i, key, j], `unknown diploma "${d}"`);
      });
    }
  });
  checkSources('metiers', 'metiers', files.metiers.metiers, files.metiers.sources);

  files.diplomes.diplomes.forEach((d, i) => {
    d.romes?.forEach((r, j) => {
      if (!trades.has(r)) report('diplomes', ['diplomes', i, 'romes', j], `unknown ROME code "${r}"`);
    });
    if (d.replaced_by !== undefined && !diplomas.has(d.replaced_by)) report('diplomes', ['diplomes', i, 'replaced_by'], `unknown diploma "${d.replaced_by}"`);
    d.outcomes?.forEach((o, j) => {
      if (!Object.hasOwn(files.diplomes.sources, o.source)) report('diplomes', ['diplomes', i, 'outcomes', j, 'source'], `unknown source id "${o.source}"`);
    });
  });
  checkSources('diplomes', 'diplomes', files.diplomes.diplomes, files.diplomes.sources);

  const uais = new Set(files.etablissements.etablissements.map((e) => e.uai));
  files.etablissements.etablissements.forEach((e, i) => {
    if (!communes.has(e.commune)) report('etablissements', ['etablissements', i, 'commune'], `unknown commune "${e.commune}"`);
    e.offers.forEach((o, j) => {
      if (!diplomas.has(o.diploma)) report('etablissements', ['etablissements', i, 'offers', j, 'diploma'], `unknown diploma "${o.diploma}"`);
      if (!Object.hasOwn(files.etablissements.sources, o.source)) report('etablissements', ['etablissements', i, 'offers', j, 'source'], `unknown source id "${o.source}"`);
    });
    e.past_offers?.forEach((o, j) => {
      if (!diplomas.has(o.diploma)) report('etablissements', ['etablissements', i, 'past_offers', j, 'diploma'], `unknown diploma "${o.diploma}"`);
      if (o.now_at !== undefined && !uais.has(o.now_at)) report('etablissements', ['etablissements', i, 'past_offers', j, 'now_at'], `unknown establishment "${o.now_at}"`);
      for (const [key, source] of [['source', o.source], ['absent_in', o.absent_in.source]] as const) {
        if (!Object.hasOwn(files.etablissements.sources, source)) report('etablissements', ['etablissements', i, 'past_offers', j, key], `unknown source id "${source}"`);
      }
    });
  });
  checkSources('etablissements', 'etablissements', files.etablissements.etablissements, files.etablissements.sources);
  files.etablissements.unplaced_offers?.forEach((u, i) => {
    if (u.diploma !== undefined && !diplomas.has(u.diploma)) report('etablissements', ['unplaced_offers', i, 'diploma'], `unknown diploma "${u.diploma}"`);
  });
  checkSources('etablissements', 'unplaced_offers', files.etablissements.unplaced_offers ?? [], files.etablissements.sources);

  checkSources('communes', 'communes', files.communes.communes, files.communes.sources);
  files.communes.anciennes_communes.forEach((f, i) => {
    if (!communes.has(f.current)) report('communes', ['anciennes_communes', i, 'current'], `unknown commune "${f.current}"`);
  });
  checkSources('communes', 'anciennes_communes', files.communes.anciennes_communes, files.communes.sources);

  files.metiersFamiliers.aliases.forEach((a, i) => {
    if (!trades.has(a.rome)) report('metiersFamiliers', ['aliases', i, 'rome'], `unknown ROME code "${a.rome}"`);
  });
  files.interets.interests.forEach((interest, i) => {
    interest.trades.forEach((code, j) => {
      if (!trades.has(code)) report('interets', ['interests', i, 'trades', j], `unknown ROME code "${code}"`);
    });
  });
  return errors;
}

/** "futur", "nouvel", "actuel": a word between the possessive and the party ("ton futur employeur"). */
const PARTY_ADJECTIVE = "(?:(?:futur|future|futurs|nouvel|nouveau|nouvelle|actuel|actuelle|prochain|prochaine) )?";
/** "votre employeur", "votre futur patron", "vous êtes apprenti": a text that speaks to the apprentice as vous. */
const APPRENTICE_AS_VOUS = new RegExp(`\\b(?:votre|vos) ${PARTY_ADJECTIVE}(?:employeur|employeurs|patron|patronne|maître d'apprentissage|maîtresse d'apprentissage)\\b|\\bvous êtes (?:apprenti|apprentie|alternant|alternante)\\b`, 'i');
/** "ton employeur", "ton futur patron", "ta patronne": a text that speaks to the apprentice as tu. */
const APPRENTICE_AS_TU = new RegExp(`\\b(?:ton|tes) ${PARTY_ADJECTIVE}(?:employeur|patron|maître d'apprentissage)\\b|\\bta ${PARTY_ADJECTIVE}(?:patronne|maîtresse d'apprentissage)\\b`, 'i');
/** A word that speaks to the reader as tu: "tu", "ton CFA", "renseigne-toi" ("te" is also the "-t-" of an inversion). */
const SPEAKS_AS_TU = /\b(?:tu|toi|ton|ta|tes)\b|-toi\b/i;

/** The keys of the messages written once for both registers that speak to the reader as tu (a tu text with no vous). */
export function tuOnlyMessages(messages: Readonly<Record<string, string | { tu: string; vous: string }>>): string[] {
  return Object.entries(messages).flatMap(([key, message]) => (typeof message === 'string' && SPEAKS_AS_TU.test(message) ? [key] : []));
}

/** A word that addresses the reader as tu or vous: "vérifie", "renseigne-toi", "ton CFA", "votre entreprise" ("la demande" is a noun). */
const ADDRESSES_THE_READER = /\b(?:tu|toi|ton|ta|tes|vous|votre|vos)\b|-toi\b|-vous\b|\b(?:vérifie|renseigne|contacte|consulte|vérifiez|renseignez|contactez|demandez|consultez)\b|\bdemande-(?:le|la|les|lui|leur)\b/i;

/** Whether a text written for both registers speaks to its reader in one of them. */
export const addressesTheReader = (text: string): boolean => ADDRESSES_THE_READER.test(text);

type FaqFileEntry = KnowledgeFiles['faq']['faq'][number];

/**
 * The texts an employer or a parent is given must speak to them (dialogs/faq-answer.ts): an entry for them (no
 * `audience`, or one that names them) has a vous text that does not speak to the apprentice as vous ("votre
 * employeur"), since it is what they get even when they write tu; an entry for employers alone has a tu text that
 * does not speak to the apprentice ("ton employeur").
 */
export function sideTextProblems(entry: FaqFileEntry): string[] {
  const audience = entry.audience;
  const vousTexts = [entry.answer.vous, entry.answer_minor?.vous, entry.details?.vous, ...(entry.answer_when ?? []).map((w) => w.answer.vous)];
  const tuTexts = [entry.answer.tu, entry.answer_minor?.tu, entry.details?.tu, ...(entry.answer_when ?? []).map((w) => w.answer.tu)];
  const problems: string[] = [];
  const forOthers = audience === undefined || audience.some((s) => s === 'employeur' || s === 'famille' || s === 'tous');
  if (forOthers && vousTexts.some((t) => t !== undefined && APPRENTICE_AS_VOUS.test(t))) {
    problems.push('the vous text, given to employers and parents, speaks to the apprentice ("votre employeur"): write it of both parties');
  }
  const employersOnly = audience !== undefined && audience.every((s) => s === 'employeur');
  if (employersOnly && tuTexts.some((t) => t !== undefined && APPRENTICE_AS_TU.test(t))) {
    problems.push('an entry for employers alone has a tu text that speaks to the apprentice ("ton employeur")');
  }
  return problems;
}

function uniqueIds<T>(
  key: KnowledgeFileKey,
  listKey: string,
  list: readonly T[],
  id: (item: T) => string,
  report: (key: KnowledgeFileKey, path: PropertyKey[], message: string) => void,
): Map<string, T> {
  const byId = new Map<string, T>();
  list.forEach((item, i) => {
    const value = id(item);
    if (byId.has(value)) report(key, [listKey, i], `duplicate id "${value}"`);
    else byId.set(value, item);
  });
  return byId;
}
