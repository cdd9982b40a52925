import type { Committer } from './types.js';

/** What the state store keeps for a key staged in a turn (null = deleted in this turn). */
export interface StagedState {
  etag: string;
  json: string;
}

/**
 * The writes of one turn (user activity, replies, state, conversation row), committed together: in one savepoint of
 * one SQLite group commit, or in one Redis script call, so a turn is all-or-nothing. Callbacks in `afterCommit`
 * (pushing frames to sockets) run only once the writes are durable. Ops are the back end's own (SqlOp, RedisOp):
 * a unit only ever meets the stores and the committer of one back end.
 */
export class TurnUnit {
  private ops: unknown[] = [];
  // The maps below are made on first use: a unit is made for every turn, and most turns need only some of them
  // (a stateless turn no state overlay, the SQLite back end no eTags nor Redis scratch space).
  /** Ops of which only the last one staged under a name matters, run after the others (see stageLast). */
  private last: Map<string, unknown> | undefined;
  private scratch: Map<string, unknown> | undefined;
  private after: (() => void)[] = [];
  private atCommit: (() => void)[] = [];
  private staged: Map<string, StagedState | null> | undefined;
  private etags: Map<string, string | null> | undefined;

  /** Per-flush scratch space of the stores (e.g. the activities one Redis PUBLISH will carry); cleared at flush. */
  get pendingByStore(): Map<string, unknown> {
    return (this.scratch ??= new Map());
  }

  /** Read-your-writes overlay for the state store. */
  get stagedState(): Map<string, StagedState | null> {
    return (this.staged ??= new Map());
  }

  /** eTags the state store read during this turn (null: absent): the base of a later write, without reading again. */
  get seenEtags(): Map<string, string | null> {
    return (this.etags ??= new Map());
  }
  /** Set once the turn is over: later writes (a timer the bot left behind) commit on their own. */
  closed = false;
  /** The storage scopes this turn holds (see openTurn). */
  scopes: string[] = [];

  /**
   * `guard` ops go first in every commit of the unit (Redis: the check that this turn still holds the conversation
   * lock); `committer` is the default for flush().
   */
  constructor(
    readonly conversationId: string,
    private readonly committer?: Committer,
    private readonly guard: readonly unknown[] = [],
  ) {}

  /**
   * `afterCommit` runs once the writes are durable, when the turn resumes; `atCommit` runs synchronously right
   * after the COMMIT (see GroupCommitter.submit): it is for in-memory mirrors of committed rows.
   */
  stage(ops: unknown, afterCommit?: () => void, atCommit?: () => void): void {
    if (Array.isArray(ops)) for (const o of ops as readonly unknown[]) this.ops.push(o);
    else this.ops.push(ops);
    if (afterCommit) this.after.push(afterCommit);
    if (atCommit) this.atCommit.push(atCommit);
  }

  /**
   * Stages `op` under `name`, replacing what was staged under that name since the last flush; these run after
   * the other ops. For idempotent bookkeeping such as the conversation's last seq: one UPDATE per commit, not one
   * per activity.
   */
  stageLast(name: string, op: unknown): void {
    (this.last ??= new Map()).set(name, op);
  }

  get pending(): boolean {
    return this.ops.length > 0 || (this.last !== undefined && this.last.size > 0);
  }

  /** Commits what is staged so far (the turn may go on staging after an intermediate flush). */
  async flush(committer: Committer | undefined = this.committer): Promise<void> {
    if (!committer) throw new Error('TurnUnit.flush: no committer');
    const ops = this.ops;
    const after = this.after;
    const atCommit = this.atCommit;
    if (this.last !== undefined && this.last.size > 0) {
      for (const o of this.last.values()) ops.push(o);
      this.last.clear();
    }
    this.ops = [];
    this.after = [];
    this.atCommit = [];
    this.scratch?.clear();
    if (ops.length === 0) {
      for (const fn of atCommit) fn();
      for (const fn of after) fn();
      return;
    }
    try {
      await committer.submit(
        this.guard.length > 0 ? [...this.guard, ...ops] : ops,
        atCommit.length > 0 ? () => {
          for (const fn of atCommit) fn();
        } : undefined,
      );
    } catch (err) {
      // The overlay may now hold writes that were rolled back.
      this.staged?.clear();
      throw err;
    }
    for (const fn of after) fn();
  }
}

/**
 * Open turns, by storage scope: the first three segments of a state key, `<channel>/conversations/<id>/` or
 * `<channel>/users/<id>/` (botbuilder's ConversationState, PrivateConversationState and UserState keys), or any
 * name a caller registers. A write to a key whose scope has an open turn is staged in that turn.
 *
 * Not an AsyncLocalStorage on purpose: on Node 20 an AsyncLocalStorage in use installs promise hooks for every
 * promise of the process, which cost ~5 % of the server CPU and ~6 % of its allocations per Direct Line turn.
 * Turns of one conversation run one at a time, so a conversation scope has at most one open turn.
 */
const openTurns = new Map<string, TurnUnit>();

/** Registers `unit` as the open turn of `scopes` (a scope another open turn holds stays with that turn). */
export function openTurn(unit: TurnUnit, scopes: readonly string[]): void {
  unit.scopes = [];
  for (const scope of scopes) {
    const holder = openTurns.get(scope);
    if (holder && holder !== unit && !holder.closed) continue;
    openTurns.set(scope, unit);
    unit.scopes.push(scope);
  }
}

/** Ends the turn: later writes to its scopes commit on their own. */
export function closeTurn(unit: TurnUnit): void {
  unit.closed = true;
  for (const scope of unit.scopes) if (openTurns.get(scope) === unit) openTurns.delete(scope);
  unit.scopes = [];
}

/** Runs `fn` with `unit` open for `scopes`, then closes it (tests, and work outside the adapter). */
export async function runInTurn<T>(unit: TurnUnit, scopes: readonly string[], fn: () => Promise<T>): Promise<T> {
  openTurn(unit, scopes);
  try {
    return await fn();
  } finally {
    closeTurn(unit);
  }
}

/** The scope of a state key: its first three `/`-separated segments with the trailing slash, or the key itself. */
export function scopeOfKey(key: string): string {
  const a = key.indexOf('/');
  const b = a < 0 ? -1 : key.indexOf('/', a + 1);
  const c = b < 0 ? -1 : key.indexOf('/', b + 1);
  return c < 0 ? key : key.slice(0, c + 1);
}

/** The open turn that a write to `key` belongs to, if any. */
export function turnOfKey(key: string): TurnUnit | undefined {
  const unit = openTurns.get(scopeOfKey(key));
  return unit && !unit.closed ? unit : undefined;
}

/** The open turn of a conversation, if any. */
export function turnOfConversation(channelId: string, conversationId: string): TurnUnit | undefined {
  return turnOfKey(`${channelId}/conversations/${conversationId}/`);
}

/** Storage-key prefix of a conversation's state (botbuilder ConversationState: `<channel>/conversations/<id>/…`). */
export function conversationStatePrefix(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}
