import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

/** CPU time of the process so far (all threads), ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

/** Process entry: config, app, listen, graceful shutdown (Fastify onClose hooks drain turns and close sockets). */
async function main(): Promise<void> {
  // performance.now() counts from the start of the process: this is when every module was loaded.
  const imported = { ms: Math.round(performance.now()), cpuMs: cpuMs() };
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const app = await buildApp({ config });
  const built = { ms: Math.round(performance.now()), cpuMs: cpuMs() };
  await app.listen({ port: config.PORT, host: config.HOST });
  // Where the start-up went, from the start of the process: modules loaded, app built (knowledge, search, bot,
  // plugins), listening. See docs/performance.md.
  app.log.info({ startupMs: Math.round(performance.now()), cpuMs: cpuMs(), modulesLoaded: imported, appBuilt: built }, 'listening');

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // A hard deadline, so a stuck turn cannot keep the process alive forever.
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
