import { readFileSync } from 'node:fs';

/**
 * Summarises an allocation profile (bench/profile-channel.ts with BENCH_ALLOC=<file>: V8's sampling heap profiler,
 * collected objects included): the bytes allocated by each function itself and by each package or file, and, with
 * `--turns N`, per turn. Allocation counts do not depend on how loaded the machine is, unlike CPU figures, so two
 * versions can be compared on a shared machine.
 * Usage: npx tsx bench/alloc-summary.ts FILE [--turns N] [--top K]
 */
interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: alloc-summary.ts FILE [--turns N] [--top K]\n');
  process.exit(2);
}
const option = (name: string): number | undefined => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : undefined;
};
const turns = option('--turns');
const top = option('--top') ?? 30;
const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: Node };

const where = (url: string): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg ${pkg[1]}`;
  const own = /\/((?:src|bench|tests)\/.*)$/.exec(url);
  return own?.[1] ?? (url || '(native)');
};
const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
const label = (n: Node): string => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
// A built-in (Map, Array.prototype.join, an iterator's next) is named with the function that called it: "Map" alone
// does not say whose maps they are.
const walk = (n: Node, parent?: Node): void => {
  if (n.selfSize > 0) {
    const place = where(n.callFrame.url);
    const name = place === '(native)' && parent ? `${label(n)} ← ${label(parent)}` : label(n);
    byFunction.set(name, (byFunction.get(name) ?? 0) + n.selfSize);
    byPlace.set(place, (byPlace.get(place) ?? 0) + n.selfSize);
    total += n.selfSize;
  }
  for (const c of n.children) walk(c, n);
};
walk(profile.head);

const show = (title: string, m: Map<string, number>): void => {
  process.stdout.write(`\n${title} (total ${(total / 1e6).toFixed(1)} MB${turns ? `, ${(total / turns / 1024).toFixed(1)} KB per turn` : ''})\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const perTurn = turns ? `${(v / turns / 1024).toFixed(2).padStart(7)} KB/turn  ` : '';
    process.stdout.write(`${(v / 1e6).toFixed(2).padStart(8)} MB ${((100 * v) / total).toFixed(1).padStart(5)} %  ${perTurn}${k}\n`);
  }
};
show('allocated by function (self)', byFunction);
show('allocated by package or file', byPlace);
