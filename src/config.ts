import { z } from 'zod';

/**
 * Every environment variable the service reads, with its embedded default: the service runs with no env at all.
 * Nothing else in the code base reads process.env.
 */
const boolFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const listFromEnv = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Watch knowledge/ and swap the snapshot when a file changes. */
  KNOWLEDGE_WATCH: boolFromEnv.default(true),
  /**
   * Public origin of the bot when it runs behind a proxy or on every interface (streamUrl, the demo page, the
   * allowed origins, HSTS when https). Without it, the public origin is http://HOST:PORT.
   */
  PUBLIC_URL: z.string().url().optional(),
  /** Origins allowed to ask for widget tokens and open WebSockets, besides the server's own and localhost. */
  ALLOWED_ORIGINS: listFromEnv.default([]),
  /** Optional Direct Line secret for server-side clients (Authorization: Bearer <secret>). */
  DIRECTLINE_SECRET: z.string().min(16).optional(),
  /** Lifetime of a Direct Line token, in seconds. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(10).max(60_000).default(2000),
  TRANSCRIPT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CALLBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  /** Requests per minute allowed per conversation token and per IP (a classroom shares one IP). */
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(3000),
  /**
   * Run the group commits (SQLite write transactions and their fsync) on a second connection in a worker thread,
   * so the event loop keeps serving while they run. On by default: +15 % turns/s and a lower p99 on the 2-core
   * bench machine (see docs/decisions.md); `false` runs them on the main connection.
   */
  SQLITE_COMMIT_WORKER: boolFromEnv.default(true),
  /**
   * Load shedding: above this mean event-loop delay (ms, measured over each second) requests get 503 + Retry-After
   * until the loop recovers. 0 turns the check off (tests that share their process with heavy test code).
   */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(300),
  /**
   * Redis for N instances (`redis://host:6379/0`, `rediss://` for TLS): state, history, tokens, locks, fan-out, rate
   * counters, callbacks and adviser data go there instead of SQLite. Run Redis with `appendonly yes` and
   * `appendfsync always` (see README, "Several instances").
   */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  /** How long a conversation's lock outlives an instance that died holding it (ms); renewed while a turn runs. */
  REDIS_LOCK_TTL_MS: z.coerce.number().int().min(500).max(60_000).default(5000),
  /** Set to true when served over https, so cookies get the Secure flag. */
  COOKIE_SECURE: boolFromEnv.default(false),
});

export type Config = z.infer<typeof configSchema>;

/** Cross-field rules the schema alone cannot say. */
function crossCheck(config: Config): string[] {
  const problems: string[] = [];
  if (['0.0.0.0', '::', '[::]'].includes(config.HOST) && !config.PUBLIC_URL) {
    problems.push(
      `HOST: ${config.HOST} listens on every interface; set PUBLIC_URL to the address people use (the server never takes its own address from a request's Host header)`,
    );
  }
  return problems;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as with most process managers.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return parsed.data;
}
