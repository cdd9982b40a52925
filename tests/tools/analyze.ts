/**
 * Developer tool: prints how the bot reads messages (intent, facts, trade, commune, FAQ hits, aid named).
 * Usage: npx tsx tests/tools/analyze.ts "jveu etre mecano" "CAP boulanger près de Lisieux"
 */
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { createRecognizer } from '../../src/nlu/understand.js';

const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const store = await KnowledgeStore.open('knowledge', silent);
const kb = store.current;
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);
for (const text of process.argv.slice(2)) {
  const a = recognizer.understand(text, kb, { maxChars: 2000, today });
  process.stdout.write(
    `${JSON.stringify(
      {
        text,
        normalized: a.normalized,
        kind: a.kind,
        intent: a.intent,
        confidence: Number(a.confidence.toFixed(2)),
        ranking: a.ranking.map((r) => `${r.intent}:${r.score.toFixed(2)}`),
        facts: a.facts,
        trade: a.trade ? `${a.trade.trade.code} ${a.trade.trade.label} (${a.trade.score.toFixed(2)} via "${a.trade.phrase}")` : undefined,
        commune: a.commune ? `${a.commune.commune.name} via ${a.commune.via} "${a.commune.span}"` : undefined,
        outside: a.outside,
        aid: a.aid?.id,
        faq: a.faq.map((f) => `${f.entry.id} ${f.score.toFixed(2)} cov ${f.coverage.toFixed(2)}`),
      },
      null,
      1,
    )}\n`,
  );
}
store.close();
