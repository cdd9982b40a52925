import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineRest, startServer, tempDir, waitFor, type ActivityJson, type Conversation, type TestServer } from '../channel/helpers.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The récap page behind the real orientation bot and Direct Line: address, headers, refresh, erasure, expiry. */
describe('/recap/<token>', () => {
  let server: TestServer;
  let dl: DirectLineRest;

  beforeAll(async () => {
    server = await startServer({}, { bot: undefined, without: ['web'], knowledgeStore: await sharedKnowledge(), dataDir: tempDir('recap-page-') });
    dl = new DirectLineRest(server.url);
  });
  afterAll(async () => {
    await server?.close();
    // A data directory passed in is the caller's to remove (startServer only removes the ones it made).
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  const botReplies = async (c: Conversation, after = ''): Promise<ActivityJson[]> =>
    (await dl.activities(c, after)).activities.filter((a) => a.from.id !== 'user-1' && a.type === 'message');

  async function ask(c: Conversation, text: string): Promise<string> {
    const before = (await dl.activities(c)).watermark;
    expect((await dl.send(c, text)).status).toBe(200);
    const replies = await waitFor(() => botReplies(c, before), (r) => r.length > 0, 15_000);
    return JSON.stringify(replies);
  }

  async function begin(): Promise<Conversation> {
    const c = await dl.start();
    await waitFor(() => botReplies(c), (r) => r.length > 0, 15_000);
    return c;
  }

  const recapUrl = (json: string): string => {
    const m = /(http:\/\/127\.0\.0\.1:\d+\/recap\/[A-Za-z0-9_-]{22})/.exec(json);
    if (!m) throw new Error(`no récap address in ${json.slice(0, 400)}`);
    return m[1]!;
  };

  it('serves the page privately (no script allowed, no referrer, no cache, no index) and rewrites it after each turn', async () => {
    const c = await begin();
    await ask(c, 'je veux devenir boulanger');
    const url = recapUrl(await ask(c, 'mon récap'));
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(first.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-robots-tag')).toMatch(/noindex/);
    const html = await first.text();
    expect(html).toMatch(/Boulanger/);
    expect(html).not.toMatch(/salaire minimum/i);

    await ask(c, "j'ai 17 ans");
    const after = await (await fetch(url)).text();
    expect(after).toMatch(/Ton salaire minimum d&#39;apprenti à 17 ans/);

    const css = await fetch(`${server.url}/recap/recap.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toMatch(/@media print/);
  });

  it('answers an unknown, a malformed, an erased and an expired address with the very same 404', async () => {
    const unknown = await fetch(`${server.url}/recap/AAAAAAAAAAAAAAAAAAAAAA`);
    const malformed = await fetch(`${server.url}/recap/%3Cscript%3E`);
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    const body = await unknown.text();
    expect(await malformed.text()).toBe(body);
    expect(body).toMatch(/n&#39;existe pas ou n&#39;existe plus/);

    const erased = await begin();
    const erasedUrl = recapUrl(await ask(erased, 'mon récap'));
    expect((await fetch(erasedUrl)).status).toBe(200);
    // The erasure deletes the transcript too: there is no reply left to read, only the page to check.
    expect((await dl.send(erased, 'effacer ma conversation')).status).toBe(200);
    const gone = await waitFor(() => fetch(erasedUrl), (r) => r.status === 404, 15_000);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(body);

    const expired = await begin();
    const expiredUrl = recapUrl(await ask(expired, 'mon récap'));
    // 31 days without a message (TRANSCRIPT_DAYS defaults to 30): the page is refused before the purge runs…
    const db = new Database(join(server.dataDir, 'bot.sqlite'));
    db.prepare('UPDATE recaps SET updated_at = updated_at - ?').run(31 * 86_400_000);
    db.close();
    const old = await fetch(expiredUrl);
    expect(old.status).toBe(404);
    expect(await old.text()).toBe(body);
    // …and the retention job deletes it.
    await server.app.retention.purgeNow();
    await waitFor(() => {
      const check = new Database(join(server.dataDir, 'bot.sqlite'), { readonly: true });
      const n = check.prepare('SELECT COUNT(*) FROM recaps WHERE updated_at < ?').pluck().get(Date.now() - 30 * 86_400_000) as number;
      check.close();
      return n;
    }, (n) => n === 0);
  });
});
