import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';

/** One problem in one knowledge file, located for a human: `knowledge/aides.yaml:42 aides[3].valid_to: …`. */
export interface LocatedError {
  file: string;
  line: number | undefined;
  path: string;
  message: string;
}

export function formatLocatedError(e: LocatedError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
  return e.path ? `${where} ${e.path}: ${e.message}` : `${where} ${e.message}`;
}

/** `['aides', 3, 'valid_to']` → `aides[3].valid_to` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: LocatedError[] };

/**
 * Parses and validates one YAML file. The fast path is js-yaml (about 8 times faster than `yaml` on our 2 MB
 * generated files, which are parsed at every start), with the YAML 1.2 core schema so that dates stay strings.
 * Only when something is wrong do we build `yaml`'s source-mapped document to point at the faulty line.
 */
export function parseYamlFile<S extends z.ZodType>(displayName: string, text: string, schema: S): ParseResult<z.output<S>> {
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA, filename: displayName });
  } catch (e) {
    if (e instanceof YAMLException) {
      return {
        ok: false,
        errors: [{ file: displayName, line: e.mark ? e.mark.line + 1 : unmarkedLine(text), path: '', message: firstLine(e.reason || e.message) }],
      };
    }
    return { ok: false, errors: [{ file: displayName, line: undefined, path: '', message: String(e) }] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const locate = locator(text);
  return {
    ok: false,
    errors: result.error.issues.slice(0, 50).map((issue) => ({
      file: displayName,
      line: locate(issue.path),
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * The line of an error js-yaml reports without a mark: "expected a single document in the stream, but found more"
 * is a document marker ("---" or "..." at the start of a line, e.g. a "..." typed at a line's start) after the first
 * line; else the file's first line, so that an editor is always pointed somewhere.
 */
function unmarkedLine(text: string): number {
  const lines = text.split('\n');
  const marker = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(l));
  return marker >= 0 ? marker + 1 : 1;
}

/** Returns a function that maps a data path to the 1-based line of the deepest existing node on that path. */
export function locator(text: string): (path: readonly PropertyKey[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
