// Preloaded into the server by bench/memory.ts (node --expose-gc --import): on SIGUSR2, two full garbage
// collections, then process.memoryUsage() as one JSON line in the file MEMORY_PROBE_FILE, so the bench reads the
// live heap of the server, which RSS alone hides (V8 keeps pages it freed, and collects when it likes).
import { writeFileSync } from 'node:fs';

const file = process.env['MEMORY_PROBE_FILE'];
const gc = globalThis.gc;
if (file && gc) {
  process.on('SIGUSR2', () => {
    gc();
    gc();
    writeFileSync(file, `${JSON.stringify(process.memoryUsage())}\n`);
  });
}
