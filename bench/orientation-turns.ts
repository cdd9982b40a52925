import { rmSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { buildApp } from '../src/app.js';
import { channelMessages } from '../src/bot/channel-messages.js';
import { loadConfig } from '../src/config.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import type { CommittedBatch } from '../src/storage/types.js';
import { tempDir } from '../tests/channel/helpers.js';
import { percentiles, type Percentiles } from './stats.js';
import { mainThreadCpuUs } from './thread-cpu.js';

/**
 * In-process turns of the real orientation bot: message in → replies committed, through ChannelAdapter.processActivity
 * (no HTTP), with the full knowledge base and SQLite state under a temporary DATA_DIR. Turns run one at a time, so
 * each latency is one whole turn: understanding, dialogs, state, history, one group commit (fsync included).
 */

/** What young people, parents and employers type, misspellings and SMS style included; quick-reply picks too. */
export const ORIENTATION_MESSAGES: readonly string[] = [
  'bonjour',
  "j'ai 17 ans je serai payé combien la 1ere année",
  'je veux devenir boulanger',
  'CAP boulanger près de Lisieux',
  'quelles aides pour un apprenti',
  'qsdfghjklm',
  'jveu etre mecano',
  'et pour 19 ans ?',
  'je suis parent, mon fils a 16 ans',
  'quelles aides pour embaucher un apprenti dans une entreprise de 10 salariés',
  'je cherche un bac pro cuisine à Caen',
  'comment trouver un employeur',
  'parler à un conseiller',
  'coiffure',
  'oui',
  'la 2e',
  'BTS en alternance à Rouen',
  "c koi l'apprentissage",
  'combien gagne un apprenti de 20 ans en 2e année de BTS',
  'recommencer',
  'merci',
  'je sais pas quoi faire, j’aime bien travailler dehors',
  'aide au permis de conduire',
  'electricien vers le havre 76600',
];

export interface OrientationBenchOptions {
  /** Conversations the turns are spread over (each gets the messages in its own order). */
  conversations: number;
  /** Message turns in total (the welcome turns come on top and are not measured). */
  turns: number;
  /** Measured turns are preceded by this many unmeasured ones (JIT warm-up). */
  warmupTurns: number;
}

export interface OrientationBenchResult {
  turns: number;
  /** Whole turn, as the channel sees it: processActivity until committed. */
  turn: Percentiles;
  /** The bot alone (middleware around the bot logic): understanding, dialogs, state reads, replies staged. */
  bot: Percentiles;
  repliesPerTurn: number;
  /** Turns that ended with the channel's "turn failed" apology (should be 0). */
  failedTurns: number;
  knowledgeLoadMs: number;
  /** CPU of the main thread per measured turn, µs (NaN off Linux). */
  mainCpuPerTurnUs: number;
  /** CPU of the whole process per measured turn, µs: the commit worker's thread included. */
  cpuPerTurnUs: number;
  /** The messages whose bot part costs the most CPU (median over their measured turns), costliest first. */
  costliest: { text: string; turns: number; medianCpuUs: number; maxCpuUs: number }[];
}

/** Per message text: the CPU of the bot part of each of its measured turns (process.cpuUsage, turns run one at a time). */
function costliest(cpuByText: Map<string, number[]>, top = 5): OrientationBenchResult['costliest'] {
  const rows = [...cpuByText].map(([text, us]) => {
    const sorted = [...us].sort((a, b) => a - b);
    return { text, turns: sorted.length, medianCpuUs: sorted[Math.floor(sorted.length / 2)] ?? 0, maxCpuUs: sorted[sorted.length - 1] ?? 0 };
  });
  return rows.sort((a, b) => b.medianCpuUs - a.medianCpuUs).slice(0, top);
}

export async function benchOrientationTurns(opts: OrientationBenchOptions): Promise<OrientationBenchResult> {
  const loadStarted = performance.now();
  const knowledgeStore = await KnowledgeStore.open('knowledge', { info: () => undefined, error: () => undefined });
  const knowledgeLoadMs = performance.now() - loadStarted;
  const dataDir = tempDir('bench-orientation-');
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false' });
  const app = await buildApp({ config, logger: false, knowledgeStore, without: ['web'] });
  await app.ready();
  // What a listening server does right after its start (the app does not listen here): measured turns are warm ones.
  await app.bot.warmUp.run();
  const { adapter } = app.bot;
  const { history, fanOut } = app.storage;

  const failedMarker = channelMessages.turnFailed.slice(0, 40);
  let replies = 0;
  let failed = 0;
  const onCommitted = ({ jsons }: CommittedBatch): void => {
    for (const json of jsons) {
      // Cheap checks on the stored JSON: the bot's messages, and the channel's apology when a turn threw.
      if (!json.includes('"from":{"id":"bot"')) continue;
      replies++;
      if (json.includes(failedMarker)) failed++;
    }
  };
  let botStarted = 0;
  const botMs: number[] = [];
  const cpuByText = new Map<string, number[]>();
  let measuring = false;
  adapter.use(async (context, next) => {
    // Read outside the bot's clock: a cpuUsage call is a system call (tens of µs on a busy machine).
    const cpuStarted = process.cpuUsage();
    botStarted = performance.now();
    await next();
    if (!measuring) return;
    botMs.push(performance.now() - botStarted);
    const cpu = process.cpuUsage(cpuStarted);
    const text = context.activity.text;
    if (typeof text !== 'string') return;
    let list = cpuByText.get(text);
    if (!list) cpuByText.set(text, (list = []));
    list.push(cpu.user + cpu.system);
  });

  const serviceUrl = 'http://127.0.0.1';
  const user = (n: number) => ({ id: `bench-user-${n}`, name: 'bench', role: 'user' });
  const ids: string[] = [];
  for (let n = 0; n < opts.conversations; n++) {
    const id = `bench-orientation-${n}`;
    await history.createConversation(id, user(n).id, false);
    await fanOut.subscribe(id, onCommitted);
    await adapter.startConversation(id, user(n), serviceUrl, 'fr-FR');
    ids.push(id);
  }

  const turnMs: number[] = [];
  const total = opts.warmupTurns + opts.turns;
  let repliesAtStart = 0;
  let failedAtStart = 0;
  let mainCpuAtStart = 0;
  let cpuAtStart = process.cpuUsage();
  for (let i = 0; i < total; i++) {
    if (i === opts.warmupTurns) {
      measuring = true;
      repliesAtStart = replies;
      failedAtStart = failed;
      mainCpuAtStart = mainThreadCpuUs();
      cpuAtStart = process.cpuUsage();
    }
    const n = i % opts.conversations;
    const round = Math.floor(i / opts.conversations);
    // Each conversation walks the list from its own starting point, so contexts (slots, offers) differ.
    const text = ORIENTATION_MESSAGES[(n * 7 + round) % ORIENTATION_MESSAGES.length] as string;
    const activity: Partial<Activity> = {
      type: 'message',
      text,
      locale: 'fr-FR',
      channelId: 'directline',
      serviceUrl,
      timestamp: new Date(),
      conversation: { id: ids[n] } as Activity['conversation'],
      from: user(n),
      recipient: adapter.botAccount,
    };
    const started = performance.now();
    await adapter.processActivity(activity);
    if (measuring) turnMs.push(performance.now() - started);
  }

  const mainCpuUs = mainThreadCpuUs() - mainCpuAtStart;
  const cpu = process.cpuUsage(cpuAtStart);
  await app.close();
  knowledgeStore.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    turns: turnMs.length,
    turn: percentiles(turnMs),
    bot: percentiles(botMs),
    repliesPerTurn: (replies - repliesAtStart) / Math.max(1, turnMs.length),
    failedTurns: failed - failedAtStart,
    knowledgeLoadMs,
    mainCpuPerTurnUs: mainCpuUs / Math.max(1, turnMs.length),
    cpuPerTurnUs: (cpu.user + cpu.system) / Math.max(1, turnMs.length),
    costliest: costliest(cpuByText),
  };
}
