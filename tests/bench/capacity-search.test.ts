import { describe, expect, it } from 'vitest';
import { searchRates, type SearchOptions } from '../../bench/capacity-search.js';

/**
 * The open loop's capacity search with a fake step: a server whose real knee is known, and pauses (one failed run)
 * placed at chosen rates. On 7 December one major GC failed the Direct Line floor's 375/s step and the search gave
 * it 356/s, against 3,151/s for the stack built on it.
 */
const OPTIONS: SearchOptions = { startRate: 250, maxRate: 200_000, refineSteps: 3 };

interface FakeStep {
  rate: number;
  pass: boolean;
}

/** A server that passes every rate up to `knee`; the rates in `blipAt` fail their first run only (one pause). */
function fakeServer(knee: number, blipAt: number[] = [], failTwiceAt: number[] = []) {
  const runs = new Map<number, number>();
  const calls: number[] = [];
  const runStep = async (rate: number): Promise<FakeStep> => {
    const r = Math.round(rate);
    calls.push(r);
    const n = (runs.get(r) ?? 0) + 1;
    runs.set(r, n);
    const paused = (blipAt.includes(r) && n === 1) || failTwiceAt.includes(r);
    return { rate: r, pass: rate <= knee && !paused };
  };
  return { runStep, calls };
}

describe('open-loop capacity search', () => {
  it('finds the knee of a steady server, each failure confirmed by a second run', async () => {
    const { runStep } = fakeServer(3000);
    const r = await searchRates(runStep, OPTIONS);
    // 250·1.5^7 ≈ 4271 fails; bisected between 2848 and 4271 three times.
    expect(r.capacity).toBeGreaterThan(2848);
    expect(r.capacity).toBeLessThanOrEqual(3000);
    expect(r.blips).toBe(0);
    expect(r.confirmedFailures).toBe(r.steps.filter((s) => s.again).length);
    expect(r.steps.filter((s) => !s.pass && !s.again).length).toBe(r.confirmedFailures);
  });

  it('a single pause at 375/s does not cap the capacity (the 7 December floor)', async () => {
    const { runStep } = fakeServer(3000, [375]);
    const r = await searchRates(runStep, OPTIONS);
    expect(r.capacity).toBeGreaterThan(2848);
    expect(r.blips).toBe(1);
    const at375 = r.steps.filter((s) => s.rate === 375);
    expect(at375.map((s) => [s.pass, s.again ?? false])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('the same capacity with a pause at the first rate, in the middle and during the refinement', async () => {
    const steady = await searchRates(fakeServer(3000).runStep, OPTIONS);
    for (const blip of [250, 844, 1898]) {
      const r = await searchRates(fakeServer(3000, [blip]).runStep, OPTIONS);
      expect(r.capacity, `pause at ${blip}`).toBe(steady.capacity);
      expect(r.blips, `pause at ${blip}`).toBe(1);
    }
    // The steady search refines 3488 ✗, 3151 ✗, 2996 ✓: a pause at the refined rate that passes does not lower the
    // result either.
    const refined = steady.steps.filter((s) => s.rate > 2848 && s.rate < 4271 && s.pass).map((s) => s.rate);
    expect(refined.length).toBeGreaterThan(0);
    for (const blip of refined) {
      const r = await searchRates(fakeServer(3000, [blip]).runStep, OPTIONS);
      expect(r.capacity, `pause at ${blip}`).toBe(steady.capacity);
    }
  });

  it('two pauses in a row at one rate stop the search there, and say so', async () => {
    const { runStep } = fakeServer(3000, [], [375]);
    const r = await searchRates(runStep, OPTIONS);
    expect(r.capacity).toBeLessThan(375);
    expect(r.capacity).toBeGreaterThan(250);
    expect(r.confirmedFailures).toBeGreaterThanOrEqual(1);
  });

  it('runs a rate at most twice, and a passing rate once', async () => {
    const { runStep, calls } = fakeServer(1000, [563]);
    await searchRates(runStep, OPTIONS);
    const counts = new Map<number, number>();
    for (const c of calls) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(2);
    expect(counts.get(250)).toBe(1);
    expect(counts.get(563)).toBe(2);
  });

  it('comes down from a start rate the server cannot hold', async () => {
    const r = await searchRates(fakeServer(60).runStep, OPTIONS);
    expect(r.capacity).toBeGreaterThan(40);
    expect(r.capacity).toBeLessThanOrEqual(60);
  });

  it('reports 0 when no rate passes', async () => {
    const r = await searchRates(fakeServer(0).runStep, OPTIONS);
    expect(r.capacity).toBe(0);
  });

  it('without confirmation, one pause caps the capacity as before (the old search, kept behind an option)', async () => {
    const r = await searchRates(fakeServer(3000, [375]).runStep, { ...OPTIONS, confirmFailures: false });
    expect(r.capacity).toBeLessThan(375);
    expect(r.steps.some((s) => s.again)).toBe(false);
  });
});
