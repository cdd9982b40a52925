import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Activity } from 'botbuilder-core';
import { buildApp } from '../src/app.js';
import { createDefaultBot } from '../src/bot/default-bot.js';
import type { BotFactory } from '../src/bot/types.js';
import { createTestBot } from '../tests/channel/fixtures/test-bot.js';
import { tempDir } from '../tests/channel/helpers.js';
import { channelBenchConfig } from './channel-setup.js';
import { mainThreadCpuUs } from './thread-cpu.js';

/**
 * The channel bench's turn without the network: `npx tsx bench/adapter-turns.ts [echo|waterfall] [turns]` runs the
 * bench's bot (the stateless echo, or the two-step waterfall in ConversationState) through the real app's adapter,
 * SQLite state and group commit, with 50 conversations each sending its next message as soon as its turn committed,
 * and prints the main thread's CPU per turn (from /proc, the commit worker left out). No HTTP, no socket, no load
 * client on the same cores: a steadier figure than the closed loop's on a shared machine, for comparing two versions
 * of the adapter and the storage side by side. Median of 5 rounds, after one warm-up round. Each message carries a
 * client id as Web Chat's do (the duplicate check runs); `BENCH_CLIENT_IDS=0` leaves them out.
 */
const which = process.argv[2] === 'echo' ? 'echo' : 'waterfall';
const turnsPerRound = Number(process.argv[3] ?? 20_000);
const conversations = 50;
const withClientIds = process.env['BENCH_CLIENT_IDS'] !== '0';

const dataDir = tempDir('bench-adapter-');
const bot: BotFactory = which === 'echo' ? createDefaultBot : createTestBot;
const app = await buildApp({ config: channelBenchConfig(dataDir), logger: false, bot, without: ['knowledge', 'web'] });
await app.ready();
const { adapter } = app.bot;
const { history } = app.storage;
const serviceUrl = 'http://127.0.0.1';
const user = (n: number) => ({ id: `bench-user-${n}`, name: 'bench', role: 'user' });
const ids: string[] = [];
for (let n = 0; n < conversations; n++) {
  const id = `bench-adapter-${n}`;
  await history.createConversation(id, user(n).id, false);
  await adapter.startConversation(id, user(n), serviceUrl, 'fr-FR');
  ids.push(id);
}

let roundsRun = 0;
async function round(turns: number): Promise<number> {
  let next = 0;
  // Client ids unique across rounds: a repeated one is a retry, answered as a duplicate without a turn (until this
  // was fixed, every round after the warm-up measured duplicates only: 1–2 µs "per turn").
  const r = roundsRun++;
  const before = mainThreadCpuUs();
  await Promise.all(
    ids.map(async (id, n) => {
      while (next < turns) {
        next++;
        const activity: Partial<Activity> = {
          type: 'message',
          text: next % 2 === 0 ? 'Alice' : 'bonjour',
          channelId: 'directline',
          serviceUrl,
          timestamp: new Date(),
          conversation: { id } as Activity['conversation'],
          from: user(n),
          recipient: adapter.botAccount,
        };
        await adapter.processActivity(activity, withClientIds ? { clientId: `web-${r}-${n}-${next}` } : {});
      }
    }),
  );
  return (mainThreadCpuUs() - before) / turns;
}

await round(turnsPerRound);
const rounds: number[] = [];
for (let i = 0; i < 5; i++) rounds.push(await round(turnsPerRound));
await app.close();
rmSync(dataDir, { recursive: true, force: true });
const sorted = [...rounds].sort((a, b) => a - b);
process.stdout.write(
  `${which}: main-thread CPU per turn ${Math.round(sorted[2] as number)} µs (rounds ${rounds.map((r) => Math.round(r)).join(', ')}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`,
);
