import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { handwrittenRecords, type HandwrittenFileKey, type HandwrittenFiles, type FactKind } from './facts.js';
import { knowledgeFiles } from './files.js';
import { formatPath, locator, parseYamlFile, type LocatedError } from './yaml-file.js';

/** One line of the facts table: a fact, where it is written, and what supports it. */
export interface FactRow {
  file: string;
  line: number | undefined;
  record: string;
  field: string;
  kind: FactKind;
  value: string;
  /** The record's sources, primary ones first as written: a url, or a file of ../shared/data. */
  sources: string[];
  /** When the team last checked the record against its sources (for generated parameters: the data's date). */
  verified_on: string | undefined;
}

type Texts = Record<HandwrittenFileKey, { display: string; text: string }>;

/** Every fact of the hand-written files, in file order, with its file:line, record, sources and verification date. */
export function factRows(files: HandwrittenFiles, texts: Texts): FactRow[] {
  const locators = new Map<HandwrittenFileKey, (path: readonly PropertyKey[]) => number | undefined>();
  const locate = (key: HandwrittenFileKey, path: PropertyKey[]): number | undefined => {
    let l = locators.get(key);
    if (!l) locators.set(key, (l = locator(texts[key].text)));
    return l(path);
  };
  const rows: FactRow[] = [];
  for (const record of handwrittenRecords(files)) {
    const sources = [...record.sources]
      .sort((a, b) => Number(a.secondary) - Number(b.secondary))
      .map((s) => [s.url, s.file !== undefined ? `../shared/data/${s.file}` : undefined].filter(Boolean).join(' + ') + (s.secondary ? ' (secondaire)' : ''));
    const dataDate = record.fileKey === 'parametres' ? dataDateOf(files, record.id) : undefined;
    for (const fact of record.facts) {
      rows.push({
        file: texts[record.fileKey].display,
        line: locate(record.fileKey, fact.path),
        record: record.id,
        field: formatPath(fact.path.slice(record.path.length)) || formatPath(fact.path),
        kind: fact.kind,
        value: fact.value,
        sources,
        verified_on: record.verifiedOn ?? (dataDate ? `données du ${dataDate}` : undefined),
      });
    }
  }
  return rows;
}

function dataDateOf(files: HandwrittenFiles, id: string): string | undefined {
  const p = files.parametres;
  if (id === 'smic') return p.smic.source.data_date;
  if (id === 'apprentice_pay') return p.apprentice_pay.source.data_date;
  if (id === 'professionalisation_pay') return p.professionalisation_pay.source.data_date;
  return p.source.data_date;
}

const KIND_LABEL: Record<FactKind, string> = { amount: 'montant', percent: 'taux', age: 'âge', date: 'date', duration: 'durée' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The table in Markdown, one row per fact, with a count line before it. */
export function renderFactsMarkdown(rows: FactRow[]): string {
  const records = new Set(rows.map((r) => `${r.file}#${r.record}`)).size;
  const byKind = (Object.keys(KIND_LABEL) as FactKind[]).map((k) => `${rows.filter((r) => r.kind === k).length} ${KIND_LABEL[k]}`).join(', ');
  const head = [
    `# Faits à vérifier (${rows.length} faits dans ${records} enregistrements : ${byKind})`,
    '',
    '| fichier:ligne | enregistrement | champ | type | valeur | source | vérifié le |',
    '|---|---|---|---|---|---|---|',
  ];
  const body = rows.map((r) =>
    [
      r.line === undefined ? r.file : `${r.file}:${r.line}`,
      r.record,
      r.field,
      KIND_LABEL[r.kind],
      r.value,
      r.sources.length > 0 ? r.sources.join('<br>') : '**aucune**',
      r.verified_on ?? '—',
    ]
      .map(cell)
      .join(' | '),
  );
  return `${[...head, ...body.map((b) => `| ${b} |`)].join('\n')}\n`;
}

const HANDWRITTEN: HandwrittenFileKey[] = ['aides', 'faq', 'contacts', 'interets', 'metiersFamiliers', 'parametres', 'messages', 'messagesSources'];

/** Reads and validates the hand-written files of `dir` (not the big generated ones, which hold no such facts). */
export async function readHandwrittenFiles(dir: string): Promise<{ ok: true; files: HandwrittenFiles; texts: Texts } | { ok: false; errors: LocatedError[] }> {
  const texts = {} as Texts;
  const files = {} as Record<HandwrittenFileKey, unknown>;
  const errors: LocatedError[] = [];
  for (const key of HANDWRITTEN) {
    const { file, schema } = knowledgeFiles[key];
    const display = relative(process.cwd(), join(dir, file)) || file;
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch (e) {
      errors.push({ file: display, line: undefined, path: '', message: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      continue;
    }
    texts[key] = { display, text };
    const parsed = parseYamlFile(display, text, schema);
    if (parsed.ok) files[key] = parsed.value;
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, files: files as unknown as HandwrittenFiles, texts };
}
