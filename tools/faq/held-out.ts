/**
 * Developer tool (round 28, issue 11): how the held-out phrasings of the under-trained FAQ entries are routed in a
 * fresh conversation, and how many reach their own entry. The phrasings (tools/faq/held-out-phrasings.json) are kept
 * out of knowledge/faq.yaml so that the count measures what the classifier learnt, not what it was shown.
 * Usage: npx tsx tools/faq/held-out.ts        (add --quiet to print only the counts, --set=second for the second set)
 */
import { readFileSync } from 'node:fs';
import { decideRoute } from '../../dialogs/routing/decide.js';
import { foreignToTheFaq, uncoveredBy } from '../../dialogs/support/faq-coverage-of.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { createRecognizer } from '../../src/nlu/understand.js';

const quiet = process.argv.includes('--quiet');
type Phrasings = Record<string, string[] | string | Record<string, string[]>>;
const all = JSON.parse(readFileSync(new URL('./held-out-phrasings.json', import.meta.url), 'utf8')) as Phrasings;
const phrasings = (process.argv.includes('--set=second') ? all['second'] : all) as Phrasings;
const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);

let total = 0;
let reached = 0;
for (const [id, texts] of Object.entries(phrasings)) {
  if (!Array.isArray(texts)) continue;
  let own = 0;
  for (const text of texts) {
    const u = recognizer.understand(text, kb, { maxChars: 2000, today });
    const decision = decideRoute({
      understanding: u,
      data: { profile: {} },
      today,
      aids: kb.knowledge.aids,
      minorWorkLimits: kb.knowledge.parameters.minor_work_limits,
      hasFaqEntry: (entry) => kb.search.faqEntry(entry) !== undefined,
      faqUncovered: (entry, namesOnly) => uncoveredBy(kb.knowledge, entry, u, namesOnly),
      faqForeign: (options) => foreignToTheFaq(kb.knowledge, u, options),
    });
    const route = decision.route as { kind: string; id?: string };
    const ok = route.kind === 'faq_entry' && route.id === id;
    if (ok) own += 1;
    if (!quiet) {
      const top = u.faq[0] ? `${u.faq[0].entry.id} p=${u.faq[0].probability.toFixed(2)}` : '-';
      process.stdout.write(`${ok ? 'OK  ' : 'MISS'} ${id} | ${text}\n      → ${decision.rule} ${JSON.stringify(decision.route)} (top ${top})\n`);
    }
  }
  total += texts.length;
  reached += own;
  process.stdout.write(`${id}: ${own}/${texts.length}\n`);
}
process.stdout.write(`held-out phrasings routed to their own entry: ${reached}/${total}\n`);
store.close();
