/**
 * Calibration of the honest "not covered" (r28-unknown): how the routing reads questions the knowledge cannot answer
 * (should end in a not-covered route) and questions it answers (should not). Prints one line per message and the
 * totals. Usage: npx tsx tools/calibrate-unknown.ts [tools/unknown-cases.json]
 */
import { readFileSync } from 'node:fs';
import { decideRoute } from '../dialogs/routing/decide.js';
import { foreignWordInShortQuestion } from '../dialogs/routing/unknown-asked.js';
import { foreignToTheFaq, uncoveredBy } from '../dialogs/support/faq-coverage-of.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';

const cases = JSON.parse(readFileSync(process.argv[2] ?? 'tools/unknown-cases.json', 'utf8')) as { unknowable: string[]; knowable: string[] };
const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);
/** The honest answers: "not covered" in its forms, another country's rules, a figure we do not have, or an entry led by "only a part". */
const HONEST_KEYS = /not_covered|outside|rules_abroad|no_place_figure|unknown_place_fact|out_of_scope|part_only/;
const honest = (route: { kind: string; key?: string; lead?: { key: string } }): boolean =>
  (route.kind === 'say' && HONEST_KEYS.test(route.key ?? '')) || route.kind === 'unknown_aid_claim' || HONEST_KEYS.test(route.lead?.key ?? '');
let right = 0;
for (const [group, texts] of Object.entries(cases)) {
  for (const text of texts) {
    const u = recognizer.understand(text, kb, { maxChars: 2000, today });
    const d = decideRoute({
      understanding: u, data: { profile: {} }, today, aids: kb.knowledge.aids, minorWorkLimits: kb.knowledge.parameters.minor_work_limits,
      hasFaqEntry: (id) => kb.search.faqEntry(id) !== undefined,
      faqEntry: (id) => kb.search.faqEntry(id),
      faqUncovered: (id, namesOnly) => uncoveredBy(kb.knowledge, id, u, namesOnly),
      faqForeign: (options) => foreignToTheFaq(kb.knowledge, u, options),
    });
    const ok = honest(d.route as { kind: string; key?: string; lead?: { key: string } }) === (group === 'unknowable');
    if (ok) right++;
    const f = u.faq[0];
    const best = f ? `${f.entry.id} p=${f.probability.toFixed(2)} sim=${f.similarity.toFixed(2)} cov=${f.coverage.toFixed(2)} ev=${f.evidence.toFixed(2)}` : '-';
    process.stdout.write(`${ok ? 'ok ' : 'BAD'} ${group.slice(0, 4)} ${text}\n     ${d.rule} → ${JSON.stringify(d.route)} | ${best} | foreign=${foreignToTheFaq(kb.knowledge, u).join(',')} | inQuestion=${foreignWordInShortQuestion({ understanding: u, faqForeign: () => foreignToTheFaq(kb.knowledge, u) } as never)}\n`);
  }
}
process.stdout.write(`${right}/${cases.unknowable.length + cases.knowable.length} right\n`);
store.close();
