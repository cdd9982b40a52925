import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  readonly process: ChildProcess;
  /** Everything it wrote on stdout and stderr so far (its pino log lines). */
  output(): string;
}

/**
 * A server process as in production (src/server.ts with the channel tests' bot, see
 * tests/channel/fixtures/server-entry.ts), on 127.0.0.1:`port`, resolved once it listens. Its env adds to ours
 * (DATA_DIR, REDIS_URL…).
 */
export async function spawnServerProcess(port: number, env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const p = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'tests/channel/fixtures/server-entry.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  p.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    p.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve();
    });
    p.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
  return { process: p, output: () => out };
}

export async function spawnServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  return (await spawnServerProcess(port, env)).process;
}

export function exited(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => p.once('exit', () => resolve()));
}
