/**
 * Every migration of the SQLite database, in the order they apply. Append only: a migration is never edited once
 * shipped (its name is recorded in `_migrations`); change a table with a new one.
 */
export interface Migration {
  /** Unique, stable name (e.g. "bot-001-state"). */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  // Bot state (botbuilder ConversationState / UserState items) by key.
  {
    name: 'bot-001-state',
    sql: `CREATE TABLE bot_state (
     key TEXT PRIMARY KEY,
     etag TEXT NOT NULL,
     json TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX bot_state_updated_at ON bot_state (updated_at);`,
  },
  // Conversations and their activities; a client id makes a post idempotent.
  {
    name: 'bot-002-history',
    sql: `CREATE TABLE conversations (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     started INTEGER NOT NULL DEFAULT 0,
     last_seq INTEGER NOT NULL DEFAULT 0
   ) WITHOUT ROWID;
   CREATE INDEX conversations_updated_at ON conversations (updated_at);
   CREATE TABLE activities (
     conversation_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     client_id TEXT,
     created_at INTEGER NOT NULL,
     json TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq)
   ) WITHOUT ROWID;
   CREATE UNIQUE INDEX activities_client_id ON activities (conversation_id, client_id) WHERE client_id IS NOT NULL;`,
  },
  // A conversation's state is 0.2–3 KB of JSON: kept as a rowid table, an upsert rewrites one row in place instead of
  // splitting big primary-key leaf pages (see bot-004; same measure, ~2× less page writing per commit).
  {
    name: 'bot-003-state-rowid',
    sql: `CREATE TABLE bot_state_v2 (
     key TEXT PRIMARY KEY,
     etag TEXT NOT NULL,
     json TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );
   INSERT INTO bot_state_v2 (key, etag, json, updated_at) SELECT key, etag, json, updated_at FROM bot_state;
   DROP TABLE bot_state;
   ALTER TABLE bot_state_v2 RENAME TO bot_state;
   CREATE INDEX bot_state_updated_at ON bot_state (updated_at);`,
  },
  // Activities are 0.4–2 KB of JSON: as a WITHOUT ROWID table every row sat in the primary-key B-tree, so each insert
  // split and rewrote big leaf pages at a random place (conversation ids are random) and a group commit of 60 turns
  // spent ~3× longer writing pages than with a rowid table, where rows are appended and only the small key index is
  // touched at random. Same columns, same keys, same queries.
  {
    name: 'bot-004-activities-rowid',
    sql: `CREATE TABLE activities_v2 (
     conversation_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     client_id TEXT,
     created_at INTEGER NOT NULL,
     json TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq)
   );
   INSERT INTO activities_v2 (conversation_id, seq, client_id, created_at, json)
     SELECT conversation_id, seq, client_id, created_at, json FROM activities ORDER BY conversation_id, seq;
   DROP TABLE activities;
   ALTER TABLE activities_v2 RENAME TO activities;
   CREATE UNIQUE INDEX activities_client_id ON activities (conversation_id, client_id) WHERE client_id IS NOT NULL;`,
  },
  // Direct Line tokens, by their SHA-256 only.
  {
    name: 'dl-001-tokens',
    sql: `CREATE TABLE dl_tokens (
     hash TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     user_id TEXT,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX dl_tokens_expires_at ON dl_tokens (expires_at);`,
  },
  // What conversations leave for the phone line: reference codes, callback requests, thumbs up/down, unanswered
  // questions. Phone numbers are stored here and never logged.
  {
    name: 'services-001-records',
    sql: `CREATE TABLE reference_codes (
     conversation_id TEXT PRIMARY KEY,
     code TEXT NOT NULL UNIQUE,
     consent INTEGER NOT NULL DEFAULT 0,
     summary_json TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE TABLE callbacks (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_id TEXT NOT NULL,
     reference_code TEXT,
     first_name TEXT NOT NULL,
     phone TEXT NOT NULL,
     time_slot TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
     consent_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     closed_at INTEGER
   );
   CREATE INDEX callbacks_status ON callbacks (status, created_at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_id TEXT NOT NULL,
     reply_to_id TEXT,
     rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
     reason TEXT,
     question TEXT,
     topic TEXT,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE unanswered (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );`,
  },
  // The adviser console: accounts, server-side sessions (ids stored hashed, so a copy of the database does not hand
  // out live sessions), failed logins (lock-out) and the audit log.
  {
    name: 'adviser-001-accounts',
    sql: `CREATE TABLE advisers (
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
  },
  // The messages themselves are shown to an adviser only with a second, explicit consent (the first one is for the
  // summary, which the question describes field by field).
  {
    name: 'services-002-transcript-consent',
    sql: 'ALTER TABLE reference_codes ADD COLUMN transcript_consent INTEGER NOT NULL DEFAULT 0;',
  },
  // An unanswered question is kept for content work after its conversation is gone, so it must not carry the
  // conversation id (which would tie it to the transcript, the callback, the reference code). It carries a one-way
  // hash of it instead (see conversationHash): "effacer ma conversation" can find and delete it (the bot knows the
  // id), while the table alone leads nowhere; the retention job then drops even the hash, once the transcript itself
  // would be gone.
  {
    name: 'services-003-unanswered-conversation',
    sql: `ALTER TABLE unanswered ADD COLUMN conversation_hash TEXT;
   CREATE INDEX unanswered_conversation ON unanswered (conversation_hash) WHERE conversation_hash IS NOT NULL;`,
  },
  // Who the conversation's user is, once known: a token generated for a user id names it at once; an anonymous
  // token's conversation takes the id of its first message (Direct Line lets such clients choose it) and keeps it,
  // so a later activity cannot speak as anyone else.
  {
    name: 'bot-005-conversation-user-bound',
    sql: 'ALTER TABLE conversations ADD COLUMN user_bound INTEGER NOT NULL DEFAULT 0;',
  },
  // A socket lives as long as a token of its conversation (a refresh keeps it open): the latest expiry of a
  // conversation's tokens is looked up by conversation.
  {
    name: 'dl-002-tokens-by-conversation',
    sql: 'CREATE INDEX dl_tokens_conversation ON dl_tokens (conversation_id, expires_at);',
  },
  // "Mon récap": one page per conversation, found by the hash of its link's token (the table alone gives no link),
  // deleted with the conversation or once older than its retention (TRANSCRIPT_DAYS).
  {
    name: 'services-004-recaps',
    sql: `CREATE TABLE recaps (
     token_hash TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL UNIQUE,
     document_json TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX recaps_updated ON recaps (updated_at);`,
  },
  // A successful login clears the address's failures but not the IP's (a sprayer may know one password): rows
  // stay for the per-IP count, marked cleared for the per-address one.
  {
    name: 'adviser-002-failures-cleared',
    sql: `ALTER TABLE adviser_login_failures ADD COLUMN email_cleared INTEGER NOT NULL DEFAULT 0;`,
  },
  // Roles and disabled accounts (issue 18). Accounts made before roles existed could do everything there was: they
  // become admins, so an existing deployment keeps someone who can manage accounts; new accounts are advisers.
  {
    name: 'adviser-003-roles',
    sql: `ALTER TABLE advisers ADD COLUMN role TEXT NOT NULL DEFAULT 'adviser' CHECK (role IN ('adviser', 'editor', 'admin'));
   ALTER TABLE advisers ADD COLUMN disabled_at INTEGER;
   UPDATE advisers SET role = 'admin';
   CREATE INDEX adviser_audit_email ON adviser_audit (adviser_email, at);`,
  },
  // The dashboard's usage events: one row per conversation (on its first message) and per message, with the Normandy
  // day, the topic answered or the fallback; no conversation id, no text.
  {
    name: 'usage-001-events',
    sql: `CREATE TABLE usage_events (
     id INTEGER PRIMARY KEY,
     day TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('conversation', 'message')),
     topic TEXT,
     fallback INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX usage_events_day ON usage_events (day);`,
  },
];
