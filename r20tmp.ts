import { KnowledgeStore } from './src/knowledge/store.js';
import { createRecognizer } from './src/nlu/understand.js';
const store = await KnowledgeStore.open('knowledge', { info: () => undefined, error: () => undefined });
const r = createRecognizer();
for (const t of process.argv.slice(2)) { const u = r.understand(t, store.current, { maxChars: 2000, today: '2026-12-06' }); console.log(t, '→', u.outside?.town ?? '-', u.commune?.commune.name ?? ''); }
