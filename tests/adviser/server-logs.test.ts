import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { converse } from './helpers.js';

/**
 * The real process (`src/server.ts`, LOG_LEVEL=trace), an account made by `npm run adviser:add`, a young person
 * who asks for a callback with a phone number, then an adviser who reads the queue, the conversation and closes
 * the request. Everything the process printed is then scanned: the phone number must appear nowhere.
 */
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const EMAIL = 'cli@region-normandie.fr';
const PASSWORD = 'mot de passe du test cli';
const PHONE_TYPED = '06 12 34 56 78';
/** Any way the number could be written: digits alone, spaced, dotted, international. */
const PHONE_ANYWHERE = /(?:\+33|0)\s*6[\s.-]*12[\s.-]*34[\s.-]*56[\s.-]*78|612345678/;

describeEachBackend('adviser CLI and server logs', (backend) => {
  let dataDir: string;
  let server: ChildProcess | undefined;
  let output = '';
  let url = '';

  function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(TSX, args, { env: { ...process.env, ...backend.env(), DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  beforeAll(async () => {
    await backend.reset();
    dataDir = mkdtempSync(join(tmpdir(), 'adviser-logs-'));
  }, 60_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('npm run adviser:add', () => {
    it('refuses a short password and a bad address, then creates the account from stdin', async () => {
      const short = await run(['src/adviser/add-cli.ts', '--email', EMAIL], 'court\n');
      expect(short.code).toBe(2);
      expect(short.stderr).toContain('12 caractères');
      const bad = await run(['src/adviser/add-cli.ts', '--email', 'pas-une-adresse'], `${PASSWORD}\n`);
      expect(bad.code).toBe(2);
      const ok = await run(['src/adviser/add-cli.ts', '--email', EMAIL.toUpperCase()], `${PASSWORD}\n`);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain(`Compte conseiller créé : ${EMAIL}`);
      expect(ok.stdout + ok.stderr).not.toContain(PASSWORD);
      const again = await run(['src/adviser/add-cli.ts', '--email', EMAIL], `${PASSWORD}\n`);
      expect(again.stdout).toContain('Mot de passe mis à jour');
    }, 60_000);
  });

  describe('phone numbers in the logs of the real server', () => {
    it('never appear, whatever the bot and the adviser API do with them', async () => {
      server = spawn(TSX, ['src/server.ts'], {
        env: { ...process.env, ...backend.env(), PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'trace', KNOWLEDGE_WATCH: 'false', MAX_EVENT_LOOP_DELAY_MS: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      const deadline = Date.now() + 45_000;
      while (!url) {
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m?.[1]) url = m[1];
        else if (Date.now() > deadline || server.exitCode !== null) throw new Error(`server did not start:\n${output.slice(-2000)}`);
        else await new Promise((r) => setTimeout(r, 100));
      }

      const { code } = await converse(url, { consent: true, transcript: true, callback: { firstName: 'Camille', phone: PHONE_TYPED } });

      const post = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
        fetch(`${url}/api/adviser${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const login = await post('/login', { email: EMAIL, password: PASSWORD });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const get = (path: string): Promise<Response> => fetch(`${url}/api/adviser${path}`, { headers: { cookie } });

      const queue = (await (await get('/callbacks')).json()) as { callbacks: { id: number; phone: string; referenceCode: string }[] };
      const mine = queue.callbacks.find((c) => c.referenceCode === code);
      // Shown to the adviser…
      expect(mine?.phone).toBe('0612345678');
      expect((await get(`/conversations/${code}`)).status).toBe(200);
      // …pasted in the search box…
      expect((await get(`/search?q=${encodeURIComponent(`rappeler ${PHONE_TYPED}`)}`)).status).toBe(200);
      // …sent in a body the API refuses, so that an error is logged…
      expect((await post(`/callbacks/${mine?.id}/status`, { status: 'done', phone: PHONE_TYPED }, { cookie, 'x-csrf-token': csrfToken })).status).toBe(400);
      expect((await post(`/callbacks/${mine?.id}/status`, { status: 'done' }, { cookie, 'x-csrf-token': csrfToken })).status).toBe(200);

      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
      // The scan looked at real traffic: requests were logged at trace level.
      expect(output).toContain('/api/adviser/callbacks');
      expect(output).toContain('/v3/directline/conversations');
      // URL-encoded forms too ("06%2012%2034…" in a logged URL).
      for (const text of [output, output.replace(/%20|\+/g, ' ').replace(/%2B/gi, '+')]) {
        const leak = PHONE_ANYWHERE.exec(text);
        expect(leak ? text.slice(Math.max(0, leak.index - 300), leak.index + 100) : null).toBeNull();
      }
    }, 90_000);
  });
});
