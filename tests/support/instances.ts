import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A server process as in production (src/server.ts with the channel tests' bot, see
 * tests/channel/fixtures/server-entry.ts), on 127.0.0.1:`port`, resolved once it listens. Its env adds to ours
 * (DATA_DIR, REDIS_URL…).
 */
export async function spawnServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['--import', 'tsx', 'tests/channel/fixtures/server-entry.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    p.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    p.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
  return p;
}

export function exited(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => p.once('exit', () => resolve()));
}
