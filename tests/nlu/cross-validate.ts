/**
 * 5-fold cross-validation of the intent classifier on the TRAINING phrases only (knowledge/intents.fr.yaml).
 * Used to choose features and the confidence threshold without looking at tests/nlu/heldout.yaml.
 * Run: npx tsx tests/nlu/cross-validate.ts
 */
import { readFileSync } from 'node:fs';
import { INTENT_IDS, type IntentsFile, createIntentClassifier, parseIntentsFile } from '../../src/nlu/intents.js';
import { normalize } from '../../src/text/normalize.js';

const FOLDS = 5;
const file = 'knowledge/intents.fr.yaml';
const data = parseIntentsFile(readFileSync(file, 'utf8'), file);
const thresholds = [0, 0.3, 0.45, 0.6, 0.75, 0.9];
const results = thresholds.map(() => ({ correct: 0, none: 0, wrong: 0 }));
const confusions = new Map<string, number>();
let total = 0;

for (let fold = 0; fold < FOLDS; fold++) {
  const train = { intents: {} } as IntentsFile;
  const test: Array<{ text: string; intent: string }> = [];
  for (const intent of INTENT_IDS) {
    const phrases = data.intents[intent].phrases;
    train.intents[intent] = { phrases: phrases.filter((_, i) => i % FOLDS !== fold) };
    phrases.forEach((p, i) => { if (i % FOLDS === fold) test.push({ text: p, intent }); });
  }
  thresholds.forEach((threshold, k) => {
    const classifier = createIntentClassifier(train, { threshold, model: process.env.MODEL === 'bayes' ? 'bayes' : 'softmax', ...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}) });
    for (const { text, intent } of test) {
      const got = classifier.classify(normalize(text)).intent;
      const r = results[k]!;
      if (got === intent) r.correct++;
      else if (got === 'none') r.none++;
      else {
        r.wrong++;
        if (threshold === 0) confusions.set(`${intent} -> ${got}`, (confusions.get(`${intent} -> ${got}`) ?? 0) + 1);
      }
    }
  });
  total += test.length;
}

thresholds.forEach((t, k) => {
  const r = results[k]!;
  console.log(`threshold ${t.toFixed(2)}: correct ${(100 * r.correct / total).toFixed(1)} %, none ${(100 * r.none / total).toFixed(1)} %, wrong ${(100 * r.wrong / total).toFixed(1)} %`);
});
console.log('most frequent confusions (threshold 0):');
for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v}  ${k}`);
