/**
 * Developer tool: measures the honest guard on a labelled set. Unknowable questions should get an honest "not in my
 * sources" (a `say` route whose key speaks of not covered / unknown / off topic); answerable ones should not.
 * Labels: the first turns of the old blind sets (expecting the free line and "I don't know" = unknowable; FAQ, aid,
 * pay and employer cases not expecting the line = answerable), plus a file of own phrasings (`U: text` / `C: text`).
 * Usage: npx tsx tools/guard/calibrate.ts [own-phrasings.txt] [--blind] [--show]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { decideRoute } from '../../dialogs/routing/decide.js';
import { foreignToTheFaq, uncoveredBy } from '../../dialogs/support/faq-coverage-of.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { createRecognizer } from '../../src/nlu/understand.js';

interface Labelled { text: string; unknowable: boolean; origin: string }
const args = process.argv.slice(2);
const show = args.includes('--show');
const cases: Labelled[] = [];
if (args.includes('--blind')) {
  for (let n = 16; n <= 25; n++) {
    let doc: unknown;
    try { doc = parse(readFileSync(`tests/eval/blind-${n}.yaml`, 'utf8')); } catch { continue; }
    const list = (Array.isArray(doc) ? doc : (doc as { cases: unknown[] }).cases) as { id: string; category?: string; turns: { say: string; expect?: unknown }[] }[];
    for (const c of list) {
      const first = c.turns[0];
      if (!first || typeof first.say !== 'string') continue;
      const expect = JSON.stringify(first.expect ?? {});
      const unknowable = /0800/.test(expect) && /ne \(sais|pas \(d|hors/.test(expect);
      const answerable = !/0800/.test(expect) && (args.includes('--all') || ['faq', 'aides', 'salaire', 'employeur'].includes(c.category ?? ''));
      if (unknowable || answerable) cases.push({ text: first.say, unknowable, origin: `b${n}:${c.id}` });
    }
  }
}
for (const file of args.filter((a) => !a.startsWith('--'))) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([UC]):\s*(.+)$/.exec(line.trim());
    if (m) cases.push({ text: m[2] as string, unknowable: m[1] === 'U', origin: 'own' });
  }
}
const silent = { info: () => undefined, error: () => undefined };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);
const HONEST = /not_covered|unknown|off_topic|out_of_scope|weather|sport|no_record|rules_abroad/;
let tp = 0, fp = 0, fn = 0, tn = 0;
for (const c of cases) {
  const u = recognizer.understand(c.text, kb, { maxChars: 2000, today });
  const d = decideRoute({
    understanding: u, data: { profile: {} }, today, aids: kb.knowledge.aids,
    minorWorkLimits: kb.knowledge.parameters.minor_work_limits,
    hasFaqEntry: (id) => kb.search.faqEntry(id) !== undefined,
    faqEntry: (id) => kb.search.faqEntry(id),
    faqUncovered: (id, namesOnly) => uncoveredBy(kb.knowledge, id, u, namesOnly),
    faqForeign: (options) => foreignToTheFaq(kb.knowledge, u, options),
  });
  const honest = (d.route.kind === 'say' && HONEST.test(d.route.key)) || d.route.kind === 'unknown_aid_claim';
  if (honest && c.unknowable) tp++; else if (honest) fp++; else if (c.unknowable) fn++; else tn++;
  const ok = honest === c.unknowable;
  if (show || !ok) process.stdout.write(`${ok ? 'ok  ' : 'MISS'} ${c.unknowable ? 'U' : 'C'} ${c.origin} [${d.rule}] ${JSON.stringify(d.route).slice(0, 90)} | ${c.text.slice(0, 90)}\n`);
}
const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
process.stdout.write(`unknowable ${tp + fn} (refused ${tp}), answerable ${tn + fp} (refused ${fp}); precision ${(p * 100).toFixed(1)} %, recall ${(r * 100).toFixed(1)} %\n`);
store.close();
