import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The validated knowledge and its costliest indexes, kept on disk between starts: reading, parsing and validating
 * the YAML, then normalising every job title for the search, is most of a start's time, and the result depends only
 * on the files' content and on our code. The understanding's models trained from the knowledge (intent classifier, FAQ
 * detector and matcher: over a second of CPU) and the index of the words it knows by sound (src/nlu/sound-index.ts)
 * are kept the same way. One file per entry (`files.json`, `search.json`, `models.json`, `sounds.json`): a header
 * line (format, code version, content hash, payload checksum) then the payload as JSON with every non-ASCII character escaped.
 * An entry is used only when all of them match: after any change to a knowledge file or to the code that reads,
 * validates and indexes it, or when a file is damaged, the knowledge is validated from the YAML again and the entry
 * rewritten.
 *
 * JSON rather than `v8.serialize`: the payload is plain data (objects, arrays, strings, numbers, null; the cache
 * test checks the round trip), and in a fresh process `JSON.parse` of an ASCII file read as latin1 took about half
 * the time of `v8.deserialize` of the same data (no UTF-8 decoding, and V8's JSON parser is its fastest path).
 */
const FORMAT = 1;

/**
 * The validated files, the search's indexes, the understanding's trained models (src/nlu/models.ts), the words the
 * bot knows by sound (src/nlu/sound-index.ts).
 */
export type CacheEntry = 'files' | 'search' | 'models' | 'sounds';

interface Header {
  format: number;
  code: string;
  content: string;
  sha256: string;
}

/**
 * What decides the cached output besides the files: our loader, schemas, checks and indexes, the understanding's
 * features and training (src/nlu, src/text, and the seeded generator that orders the classifier's training), and
 * the libraries (natural's French stemmer feeds the features).
 */
const CODE_PATHS = ['.', '../nlu', '../text', '../seeded-random.ts'];
const LIBRARIES = ['zod', 'js-yaml', 'yaml', 'lunr', 'lunr-languages', 'natural'];

let codeVersionMemo: string | undefined;

/**
 * The code version of the cache: a hash of the source of src/knowledge, src/nlu, src/text and src/seeded-random.ts
 * (loader, schemas, cross-checks, search indexes, normaliser, stop words, intents schema, training order), of the versions of the libraries that parse,
 * validate and index, and of V8. Broader than strictly needed, on purpose: a change that does not alter the result
 * only costs one validation.
 */
export function knowledgeCodeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  codeVersionMemo ??= codeVersionOf(
    CODE_PATHS.map((d) => join(here, d)),
    LIBRARIES,
  );
  return codeVersionMemo;
}

/**
 * The hash of every script under `paths` (a folder, walked, or a single script: path and content) and of the
 * installed version of each library.
 */
export function codeVersionOf(paths: readonly string[], libraries: readonly string[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0v8 ${process.versions.v8}\0${process.arch}\0`);
  for (const path of paths) {
    if (statSync(path).isFile()) {
      hash.update(basename(path)).update('\0').update(readFileSync(path)).update('\0');
      continue;
    }
    const dir = path;
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|js|mjs|cjs)$/.test(entry.name)) files.push(path);
      }
    };
    walk(dir);
    for (const file of files.sort()) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  const require = createRequire(import.meta.url);
  for (const lib of libraries) {
    const { version } = require(`${lib}/package.json`) as { version: string };
    hash.update(`${lib}@${version}\0`);
  }
  return hash.digest('hex');
}

export type CacheRead<T> = { hit: true; value: T } | { hit: false; reason: 'absent' | 'corrupt' | 'other version' | 'other content' };

/**
 * The cache's entries of one knowledge version, handed with the knowledge to the parts that derive costly data from it
 * (the understanding's models) without their knowing where or how it is kept.
 */
export interface VersionCache {
  read<T>(entry: CacheEntry): CacheRead<T>;
  /** Throws when the entry cannot be written (a read-only data folder): the caller decides what that costs. */
  write(entry: CacheEntry, value: unknown): void;
}

export class KnowledgeCache {
  constructor(
    private readonly dir: string,
    private readonly codeVersion: string = knowledgeCodeVersion(),
  ) {}

  /** The entries of one content hash. */
  forContent(contentHash: string): VersionCache {
    return { read: (entry) => this.read(entry, contentHash), write: (entry, value) => this.write(entry, contentHash, value) };
  }

  /** The entry stored for this content hash, or why there is none usable. Never throws. */
  read<T>(entry: CacheEntry, contentHash: string): CacheRead<T> {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.dir, `${entry}.json`));
    } catch {
      return { hit: false, reason: 'absent' };
    }
    try {
      const newline = bytes.indexOf(0x0a);
      if (newline < 0) return { hit: false, reason: 'corrupt' };
      const header = JSON.parse(bytes.subarray(0, newline).toString('latin1')) as Partial<Header>;
      if (header.format !== FORMAT || header.code !== this.codeVersion) return { hit: false, reason: 'other version' };
      if (header.content !== contentHash) return { hit: false, reason: 'other content' };
      const payload = bytes.subarray(newline + 1);
      if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return { hit: false, reason: 'corrupt' };
      return { hit: true, value: JSON.parse(payload.toString('latin1')) as T };
    } catch {
      return { hit: false, reason: 'corrupt' };
    }
  }

  /** Stores the entry for this content hash (written under a temporary name, then renamed: never half a file). */
  write(entry: CacheEntry, contentHash: string, value: unknown): void {
    const payload = Buffer.from(asciiJson(value), 'latin1');
    const header: Header = {
      format: FORMAT,
      code: this.codeVersion,
      content: contentHash,
      sha256: createHash('sha256').update(payload).digest('hex'),
    };
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${entry}.json`);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'latin1'), payload]));
      renameSync(tmp, file);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
  }
}

/** JSON with every character outside printable ASCII escaped (`é` → `\u00e9`): the file then reads as latin1. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
