/**
 * Measures how far the routing of untouched messages moves when the FAQ changes (see stability-measure.ts).
 * Usage: npx tsx tools/nlu/stability.ts [N=30] [seed=31]
 * Prints the rate per change (moved / compared), the moved messages with their readings before and after, and how
 * many messages sit within ±0.03 of a threshold they are compared with.
 */
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { firstTurns, nearThresholds, outcomeOf, routeAll, sampleIds, syntheticEntries, type FaqChange } from './stability-measure.js';

const count = Number(process.argv[2] ?? 30);
const seed = Number(process.argv[3] ?? 31);
const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const texts = firstTurns(['../shared/eval/dev.yaml', ...[29, 30, 33, 34].map((n) => `tests/eval/blind-${n}.yaml`)]);
const before = routeAll(kb, texts);
const near = nearThresholds(kb, texts);
const nearMessages = new Set(near.map((n) => n.text)).size;
process.stdout.write(`corpus ${texts.length} messages; near a threshold (±0.03): ${nearMessages}\n`);
const byLevel = new Map<string, number>();
for (const n of near) byLevel.set(n.level, (byLevel.get(n.level) ?? 0) + 1);
process.stdout.write(`  by level: ${[...byLevel].map(([l, c]) => `${l} ${c}`).join(', ')}\n`);

const template = kb.knowledge.faq.find((e) => e.topic === undefined);
if (!template) throw new Error('no FAQ entry');
const changes: FaqChange[] = [
  ...sampleIds(kb.knowledge.faq, count, seed).map((id): FaqChange => ({ kind: 'without', id })),
  ...syntheticEntries(template).map((entry): FaqChange => ({ kind: 'with', entry })),
];
let moved = 0;
let compared = 0;
let choices = 0;
for (const change of changes) {
  const outcome = outcomeOf(kb, before, change);
  moved += outcome.moved.length;
  compared += outcome.compared;
  choices += outcome.choices;
  process.stdout.write(`${outcome.change}: answer moved ${outcome.moved.length}/${outcome.compared} (${((100 * outcome.moved.length) / outcome.compared).toFixed(2)} %), choices only ${outcome.choices}\n`);
  for (const m of outcome.moved) {
    process.stdout.write(`    "${m.before.text}"\n      before ${m.before.rule} ${m.before.route.slice(0, 90)} [${m.before.readings}]\n      after  ${m.after.rule} ${m.after.route.slice(0, 90)} [${m.after.readings}]\n`);
  }
}
process.stdout.write(`TOTAL answers moved ${moved}/${compared} = ${((100 * moved) / compared).toFixed(2)} %; choices only ${choices} = ${((100 * choices) / compared).toFixed(2)} %; over ${changes.length} changes\n`);
store.close();
