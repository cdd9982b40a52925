import { registerMigration } from '../bot/storage/database.js';

/**
 * The adviser console's tables, in the bot's database: accounts, server-side sessions, failed logins (lock-out)
 * and the audit log. Registered at import time, before the bot plugin opens the database.
 * Session ids are stored hashed, so a copy of the database does not hand out live sessions.
 */
registerMigration(
  'adviser-001-accounts',
  `CREATE TABLE advisers (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     email TEXT NOT NULL UNIQUE,
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE adviser_sessions (
     id_hash TEXT PRIMARY KEY,
     adviser_id INTEGER NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
     csrf_token TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX adviser_sessions_expires ON adviser_sessions (expires_at);
   CREATE TABLE adviser_login_failures (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     email TEXT NOT NULL,
     ip TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX adviser_login_failures_email ON adviser_login_failures (email, at);
   CREATE INDEX adviser_login_failures_ip ON adviser_login_failures (ip, at);
   CREATE TABLE adviser_audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     adviser_id INTEGER,
     adviser_email TEXT NOT NULL,
     action TEXT NOT NULL,
     reference_code TEXT,
     callback_id INTEGER,
     outcome TEXT NOT NULL,
     detail TEXT
   );
   CREATE INDEX adviser_audit_at ON adviser_audit (at);`,
);
