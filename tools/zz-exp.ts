import { readFileSync } from 'node:fs';
import { foreignToTheFaq, uncoveredBy } from '../dialogs/support/faq-coverage-of.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';
import { decideRoute } from '../dialogs/routing/decide.js';
const store = await KnowledgeStore.open('knowledge', { info: () => undefined, error: () => undefined });
const kb = store.current; const r = createRecognizer();
for (const t of JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[]) {
  const u = r.understand(t, kb, { maxChars: 2000, today: '2026-12-07' });
  const d = decideRoute({ understanding: u, data: { profile: {} }, today: '2026-12-07', aids: kb.knowledge.aids, minorWorkLimits: kb.knowledge.parameters.minor_work_limits, hasFaqEntry: (id) => kb.search.faqEntry(id) !== undefined, faqEntry: (id) => kb.search.faqEntry(id), faqUncovered: (id, n) => uncoveredBy(kb.knowledge, id, u, n), faqForeign: (o) => foreignToTheFaq(kb.knowledge, u, o) });
  const b = u.faq[0];
  console.log(`${t}\n   foreign=${foreignToTheFaq(kb.knowledge, u).join(',')} unc=${b ? uncoveredBy(kb.knowledge, b.entry.id, u).join(',') : ''} best=${b?.entry.id} p=${b?.probability.toFixed(2)} cov=${b?.coverage.toFixed(2)} ev=${b?.evidence.toFixed(2)} fused=${b?.score.toFixed(2)} sim=${b?.similarity.toFixed(2)} → ${d.rule} ${JSON.stringify(d.route).slice(0, 110)}`);
}
store.close();
