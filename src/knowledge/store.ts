import { watch, type FSWatcher } from 'node:fs';
import { loadKnowledge, type LoadOutcome } from './load.js';
import { Search } from './search.js';
import type { Knowledge } from './snapshot.js';
import { formatLocatedError, type LocatedError } from './yaml-file.js';

/** A knowledge snapshot and the search built on it: always swapped together. */
export interface KnowledgeBase {
  readonly knowledge: Knowledge;
  readonly search: Search;
}

export interface KnowledgeLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
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
  ) {
    this.base = initial;
  }

  /** Loads the knowledge base or throws KnowledgeLoadError: the server does not start on an invalid base. */
  static async open(dir: string, log: KnowledgeLog): Promise<KnowledgeStore> {
    const outcome = await loadKnowledge(dir);
    if (!outcome.ok) throw new KnowledgeLoadError(outcome.errors);
    const base = withSearch(outcome);
    log.info({ version: base.knowledge.version, ms: Math.round(outcome.ms), counts: base.knowledge.counts }, 'knowledge loaded');
    return new KnowledgeStore(dir, base, log);
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
      const outcome = await loadKnowledge(this.dir);
      if (!outcome.ok) {
        this.lastError = outcome.errors;
        this.log.error({ errors: outcome.errors.map(formatLocatedError) }, 'knowledge change rejected; keeping the last good version');
        return false;
      }
      this.lastError = undefined;
      if (outcome.knowledge.version === this.base.knowledge.version) return false;
      this.base = withSearch(outcome);
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

function withSearch(outcome: Extract<LoadOutcome, { ok: true }>): KnowledgeBase {
  return Object.freeze({ knowledge: outcome.knowledge, search: new Search(outcome.knowledge) });
}
