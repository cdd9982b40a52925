import type { FastifyInstance } from 'fastify';
import type { RedisStorage } from '../../src/storage/redis/backend.js';
import type { SqliteStorage } from '../../src/storage/sqlite/backend.js';
import type { Storage } from '../../src/storage/types.js';

/** The SQLite back end of a test app (tests that look at its tables). */
export function sqliteOf(storage: Storage): SqliteStorage {
  if (storage.backend !== 'sqlite') throw new Error('not the SQLite back end');
  return storage as SqliteStorage;
}

export function redisOf(storage: Storage): RedisStorage {
  if (storage.backend !== 'redis') throw new Error('not the Redis back end');
  return storage as RedisStorage;
}

/** What the back end keeps to find an adviser session: hashes of the cookie values. */
export async function storedSessionIds(app: FastifyInstance): Promise<string[]> {
  if (app.storage.backend === 'sqlite') return sqliteOf(app.storage).db.prepare('SELECT id_hash FROM adviser_sessions').pluck().all() as string[];
  const found = await redisOf(app.storage).client.keys('an:as:*');
  return found.filter((k) => !k.startsWith('an:as-of:')).map((k) => k.slice('an:as:'.length));
}

/** Every value stored by the back end, as text (to check that something is nowhere). */
export async function everythingStored(storage: Storage): Promise<string> {
  if (storage.backend === 'sqlite') {
    const db = sqliteOf(storage).db;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
  }
  const client = redisOf(storage).client;
  const out: string[] = [];
  for (const key of await client.keys('*')) {
    const type = await client.type(key);
    if (type === 'string') out.push(key, (await client.get(key)) ?? '');
    else if (type === 'hash') out.push(key, JSON.stringify(await client.hgetall(key)));
    else if (type === 'list') out.push(key, JSON.stringify(await client.lrange(key, 0, -1)));
    else if (type === 'set') out.push(key, JSON.stringify(await client.smembers(key)));
    else if (type === 'zset') out.push(key, JSON.stringify(await client.zrange(key, '0', '-1')));
  }
  return out.join('\n');
}

/** How many récap pages the back end keeps (SQLite rows, Redis page hashes). */
export async function storedRecapCount(storage: Storage): Promise<number> {
  if (storage.backend === 'sqlite') return sqliteOf(storage).db.prepare('SELECT count(*) FROM recaps').pluck().get() as number;
  return (await redisOf(storage).client.keys('an:rp:*')).length;
}
