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
  /** Read-your-writes overlay for the state store. */
  readonly stagedState = new Map<string, StagedState | null>();
  /** Set once the turn is over: later writes (a timer the bot left behind) commit on their own. */
  closed = false;

  constructor(readonly conversationId: string) {}

  stage(op: () => void, afterCommit?: () => void): void {
    this.ops.push(op);
    if (afterCommit) this.after.push(afterCommit);
  }

  get pending(): boolean {
    return this.ops.length > 0;
  }

  /** Commits what is staged so far (the turn may go on staging after an intermediate flush). */
  async flush(committer: GroupCommitter): Promise<void> {
    const ops = this.ops;
    const after = this.after;
    this.ops = [];
    this.after = [];
    if (ops.length === 0) {
      for (const fn of after) fn();
      return;
    }
    try {
      await committer.submit(() => {
        for (const op of ops) op();
      });
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
