import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMessages } from '../../../src/bot/channel-messages.js';
import { UPLOAD_LIMITS } from '../../../src/channel/directline/upload.js';
import { DirectLineRest, startServer, waitFor, type Conversation, type TestServer } from '../helpers.js';

let server: TestServer;
let rest: DirectLineRest;

beforeAll(async () => {
  server = await startServer();
  rest = new DirectLineRest(server.url);
});
afterAll(async () => {
  await server.close();
});

/** The request botframework-directlinejs builds for Web Chat's paperclip: an `activity` Blob, then one Blob per file. */
function webChatForm(activity: Record<string, unknown>, files: { bytes: Uint8Array<ArrayBuffer>; type: string; name: string }[]): FormData {
  const form = new FormData();
  form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const f of files) form.append('file', new Blob([f.bytes], { type: f.type }), f.name);
  return form;
}

function upload(c: Conversation, form: FormData, token = c.token) {
  return fetch(`${server.url}/v3/directline/conversations/${c.conversationId}/upload?userId=user-1`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, origin: server.url },
    body: form,
  });
}

/** Every file under the data folder (the SQLite database, its WAL), read as bytes. */
function dataFiles(): Buffer[] {
  const out: Buffer[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(readFileSync(p));
    }
  };
  walk(server.dataDir);
  return out;
}

const activity = (extra: Record<string, unknown> = {}) => ({
  type: 'message',
  from: { id: 'user-1', name: 'Test' },
  attachments: [{ contentType: 'image/png', name: 'photo.png' }],
  channelData: { clientActivityID: `upload-${randomBytes(4).toString('hex')}` },
  ...extra,
});

describe('POST /v3/directline/conversations/{id}/upload', () => {
  it('takes a file as Web Chat sends it, records the message with the file name and type only, and answers politely', async () => {
    const c = await rest.start();
    // A marker that would show up in the database files if any byte of the upload were kept.
    const marker = randomBytes(24).toString('hex');
    const bytes = new TextEncoder().encode(marker.repeat(2000));
    const res = await upload(c, webChatForm(activity(), [{ bytes, type: 'image/png', name: 'photo.png' }]));
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    expect(id).toMatch(/\|\d+$/);

    const { activities } = await rest.activities(c);
    const mine = activities.find((a) => a.id === id);
    expect(mine).toMatchObject({ type: 'message', from: { id: 'user-1', role: 'user' }, attachments: [{ contentType: 'image/png', name: 'photo.png' }] });
    expect(JSON.stringify(mine)).not.toContain('contentUrl');
    expect(activities.filter((a) => a.type === 'message').at(-1)).toMatchObject({ from: { role: 'bot' }, text: channelMessages.filesNotRead });

    await server.app.storage.committer.flush();
    for (const file of dataFiles()) expect(file.includes(marker)).toBe(false);
  });

  it('still answers the words sent with a file, after saying the file is not read', async () => {
    const c = await rest.start();
    const res = await upload(c, webChatForm(activity({ text: 'bonjour' }), [{ bytes: new Uint8Array(10), type: 'application/pdf', name: 'cv.pdf' }]));
    expect(res.status).toBe(200);
    const texts = await waitFor(
      // Messages only: a turn slowed down by a busy machine may also hold a typing activity.
      async () => (await rest.activities(c)).activities.filter((a) => a.type === 'message').map((a) => a.text),
      (t) => t.includes('Quel est ton prénom ?'),
    );
    expect(texts.slice(-3)).toEqual(['bonjour', channelMessages.filesNotRead, 'Quel est ton prénom ?']);
  });

  it('a retry with the same clientActivityID is not a second turn', async () => {
    const c = await rest.start();
    const a = activity();
    const first = (await (await upload(c, webChatForm(a, [{ bytes: new Uint8Array(3), type: 'image/png', name: 'a.png' }]))).json()) as { id: string };
    const again = (await (await upload(c, webChatForm(a, [{ bytes: new Uint8Array(3), type: 'image/png', name: 'a.png' }]))).json()) as { id: string };
    expect(again.id).toBe(first.id);
    const { activities } = await rest.activities(c);
    expect(activities.filter((x) => x.text === channelMessages.filesNotRead)).toHaveLength(1);
  });

  it('over the limit: 413 DL_PAYLOAD_TOO_LARGE and nothing recorded, whether the size is announced or found while reading', async () => {
    const c = await rest.start();
    // The welcome is sent in the background: count after it.
    const before = (await waitFor(() => rest.activities(c), (set) => set.activities.some((a) => a.type === 'message'))).activities.length;
    const big = new Uint8Array(UPLOAD_LIMITS.totalFileBytes + 1);
    // Announced: Content-Length is over the limits, refused before the body is read.
    const announced = await upload(c, webChatForm(activity(), [{ bytes: big, type: 'image/jpeg', name: 'big.jpg' }]));
    expect(announced.status).toBe(413);
    expect(((await announced.json()) as { error: { code: string } }).error.code).toBe('DL_PAYLOAD_TOO_LARGE');
    // Found while reading: two files under the announced limit in size each, over it together (app.inject, so the
    // body is read whole).
    const half = Buffer.alloc(UPLOAD_LIMITS.totalFileBytes / 2 + 1, 1);
    const boundary = 'xboundary';
    const partOf = (name: string, type: string, filename: string, body: Buffer | string) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
    const payload = Buffer.concat([
      partOf('activity', 'application/vnd.microsoft.activity', 'blob', JSON.stringify(activity())),
      partOf('file', 'image/png', 'a.png', half),
      partOf('file', 'image/png', 'b.png', half),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const found = await server.app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${c.conversationId}/upload`,
      headers: { authorization: `Bearer ${c.token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
      payload,
    });
    expect(found.statusCode).toBe(413);
    expect(found.json().error.code).toBe('DL_PAYLOAD_TOO_LARGE');
    expect((await rest.activities(c)).activities).toHaveLength(before);
  });

  it('too many files: 413; no activity part, not multipart, or not a message: 400', async () => {
    const c = await rest.start();
    const many = Array.from({ length: UPLOAD_LIMITS.files + 1 }, (_, i) => ({ bytes: new Uint8Array(1), type: 'image/png', name: `${i}.png` }));
    expect((await upload(c, webChatForm(activity(), many))).status).toBe(413);
    const noActivity = new FormData();
    noActivity.append('file', new Blob([new Uint8Array(1)], { type: 'image/png' }), 'a.png');
    const missing = await upload(c, noActivity);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string; detail: string } }).error).toMatchObject({ code: 'DL_BAD_ACTIVITY', detail: 'activity part missing' });
    const json = await rest.request(`/conversations/${c.conversationId}/upload`, { method: 'POST', token: c.token, body: activity() });
    expect(json.status).toBe(400);
    expect((await upload(c, webChatForm(activity({ type: 'event', name: 'x' }), []))).status).toBe(400);
  });

  it('needs the conversation token: none → 401, another conversation’s → 403', async () => {
    const c = await rest.start();
    const other = await rest.start();
    const form = () => webChatForm(activity(), [{ bytes: new Uint8Array(1), type: 'image/png', name: 'a.png' }]);
    const anonymous = await fetch(`${server.url}/v3/directline/conversations/${c.conversationId}/upload`, { method: 'POST', body: form() });
    expect(anonymous.status).toBe(401);
    expect((await upload(c, form(), other.token)).status).toBe(403);
  });
});
