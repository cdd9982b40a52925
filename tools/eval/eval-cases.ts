import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** One turn of an eval case, as `../shared/eval/README.md` writes it (only what the tools replay). */
export interface EvalStep {
  say?: string;
  click?: string;
  repeat?: number;
  start?: boolean;
}

/** One case of an eval set. */
export interface EvalCase {
  id: string;
  category?: string;
  persona?: string;
  turns: EvalStep[];
}

/** The cases of an eval set file: a YAML list, or an object whose `cases` is that list (both forms exist). */
export function readEvalCases(path: string): EvalCase[] {
  const doc = load(readFileSync(path, 'utf8')) as EvalCase[] | { cases: EvalCase[] } | null;
  if (doc === null) return [];
  return Array.isArray(doc) ? doc : doc.cases;
}
