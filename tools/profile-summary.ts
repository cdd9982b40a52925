import { readFileSync } from 'node:fs';

/**
 * `npx tsx tools/profile-summary.ts FILE.cpuprofile [--until MS] [--top N]`: where the CPU time of a V8 profile
 * (`node --cpu-prof`) went, as self time grouped by package (node_modules/<name>), by our own files, and by
 * function. `--until` keeps only the samples of the first MS milliseconds of the profile (e.g. up to the moment
 * the server listened).
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.ts FILE.cpuprofile [--until MS] [--top N]\n');
  process.exit(2);
}
const flag = (name: string): string | undefined => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
const untilUs = flag('until') !== undefined ? Number(flag('until')) * 1000 : Infinity;
const top = Number(flag('top') ?? 25);

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
let elapsed = 0;
for (let i = 0; i < profile.samples.length; i++) {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed > untilUs) break;
  const delta = profile.timeDeltas[i + 1] ?? 0;
  const id = profile.samples[i] as number;
  selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
}

/** A package name for node_modules files, the project-relative path for ours, or V8's own names ("(garbage collector)"). */
function groupOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName || '(anonymous)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return `pkg ${parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (url.startsWith('node:')) return url;
  const cwd = `file://${process.cwd()}/`;
  return url.startsWith(cwd) ? url.slice(cwd.length) : url;
}

function table(title: string, key: (n: ProfileNode) => string): void {
  const sums = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const k = key(node);
    sums.set(k, (sums.get(k) ?? 0) + us);
    total += us;
  }
  process.stdout.write(`\n${title} (total ${(total / 1000).toFixed(0)} ms)\n`);
  for (const [k, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}\n`);
  }
}

table('self time by package or file', (n) => groupOf(n.callFrame));
table('self time by function', (n) => `${n.callFrame.functionName || '(anonymous)'} ${groupOf(n.callFrame)}:${n.callFrame.lineNumber + 1}`);
