/**
 * Calibrates SENTENCE_IN_VIEW_MIN (dialogs/routing/thresholds.ts): for each conversation (an opener that puts a thing
 * in view, then one follow-up), prints the best sentence's similarity, the rule that took the follow-up, and whether
 * the case is a positive (a follow-up the thing's sentence should answer) or a negative (a new subject, or a question
 * the thing does not answer). Usage: npx tsx tools/calibrate-sentence-in-view.ts [cases.json]
 */
import { sentenceInViewTrace } from '../dialogs/routing/sentence-in-view.js';
import { readFileSync } from 'node:fs';
import { openDialogPlayer } from './dialog-player.js';

const CASES: ReadonlyArray<[opener: string, probe: string, positive: boolean]> = JSON.parse(readFileSync(process.argv[2] ?? 'tools/sentence-in-view-cases.json', 'utf8'));

const player = await openDialogPlayer('calibrate');
for (const [opener, probe, positive] of CASES) {
  const send = player.conversation();
  await send(opener);
  delete sentenceInViewTrace.last;
  const { rule, replies } = await send(probe);
  const t = sentenceInViewTrace.last as { text: string; similarity: number } | undefined;
  const reply = (replies[0]?.text ?? '').replace(/\s+/g, ' ').slice(0, 90);
  process.stdout.write(`${positive ? '+' : '-'} ${t ? t.similarity.toFixed(3) : '  -  '} [${rule}] ${probe}  ||  ${t ? t.text.slice(0, 70) : ''}  >> ${reply}\n`);
}
await player.close();
