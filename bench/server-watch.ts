import { constants, PerformanceObserver } from 'node:perf_hooks';
import { mainThreadCpuUs } from './thread-cpu.js';

/**
 * What the server's own process went through while a load generator in another process measured it: garbage
 * collector pauses, event-loop stalls and how busy the main thread was, each timed on the wall clock (epoch ms) so
 * that it can be set beside one open-loop step's window (open-loop.ts reports its windows the same way). It answers
 * "why did the p99 pass 50 ms at this rate": a queue that grows because the main thread is full, or pauses that
 * hold every turn in flight while it is not.
 */
export interface ServerWindow {
  /** Pauses of the collector that began in the window; major = mark-compact. */
  gcPauses: number;
  majorGcs: number;
  gcMaxMs: number;
  gcTotalMs: number;
  /** The longest the event loop ran late (a 10 ms timer's delay past its due time). */
  loopStallMaxMs: number;
  /** Share of the window the main thread was on a core (CPU time / wall time), from /proc in 10 ms ticks. */
  mainBusy: number;
}

export interface ServerWatch {
  during(fromEpochMs: number, toEpochMs: number): ServerWindow;
  stop(): void;
}

const TICK_MS = 10;
const CPU_EVERY_MS = 100;

export function watchServer(): ServerWatch {
  const gcs: { at: number; ms: number; major: boolean }[] = [];
  const stalls: { at: number; ms: number }[] = [];
  const cpu: { at: number; us: number }[] = [];
  const origin = performance.timeOrigin;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      gcs.push({ at: origin + e.startTime, ms: e.duration, major: (kind & constants.NODE_PERFORMANCE_GC_MAJOR) !== 0 });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let due = performance.now() + TICK_MS;
  let lastCpu = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stalls.push({ at: origin + now, ms: Math.max(0, now - due) });
    due = now + TICK_MS;
    if (now - lastCpu >= CPU_EVERY_MS) {
      lastCpu = now;
      cpu.push({ at: origin + now, us: mainThreadCpuUs() });
    }
  }, TICK_MS);
  timer.unref();
  return {
    during(from, to) {
      const inWindow = <T extends { at: number }>(xs: T[]): T[] => xs.filter((x) => x.at >= from && x.at < to);
      const g = inWindow(gcs);
      const c = inWindow(cpu);
      const first = c[0];
      const last = c[c.length - 1];
      return {
        gcPauses: g.length,
        majorGcs: g.filter((x) => x.major).length,
        gcMaxMs: g.reduce((m, x) => Math.max(m, x.ms), 0),
        gcTotalMs: g.reduce((s, x) => s + x.ms, 0),
        loopStallMaxMs: inWindow(stalls).reduce((m, x) => Math.max(m, x.ms), 0),
        mainBusy: first && last && last.at > first.at ? (last.us - first.us) / 1000 / (last.at - first.at) : NaN,
      };
    },
    stop() {
      clearInterval(timer);
      observer.disconnect();
    },
  };
}
