import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/errors.js';
import { DirectLineInject, startInjectServer, type InjectServer } from './channel/inject.js';

let server: InjectServer;
let dl: DirectLineInject;

beforeAll(async () => {
  server = await startInjectServer();
  dl = new DirectLineInject(server.app);
});
afterAll(async () => {
  await server?.close();
});

describe('errors say what happened', () => {
  it('a 4xx from the HTTP layer keeps its own catalogue code, not API_BAD_REQUEST for everything', async () => {
    const c = await dl.start();
    const path = `/conversations/${c.conversationId}/activities`;
    const cases: [string, Record<string, string>, string, number, string][] = [
      ['application/xml', {}, '<a/>', 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
      ['application/json', {}, '{"type":"message",', 400, 'API_INVALID_JSON'],
      ['application/json', {}, '', 400, 'API_INVALID_JSON'],
      ['application/json', {}, JSON.stringify({ type: 'message', text: 'x'.repeat(70_000) }), 413, 'DL_PAYLOAD_TOO_LARGE'],
    ];
    for (const [type, headers, payload, status, code] of cases) {
      const r = await server.app.inject({
        method: 'POST',
        url: `/v3/directline${path}`,
        headers: { origin: dl.origin, authorization: `Bearer ${c.token}`, 'content-type': type, ...headers },
        payload,
      });
      expect(r.statusCode, `${type} ${payload.slice(0, 20)}`).toBe(status);
      expect(r.json(), `${type} ${payload.slice(0, 20)}`).toMatchObject({ error: { code } });
    }
  });

  it('every code of the catalogue is used by the code base (unused ones go)', () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|cjs)$/.test(name) && p !== join('src', 'errors.ts')) sources.push(readFileSync(p, 'utf8'));
      }
    };
    walk('src');
    walk('dialogs');
    const all = sources.join('\n');
    const unused = Object.keys(errorCatalogue).filter((code) => !all.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});
