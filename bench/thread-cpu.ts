import { readFileSync } from 'node:fs';

/**
 * CPU time (µs) of this process's main thread, from /proc (Linux; NaN elsewhere), in clock ticks of 10 ms: fine over
 * a phase of seconds. The SQLite commit worker runs on another thread, and process.cpuUsage() would count it too.
 */
export function mainThreadCpuUs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}
