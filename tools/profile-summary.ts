import { readFileSync } from 'node:fs';

/**
 * `npx tsx tools/profile-summary.ts FILE.cpuprofile [--from MS] [--until MS] [--top N]`: where the CPU time of a V8
 * profile (`node --cpu-prof`) went, as self time grouped by package (node_modules/<name>), by our own files, and by
 * function, then as total time by function (itself and what it calls: which step of a turn costs what).
 * `--until` keeps only the samples of the first MS milliseconds of the profile (e.g. up to the moment the server
 * listened), `--from` only those after MS (e.g. once the knowledge is loaded and the turns run). `--after TEXT`
 * starts at the first sample whose stack has a frame whose file contains TEXT (e.g. `--after directline/routes`:
 * the first turn), plus `--from` MS after it. `--layers` adds a table of self time by layer of a Direct Line turn
 * (Fastify, our Direct Line layer, botbuilder-core and our adapter, dialogs, storage, sockets, GC…).
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
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
let fromUs = flag('from') !== undefined ? Number(flag('from')) * 1000 : 0;
const top = Number(flag('top') ?? 25);

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const after = flag('after');
if (after !== undefined) {
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const onStack = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      if (byId.get(at)?.callFrame.url.includes(after)) return true;
    }
    return false;
  };
  let at = 0;
  const i = profile.samples.findIndex((id, k) => ((at += profile.timeDeltas[k] ?? 0), onStack(id)));
  if (i < 0) throw new Error(`no sample under ${after}`);
  process.stdout.write(`first sample under ${after} at ${(at / 1000).toFixed(0)} ms\n`);
  fromUs += at;
}
const selfUs = new Map<number, number>();
let elapsed = 0;
for (let i = 0; i < profile.samples.length; i++) {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed > untilUs) break;
  if (elapsed < fromUs) continue;
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

const functionKey = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${groupOf(n.callFrame)}:${n.callFrame.lineNumber + 1}`;
table('self time by package or file', (n) => groupOf(n.callFrame));
table('self time by function', functionKey);

/** The layers of a Direct Line turn, for `--layers`: which part of the stack a self-time sample belongs to. */
function layerOf(frame: CallFrame): string {
  const g = groupOf(frame);
  if (g === '(garbage collector)') return 'garbage collector';
  if (g === '(idle)') return '(idle)';
  if (/^pkg (fastify|find-my-way|avvio|@fastify\/|light-my-request|fast-content-type-parse|toad-cache|process-warning|abstract-logging|pino)/.test(g)) {
    return 'Fastify routing, hooks, reply';
  }
  if (/^pkg (secure-json-parse|fast-json-stringify|fast-uri|ajv)/.test(g)) return 'JSON (body parse, serialisers)';
  if (g.startsWith('pkg zod')) return 'schema validation (zod)';
  if (g.startsWith('src/channel/')) return 'our Direct Line layer (src/channel)';
  if (g === 'src/bot/adapter.ts' || g === 'src/bot/sdk-tuning.ts' || g.startsWith('pkg botbuilder-core') || g.startsWith('pkg botframework')) {
    return 'botbuilder adapter, TurnContext (core + src/bot/adapter)';
  }
  if (g.startsWith('pkg botbuilder-dialogs') || g.startsWith('tests/channel/fixtures') || g.startsWith('src/bot/')) {
    return 'dialogs and the bot, state accessors';
  }
  if (g.startsWith('src/storage/') || g.startsWith('pkg better-sqlite3') || g === 'postMessage' || g === 'node:internal/worker') {
    return 'storage (state, history, commit hand-off)';
  }
  if (g === 'writev' || g === 'writeUtf8String' || g === 'writeBuffer' || g.startsWith('pkg ws') || /^node:(_http|net|internal\/(streams|stream_base|http))/.test(g)) {
    return 'node:http, ws, sockets';
  }
  if (/^(node:internal\/process\/task_queues|runMicrotasks|node:internal\/timers|node:events|node:internal\/async_hooks)/.test(g)) {
    return 'event loop, promises, timers';
  }
  if (g === '(program)') return '(program: V8/native, unattributed)';
  return 'other';
}
if (rest.includes('--layers')) table('self time by layer', (n) => layerOf(n.callFrame));

// Total time: each sample counts once for every function on its stack (a recursive one once).
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const totalUs = new Map<string, number>();
let sampled = 0;
for (const [id, us] of selfUs) {
  const keys = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const node = byId.get(at);
    if (node && node.callFrame.functionName !== '(root)') keys.add(functionKey(node));
  }
  for (const k of keys) totalUs.set(k, (totalUs.get(k) ?? 0) + us);
  sampled += us;
}
process.stdout.write(`\ntotal time by function, callees included (of ${(sampled / 1000).toFixed(0)} ms)\n`);
for (const [k, us] of [...totalUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / sampled).toFixed(1).padStart(5)} %  ${k}\n`);
}
