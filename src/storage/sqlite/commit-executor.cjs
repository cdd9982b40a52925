'use strict';
// Plain CommonJS on purpose: the commit worker loads it without any TypeScript loader (under tsx, vitest or plain
// node alike), and the inline mode of GroupCommitter loads the very same file. Types: see sql-ops.ts.

function failure(err) {
  const out = { message: err instanceof Error ? err.message : String(err) };
  if (err && typeof err.code === 'string') out.code = err.code;
  if (err && typeof err.appCode === 'string') out.appCode = err.appCode;
  return out;
}

/**
 * Runs group-commit batches on one better-sqlite3 connection: one IMMEDIATE transaction per batch, each unit in
 * its own savepoint so that a failing unit (an eTag conflict) rolls back alone.
 */
function createExecutor(db) {
  const statements = [];
  const broken = [];
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoint = db.prepare('SAVEPOINT unit');
  const release = db.prepare('RELEASE unit');
  const rollbackTo = db.prepare('ROLLBACK TO unit');

  function prepare(id, sql) {
    try {
      statements[id] = db.prepare(sql);
    } catch (err) {
      broken[id] = err;
    }
  }

  function runOp(op) {
    const stmt = statements[op.s];
    if (stmt === undefined) throw broken[op.s] || new Error(`unknown statement ${op.s}`);
    if (op.check === undefined) {
      stmt.run(...op.p);
      return;
    }
    const value = stmt.pluck(true).get(...op.p);
    if ((value === undefined ? null : value) !== op.check.equals) {
      const err = new Error(op.check.code);
      err.appCode = op.check.code;
      throw err;
    }
  }

  function runBatch(units) {
    const startedAt = performance.now();
    const errors = new Array(units.length).fill(null);
    try {
      begin.run();
      for (let i = 0; i < units.length; i++) {
        savepoint.run();
        try {
          const ops = units[i];
          for (let j = 0; j < ops.length; j++) runOp(ops[j]);
          release.run();
        } catch (err) {
          rollbackTo.run();
          release.run();
          errors[i] = failure(err);
        }
      }
      commit.run();
    } catch (err) {
      if (db.inTransaction) rollback.run();
      return { errors, fatal: failure(err), busyMs: performance.now() - startedAt };
    }
    return { errors, busyMs: performance.now() - startedAt };
  }

  return { prepare, runBatch };
}

module.exports = { createExecutor };
