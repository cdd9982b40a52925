import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, serverBuildStaleReason } from '../../tools/build-server.mjs';

/** A tiny project: an entry that imports a module, which finds a file beside its own source by import.meta.url. */
async function tinyProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'build-'));
  await mkdir(join(root, 'src', 'lib'), { recursive: true });
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(root, 'src', 'server.ts'), "import { greeting } from './lib/greet.js';\nprocess.stdout.write(greeting());\n");
  await writeFile(
    join(root, 'src', 'lib', 'greet.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      "const here = fileURLToPath(new URL('.', import.meta.url));",
      "export const greeting = (): string => `${readFileSync(new URL('./word.txt', import.meta.url), 'utf8').trim()} from ${here}`;",
      '',
    ].join('\n'),
  );
  await writeFile(join(root, 'src', 'lib', 'word.txt'), 'bonjour\n');
  return root;
}

describe('npm start builds the server only when its sources changed', () => {
  let root: string;
  beforeAll(async () => {
    root = await tinyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('builds when there is no build, then finds it fresh', async () => {
    expect(serverBuildStaleReason({ root })).toBe('no build yet');
    const built = await buildServer({ root });
    expect(built.inputs).toBeGreaterThanOrEqual(2);
    expect(serverBuildStaleReason({ root })).toBeUndefined();
  });

  it('runs as plain node, and a module still finds the files beside its source', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist', 'server', 'server.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`bonjour from ${join(root, 'src', 'lib')}/`);
  });

  it('is stale when a source changes, even to an older date, and fresh again once rebuilt', async () => {
    const greet = join(root, 'src', 'lib', 'greet.ts');
    await writeFile(greet, `${await readFile(greet, 'utf8')}// a comment\n`);
    expect(serverBuildStaleReason({ root })).toBe('src/lib/greet.ts changed');
    await buildServer({ root });
    expect(serverBuildStaleReason({ root })).toBeUndefined();
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(greet, past, past);
    expect(serverBuildStaleReason({ root })).toBe('src/lib/greet.ts changed');
    await buildServer({ root });
  });

  it('is stale when a source is gone or the build is damaged', async () => {
    await writeFile(join(root, 'src', 'lib', 'extra.ts'), 'export const extra = 1;\n');
    await writeFile(join(root, 'src', 'server.ts'), "import { greeting } from './lib/greet.js';\nimport { extra } from './lib/extra.js';\nprocess.stdout.write(greeting() + extra);\n");
    await buildServer({ root });
    await rm(join(root, 'src', 'lib', 'extra.ts'));
    expect(serverBuildStaleReason({ root })).toBe('src/lib/extra.ts is gone');

    await writeFile(join(root, 'src', 'server.ts'), "import { greeting } from './lib/greet.js';\nprocess.stdout.write(greeting());\n");
    await buildServer({ root });
    await writeFile(join(root, 'dist', 'server', 'build-info.json'), '{ half a fi');
    expect(serverBuildStaleReason({ root })).toBe('no build yet');
    await buildServer({ root });
    await rm(join(root, 'dist', 'server', 'server.mjs'));
    expect(serverBuildStaleReason({ root })).toBe('no build yet');
  });
});

describe('npm start on this project', () => {
  it('builds if needed and serves: knowledge, the commit worker (.cjs) with better-sqlite3, the demo page and the console', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'start-data-'));
    // Load shedding off, as in the other tests that spawn the server: on a busy machine its first requests could get
    // a 503, which is not what this test is about (tests/channel/shedding.test.ts is).
    const child = spawn(process.execPath, ['tools/start.mjs'], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line:\n${log}`)), 120_000);
        const check = (): void => {
          const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', check);
        child.on('exit', (code) => reject(new Error(`exited ${code}:\n${log}`)));
      });
      const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string; knowledge: { counts: { trades: number } } };
      expect(health.status).toBe('ok');
      expect(health.knowledge.counts.trades).toBeGreaterThan(1000);

      const headers = { origin: base };
      const { token } = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST', headers })).json()) as { token: string };
      const auth = { ...headers, authorization: `Bearer ${token}` };
      const { conversationId } = (await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth })).json()) as { conversationId: string };
      const path = `${base}/v3/directline/conversations/${conversationId}/activities`;
      const posted = await fetch(path, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', from: { id: 'u' }, text: 'je veux être boulanger' }) });
      expect(posted.status, await posted.clone().text()).toBe(200);
      const { id } = (await posted.json()) as { id: string };
      const set = (await (await fetch(path, { headers: auth })).json()) as { activities: { replyToId?: string; from: { role?: string } }[] };
      expect(set.activities.some((a) => a.replyToId === id && a.from.role === 'bot')).toBe(true);

      expect((await fetch(`${base}/`)).status).toBe(200);
      expect(await (await fetch(`${base}/conseiller/`)).text()).toContain('<html');
      expect(log).toContain('"cache"');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
