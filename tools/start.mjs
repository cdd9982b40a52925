// `npm start`: builds the server once when its sources changed (tools/build-server.mjs), then runs the compiled
// bundle in this same process, with no TypeScript transform at run time. Plain JavaScript: nothing is compiled yet.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT_DIR, OUT_FILE, ROOT, buildServer, serverBuildStaleReason } from './build-server.mjs';

const stale = serverBuildStaleReason();
if (stale !== undefined) {
  const built = await buildServer();
  process.stderr.write(`built ${OUT_DIR}/${OUT_FILE} (${stale}; ${built.inputs} files, ${Math.round(built.ms)} ms)\n`);
}
await import(pathToFileURL(join(ROOT, OUT_DIR, OUT_FILE)).href);
