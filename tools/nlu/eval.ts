/**
 * npm run nlu:eval — scores our understanding against NLP.js on the held-out phrases (tests/nlu/heldout.yaml),
 * both trained on the same knowledge/intents.fr.yaml. Prints intent accuracy, entity accuracy, per-intent errors
 * and time per message (p50/p99). 'none' counts as an error.
 */
import { readFileSync } from 'node:fs';
import { NlpManager } from 'node-nlp';
import { extractEntities } from '../../src/nlu/entities.js';
import { INTENT_IDS, type IntentClassifier, createIntentClassifier, parseIntentsFile } from '../../src/nlu/intents.js';
import { normalize } from '../../src/text/normalize.js';
import { compareViews, entityView, expectedView } from '../../tests/nlu/entity-view.js';
import { type HeldoutCase, loadHeldout } from '../../tests/nlu/heldout.js';

const INTENTS_FILE = process.env['INTENTS_FILE'] ?? 'knowledge/intents.fr.yaml';

interface Score {
  name: string;
  correct: number;
  errors: Map<string, string[]>;
  times: number[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function report(score: Score, total: number): void {
  const sorted = [...score.times].sort((a, b) => a - b);
  console.log(`\n== ${score.name}`);
  console.log(`intent accuracy: ${score.correct}/${total} = ${((100 * score.correct) / total).toFixed(1)} %`);
  console.log(`time per message: p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms`);
  for (const [intent, errs] of [...score.errors].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${intent} (${errs.length}): ${errs.join(' | ')}`);
  }
}

async function scoreOurs(name: string, classifier: IntentClassifier, cases: HeldoutCase[]): Promise<Score> {
  const score: Score = { name, correct: 0, errors: new Map(), times: [] };
  for (let round = 0; round < 2; round++) {
    // Round 0 warms the JIT and the stem cache; round 1 is measured (a server answers many messages).
    for (const c of cases) {
      const t0 = performance.now();
      const result = classifier.classify(normalize(c.text));
      const dt = performance.now() - t0;
      if (round === 0) continue;
      score.times.push(dt);
      if (result.intent === c.intent) score.correct++;
      else score.errors.set(c.intent, [...(score.errors.get(c.intent) ?? []), `"${c.text}" → ${result.intent}`]);
    }
  }
  return score;
}

async function scoreNlpJs(cases: HeldoutCase[]): Promise<{ score: Score; trainingMs: number }> {
  const data = parseIntentsFile(readFileSync(INTENTS_FILE, 'utf8'), INTENTS_FILE);
  const manager = new NlpManager({ languages: ['fr'], forceNER: false, autoSave: false, nlu: { log: false } });
  for (const intent of INTENT_IDS) for (const p of data.intents[intent].phrases) manager.addDocument('fr', p, intent);
  const t0 = performance.now();
  await manager.train();
  const trainingMs = performance.now() - t0;
  const score: Score = { name: 'NLP.js (node-nlp NlpManager, fr, useNoneFeature default)', correct: 0, errors: new Map(), times: [] };
  for (let round = 0; round < 2; round++) {
    for (const c of cases) {
      const t = performance.now();
      const result = await manager.process('fr', c.text);
      const dt = performance.now() - t;
      if (round === 0) continue;
      score.times.push(dt);
      if (result.intent === c.intent) score.correct++;
      else score.errors.set(c.intent, [...(score.errors.get(c.intent) ?? []), `"${c.text}" → ${result.intent}`]);
    }
  }
  return { score, trainingMs };
}

function scoreEntities(cases: HeldoutCase[]): void {
  let fields = 0;
  let correct = 0;
  let exact = 0;
  const times: number[] = [];
  const diffs: string[] = [];
  for (const c of cases) {
    const normalized = normalize(c.text);
    const t0 = performance.now();
    const actual = entityView(extractEntities(normalized));
    times.push(performance.now() - t0);
    const cmp = compareViews(expectedView(c.entities), actual);
    fields += cmp.fields;
    correct += cmp.correct;
    if (cmp.diffs.length === 0) exact++;
    else diffs.push(`  "${c.text}": ${cmp.diffs.join('; ')}`);
  }
  const sorted = times.sort((a, b) => a - b);
  console.log('\n== entities (ours)');
  console.log(`field accuracy: ${correct}/${fields} = ${((100 * correct) / fields).toFixed(1)} % (missing and extra fields count as errors)`);
  console.log(`phrases fully right: ${exact}/${cases.length} = ${((100 * exact) / cases.length).toFixed(1)} %`);
  console.log(`time per message: p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms`);
  for (const d of diffs) console.log(d);
}

const cases = loadHeldout();
console.log(`held-out phrases: ${cases.length}, training file: ${INTENTS_FILE}`);
const ours = createIntentClassifier(INTENTS_FILE);
console.log(`ours: trained in ${ours.trainingMs.toFixed(0)} ms`);
const bayes = createIntentClassifier(INTENTS_FILE, { model: 'bayes' });
report(await scoreOurs('ours (normalize + softmax regression over stems, bigrams, concepts and character n-grams)', ours, cases), cases.length);
report(await scoreOurs("baseline: natural's BayesClassifier on the same features", bayes, cases), cases.length);
const nlp = await scoreNlpJs(cases);
console.log(`\nNLP.js trained in ${nlp.trainingMs.toFixed(0)} ms`);
report(nlp.score, cases.length);
scoreEntities(cases);
