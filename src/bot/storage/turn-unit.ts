import { AsyncLocalStorage } from 'node:async_hooks';
import type { GroupCommitter } from './group-commit.js';

/** What the state store keeps for a key staged in a turn (null = deleted in this turn). */
export interface StagedState {
  etag: string;
  json: string;
}

/**
 * The writes of one turn (user activity, replies, state, conversation row), applied in order in one savepoint of
 * one group commit, so a turn is all-or-nothing. Callbacks in `afterCommit` (pushing frames to sockets) run only
 * once the writes are durable.
 */
export class TurnUnit {
  private ops: (() => void)[] = [];
  private after: (() => void)[] = [];
  private atCommit: (() => void)[] = [];
  /** Read-your-writes overlay for the state store. */
  readonly stagedState = new Map<string, StagedState | null>();
  /** Set once the turn is over: later writes (a timer the bot left behind) commit on their own. */
  closed = false;

  constructor(readonly conversationId: string) {}

  /**
   * `afterCommit` runs once the writes are durable, when the turn resumes; `atCommit` runs synchronously right
   * after the COMMIT (see GroupCommitter.submit): it is for in-memory mirrors of committed rows.
   */
  stage(op: () => void, afterCommit?: () => void, atCommit?: () => void): void {
    this.ops.push(op);
    if (afterCommit) this.after.push(afterCommit);
    if (atCommit) this.atCommit.push(atCommit);
  }

  get pending(): boolean {
    return this.ops.length > 0;
  }

  /** Commits what is staged so far (the turn may go on staging after an intermediate flush). */
  async flush(committer: GroupCommitter): Promise<void> {
    const ops = this.ops;
    const after = this.after;
    const atCommit = this.atCommit;
    this.ops = [];
    this.after = [];
    this.atCommit = [];
    if (ops.length === 0) {
      for (const fn of atCommit) fn();
      for (const fn of after) fn();
      return;
    }
    try {
      await committer.submit(
        () => {
          for (const op of ops) op();
        },
        atCommit.length > 0 ? () => {
          for (const fn of atCommit) fn();
        } : undefined,
      );
    } catch (err) {
      // The overlay may now hold writes that were rolled back.
      this.stagedState.clear();
      throw err;
    }
    for (const fn of after) fn();
  }
}

/** The turn being processed in the current async context, if any. */
export const turnScope = new AsyncLocalStorage<TurnUnit>();

/** The open turn unit of this async context, if there is one. */
export function currentTurn(): TurnUnit | undefined {
  const unit = turnScope.getStore();
  return unit && !unit.closed ? unit : undefined;
}
