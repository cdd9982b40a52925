/**
 * Writes as data: the group commit runs them on its own connection, in a worker thread, so they cannot be
 * closures. A statement is registered once (`GroupCommitter.statement`) and then named by its number.
 */
export type SqlValue = string | number | null;

/** A registered statement: its number and its SQL. */
export interface SqlStatement {
  readonly id: number;
  readonly sql: string;
}

/**
 * One write: runs statement `s` with parameters `p`. With `check`, the statement is a one-column SELECT instead,
 * and the unit fails with AppError `check.code` unless it returns `check.equals` (null: no row).
 */
export interface SqlOp {
  readonly s: number;
  readonly p: readonly SqlValue[];
  readonly check?: { readonly equals: SqlValue; readonly code: string };
}

/** What the executor reports for a failed unit or batch (errors do not cross threads as such). */
export interface SqlFailure {
  message: string;
  /** SQLite's code (SQLITE_CONSTRAINT_UNIQUE…) when SQLite failed. */
  code?: string;
  /** The AppError code of a failed check. */
  appCode?: string;
}

export interface BatchOutcome {
  /** One entry per unit: null when it succeeded. */
  errors: (SqlFailure | null)[];
  /** Set when the transaction itself failed (nothing of the batch is committed). */
  fatal?: SqlFailure;
  /** Time spent inside the transaction, COMMIT included (ms). */
  busyMs: number;
}

export function op(statement: SqlStatement, ...params: SqlValue[]): SqlOp {
  return { s: statement.id, p: params };
}
