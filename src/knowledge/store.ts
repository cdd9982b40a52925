import { watch, type FSWatcher } from 'node:fs';
import { KnowledgeCache, type VersionCache } from './cache.js';
import { loadKnowledge, type LoadOutcome } from './load.js';
import { Search, type SearchPrebuilt } from './search.js';
import type { Knowledge } from './snapshot.js';
import { formatLocatedError, type LocatedError } from './yaml-file.js';

/** A knowledge snapshot and the search built on it: always swapped together. */
export interface KnowledgeBase {
  readonly knowledge: Knowledge;
  readonly search: Search;
  /** The cache's entries of this version, when the store has a cache: the understanding keeps its models there. */
  readonly cache?: VersionCache;
}

export interface KnowledgeLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface KnowledgeStoreOptions {
  /** Where the validated knowledge is kept between starts (cache.ts); without it every load validates the YAML. */
  cacheDir?: string;
}

export class KnowledgeLoadError extends Error {
  constructor(readonly errors: LocatedError[]) {
    super(`Invalid knowledge base:\n  ${errors.map(formatLocatedError).join('\n  ')}`);
  }
}

/**
 * Holds the current knowledge base and replaces it when a file changes. A turn reads `current` once and keeps that
 * object for the whole turn; a reload only swaps the reference, so no turn ever sees half of two versions. An
 * invalid change is logged with its location and the last good version keeps serving.
 */
export class KnowledgeStore {
  private base: KnowledgeBase;
  private watcher: FSWatcher | undefined;
  private pending: NodeJS.Timeout | undefined;
  private reloading: Promise<void> = Promise.resolve();
  private lastError: LocatedError[] | undefined;

  private constructor(
    private readonly dir: string,
    initial: KnowledgeBase,
    private readonly log: KnowledgeLog,
    private readonly cache: KnowledgeCache | undefined,
  ) {
    this.base = initial;
  }

  /** Loads the knowledge base or throws KnowledgeLoadError: the server does not start on an invalid base. */
  static async open(dir: string, log: KnowledgeLog, options: KnowledgeStoreOptions = {}): Promise<KnowledgeStore> {
    const cache = options.cacheDir !== undefined ? new KnowledgeCache(options.cacheDir) : undefined;
    const outcome = await loadKnowledge(dir, cache ? { cache } : {});
    if (!outcome.ok) throw new KnowledgeLoadError(outcome.errors);
    const { base, searchMs, searchCache } = withSearch(outcome, cache, log);
    log.info(
      {
        version: base.knowledge.version,
        ms: Math.round(outcome.ms),
        searchMs: Math.round(searchMs),
        counts: base.knowledge.counts,
        ...(outcome.cache ? { cache: { files: outcome.cache, search: searchCache } } : {}),
      },
      'knowledge loaded',
    );
    return new KnowledgeStore(dir, base, log, cache);
  }

  get current(): KnowledgeBase {
    return this.base;
  }

  /** Errors of the last rejected reload, if the files on disk are currently invalid. */
  get pendingErrors(): readonly LocatedError[] | undefined {
    return this.lastError;
  }

  /** Re-reads the files; resolves to true when a new version was swapped in. Reloads never overlap. */
  reload(): Promise<boolean> {
    const run = this.reloading.then(async () => {
      const outcome = await loadKnowledge(this.dir, this.cache ? { cache: this.cache } : {});
      if (!outcome.ok) {
        this.lastError = outcome.errors;
        this.log.error({ errors: outcome.errors.map(formatLocatedError) }, 'knowledge change rejected; keeping the last good version');
        return false;
      }
      this.lastError = undefined;
      if (outcome.knowledge.version === this.base.knowledge.version) return false;
      this.base = withSearch(outcome, this.cache, this.log).base;
      this.log.info({ version: this.base.knowledge.version, ms: Math.round(outcome.ms) }, 'knowledge reloaded');
      return true;
    });
    this.reloading = run.then(() => undefined, () => undefined);
    return run;
  }

  /** Watches the folder; editors write files in several steps, so changes are debounced. */
  watch(debounceMs = 200): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { persistent: false }, (_event, file) => {
      if (file && !/\.ya?ml$/.test(String(file))) return;
      clearTimeout(this.pending);
      this.pending = setTimeout(() => {
        this.reload().catch((err: unknown) => this.log.error({ err }, 'knowledge reload failed'));
      }, debounceMs);
    });
    this.watcher.on('error', (err) => this.log.error({ err }, 'knowledge watcher failed'));
  }

  close(): void {
    clearTimeout(this.pending);
    this.watcher?.close();
    this.watcher = undefined;
  }
}

/** The snapshot with its search, the search's costly indexes taken from the cache when it has them. */
function withSearch(
  outcome: Extract<LoadOutcome, { ok: true }>,
  cache: KnowledgeCache | undefined,
  log: KnowledgeLog,
): { base: KnowledgeBase; searchMs: number; searchCache: 'hit' | 'built' | undefined } {
  const started = performance.now();
  const versionCache = cache?.forContent(outcome.contentHash);
  const cached = versionCache?.read<SearchPrebuilt>('search');
  let prebuilt = cached?.hit && isSearchPrebuilt(cached.value) ? cached.value : undefined;
  let search: Search;
  try {
    search = new Search(outcome.knowledge, prebuilt);
  } catch (err) {
    // A cache that does not fit this knowledge (it is keyed by its content hash, so only a damaged one): rebuilt.
    if (!prebuilt) throw err;
    log.error({ err }, 'knowledge cache: the search indexes do not fit the knowledge; building them again');
    prebuilt = undefined;
    search = new Search(outcome.knowledge);
  }
  if (versionCache && !prebuilt) {
    try {
      versionCache.write('search', search.prebuilt());
    } catch (err) {
      log.error({ err }, 'knowledge cache: could not store the search indexes');
    }
  }
  const base: KnowledgeBase = Object.freeze({ knowledge: outcome.knowledge, search, ...(versionCache ? { cache: versionCache } : {}) });
  return { base, searchMs: performance.now() - started, searchCache: cache ? (prebuilt ? 'hit' : 'built') : undefined };
}

function isSearchPrebuilt(value: unknown): value is SearchPrebuilt {
  const v = value as Partial<SearchPrebuilt> | null;
  return (
    typeof v === 'object' && v !== null && Array.isArray(v.trades) && Array.isArray(v.diplomaTitles) &&
    typeof v.faq === 'object' && v.faq !== null && Array.isArray(v.faqVocabulary) &&
    Array.isArray(v.shownAs) && Array.isArray(v.alsoRecords) && Array.isArray(v.communesByName) && Array.isArray(v.formerByName)
  );
}
