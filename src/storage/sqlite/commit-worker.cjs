'use strict';
// The commit worker: its own connection to the database file (WAL, synchronous=FULL), running the group-commit
// batches the main thread posts, one at a time, and answering once each is committed (or failed).
const { parentPort, workerData } = require('node:worker_threads');
const BetterSqlite3 = require('better-sqlite3');
const { createExecutor } = require('./commit-executor.cjs');

const db = new BetterSqlite3(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
// Per connection: deletions made here (an erasure) are zeroed on disk too.
db.pragma('secure_delete = ON');
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
const executor = createExecutor(db);

parentPort.on('message', (message) => {
  switch (message.t) {
    case 'prepare':
      executor.prepare(message.id, message.sql);
      break;
    case 'batch':
      parentPort.postMessage({ t: 'done', id: message.id, outcome: executor.runBatch(message.units) });
      break;
    case 'checkpoint': {
      // After an erasure: the WAL's old frames still hold deleted text until it is checkpointed and truncated.
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)');
      parentPort.postMessage({ t: 'checkpointed', id: message.id, ok: result !== undefined && result.busy === 0 });
      break;
    }
    case 'close':
      db.close();
      parentPort.close();
      break;
    default:
      break;
  }
});
