/**
 * Developer tool: prints how the bot reads messages (intent, FAQ candidates, facts, trade, place, aid, cues) and
 * where the routing table would send each one in a fresh conversation (the rule and the route).
 * Usage: npx tsx tools/analyze.ts "jveu etre mecano" "CAP boulanger près de Lisieux"
 */
import { decideRoute } from '../dialogs/routing/decide.js';
import { readingsOf } from '../dialogs/routing/readings.js';
import { foreignToTheFaq, uncoveredBy } from '../dialogs/support/faq-coverage-of.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';

const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);
for (const text of process.argv.slice(2)) {
  const u = recognizer.understand(text, kb, { maxChars: 2000, today });
  const decision = decideRoute({
    understanding: u,
    data: { profile: {} },
    today,
    aids: kb.knowledge.aids,
    minorWorkLimits: kb.knowledge.parameters.minor_work_limits,
    hasFaqEntry: (id) => kb.search.faqEntry(id) !== undefined,
    faqUncovered: (id, namesOnly) => uncoveredBy(kb.knowledge, id, u, namesOnly),
    faqForeign: (options) => foreignToTheFaq(kb.knowledge, u, options),
  });
  const cues = Object.entries(u.cues).filter(([, v]) => v === true || (Array.isArray(v) && v.length > 0)).map(([k, v]) => (v === true ? k : `${k}:${String(v)}`));
  process.stdout.write(
    `${JSON.stringify(
      {
        text,
        normalized: u.normalized,
        kind: u.kind,
        intent: `${u.intent} ${u.confidence.toFixed(2)}`,
        ranking: u.ranking.map((r) => `${r.intent}:${r.score.toFixed(2)}`).join(' '),
        faq: u.faq.map((f) => `${f.entry.id} p=${f.probability.toFixed(2)} fused=${f.score.toFixed(2)} sim=${f.similarity.toFixed(2)} cov=${f.coverage.toFixed(2)}`),
        // The message's distinctive words the best FAQ candidate never writes (the coverage check of decide.ts).
        uncovered: u.faq[0] ? uncoveredBy(kb.knowledge, u.faq[0].entry.id, u) : [],
        // The words no FAQ entry writes nor comes one typo near (held against a weak reading).
        foreign: foreignToTheFaq(kb.knowledge, u),
        readings: readingsOf(u).slice(0, 4).map((r) => `${r.kind === 'topic' ? r.topic : r.id}:${r.score.toFixed(2)}`).join(' '),
        facts: u.facts,
        trade: u.trade ? `${u.trade.trade.code} ${u.trade.trade.label} (${u.trade.score.toFixed(2)} via "${u.trade.phrase}")` : undefined,
        commune: u.commune ? `${u.commune.commune.name} via ${u.commune.via} "${u.commune.span}"` : undefined,
        departement: u.departement,
        outside: u.outside,
        aid: u.aid?.id,
        cues: cues.join(' '),
        route: `${decision.rule} → ${JSON.stringify(decision.route)}`,
      },
      null,
      1,
    )}\n`,
  );
}
store.close();
