/**
 * k-fold cross-validation of the joint classifier (intents + FAQ entries) on the TRAINING phrases only
 * (knowledge/intents.fr.yaml and the `questions` of knowledge/faq.yaml). Used to choose features, weights and
 * thresholds without looking at tests/nlu/heldout.yaml or any eval set.
 * Run: npx tsx tools/nlu/cross-validate.ts   (env: FOLDS=5, EPOCHS, NO_FAQ=1)
 */
import { FaqMatcher, type FaqMaterial } from '../../src/nlu/faq-matcher.js';
import { INTENT_IDS, type IntentsFile, createIntentClassifier } from '../../src/nlu/intents.js';
import { readQuestion } from '../../src/nlu/question-reader.js';
import { createFaqDetector } from '../../src/nlu/models.js';
import { readingsOf } from '../../dialogs/routing/readings.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize } from '../../src/text/normalize.js';
import { faqTexts, loadTrainingData } from './training-data.js';

const FOLDS = Number(process.env['FOLDS'] ?? 5);
const { intents: data, faq } = loadTrainingData();
const withFaq = process.env['NO_FAQ'] !== '1';
const thresholds = (process.env['THRESHOLDS'] ?? '0,0.3').split(',').map(Number);
const results = thresholds.map(() => ({ correct: 0, none: 0, wrong: 0 }));
const confusions = new Map<string, number>();
let total = 0;
let faqTotal = 0;
let faqTop1 = 0;
let faqTop3 = 0;
let trainingMs = 0;
let logLikelihood = 0;
const readingTotals = { faq: 0, intent: 0 };
const readingRights = { faq: 0, intent: 0 };
const readingFaqMiss = new Map<string, number>();
const readingIntentMiss = new Map<string, number>();
const TOPIC: Record<string, string> = { salary: 'salary', aids: 'aids', employer_aids: 'aids', trade: 'trade', training: 'training', orientation: 'orientation', find_employer: 'find_employer' };
/** [probability of the best FAQ entry, margin to the second, right?] for every held-out FAQ question. */
const faqCalibration: Array<[number, number, boolean]> = [];

/** TYPO=1: every held-out phrase gets typos (a letter dropped, doubled or swapped in some words), seeded. */
let seed = 7;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
function withTypos(text: string): string {
  if (process.env['TYPO'] !== '1') return text;
  return text.split(' ').map((w) => {
    if (w.length < 5 || random() > 0.35) return w;
    const i = 1 + Math.floor(random() * (w.length - 2));
    const kind = random();
    if (kind < 0.33) return w.slice(0, i) + w.slice(i + 1);
    if (kind < 0.66) return w.slice(0, i) + w[i] + w.slice(i);
    return w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2);
  }).join(' ');
}

for (let fold = 0; fold < FOLDS; fold++) {
  const train = { intents: {} } as IntentsFile;
  const test: Array<{ text: string; intent: string; faq?: string }> = [];
  for (const intent of INTENT_IDS) {
    const phrases = data.intents[intent].phrases;
    train.intents[intent] = { phrases: phrases.filter((_, i) => i % FOLDS !== fold) };
    phrases.forEach((p, i) => {
      if (i % FOLDS === fold) test.push({ text: withTypos(p), intent });
    });
  }
  const faqTrain: FaqMaterial[] = [];
  for (const entry of withFaq ? faq : []) {
    faqTrain.push({ id: entry.id, questions: entry.questions.filter((_, i) => i % FOLDS !== fold), texts: faqTexts(entry) });
    entry.questions.forEach((q, i) => {
      if (i % FOLDS === fold) test.push({ text: withTypos(q), intent: 'faq', faq: entry.id });
    });
  }
  const foldFaq = faq.map((e) => ({ ...e, questions: e.questions.filter((_, i) => i % FOLDS !== fold) }));
  const detector = createFaqDetector(withFaq ? foldFaq : [], train);
  const classifiers = thresholds.map((threshold) =>
    createIntentClassifier(train, { threshold, ...(process.env['EPOCHS'] ? { epochs: Number(process.env['EPOCHS']) } : {}) }),
  );
  const matcher = new FaqMatcher(faqTrain);
  trainingMs += classifiers[0]!.trainingMs;
  thresholds.forEach((threshold, k) => {
    for (const { text, intent } of test) {
      const got = classifiers[k]!.classify(normalize(text)).intent;
      const r = results[k]!;
      if (got === intent) r.correct++;
      else if (got === 'none') r.none++;
      else {
        r.wrong++;
        if (threshold === 0) confusions.set(`${intent} -> ${got}`, (confusions.get(`${intent} -> ${got}`) ?? 0) + 1);
      }
    }
  });
  const entries = new Map(faq.map((e) => [e.id, e]));
  for (const t of test) {
    // End to end: is the best reading the right one (the FAQ entry asked, or the topic of the intent)?
    const r = readQuestion(normalize(t.text), classifiers[0]!, detector, matcher);
    const u = {
      ranking: r.intent.ranking,
      faqness: r.faqness,
      faq: r.faq.map((f) => ({ ...f, entry: entries.get(f.id) as FaqEntry })),
      facts: { interests: [] },
    } as unknown as Understanding;
    const lead = readingsOf(u)[0];
    const owner = t.faq ? entries.get(t.faq)?.topic : undefined;
    const want = t.faq ? (owner ?? t.faq) : (TOPIC[t.intent] ?? t.intent);
    const smallTalk = !TOPIC[r.intent.intent] && r.intent.intent !== 'faq' && r.intent.confidence >= 0.5;
    const got = smallTalk ? r.intent.intent : !lead ? 'none' : lead.kind === 'faq' ? lead.id : lead.topic;
    const kind = t.faq ? 'faq' : 'intent';
    readingTotals[kind]++;
    // A phrase of the 'faq' intent is a FAQ question: any FAQ entry read for it is the right kind of answer.
    if (got === want || (!t.faq && t.intent === 'faq' && lead?.kind === 'faq')) readingRights[kind]++;
    else if (t.faq) readingFaqMiss.set(`${want} -> ${got}`, (readingFaqMiss.get(`${want} -> ${got}`) ?? 0) + 1);
    else readingIntentMiss.set(`${want} -> ${lead?.kind === 'faq' ? 'FAQ' : got}`, (readingIntentMiss.get(`${want} -> ${lead?.kind === 'faq' ? 'FAQ' : got}`) ?? 0) + 1);
  }
  for (const t of test) {
    if (!t.faq) continue;
    const r = readQuestion(normalize(t.text), classifiers[0]!, detector, matcher);
    faqTotal++;
    if (r.faq[0]?.id === t.faq) faqTop1++;
    if (r.faq.slice(0, 3).some((f) => f.id === t.faq)) faqTop3++;
    const [first, second] = r.faq;
    if (first) faqCalibration.push([first.probability, first.probability - (second?.probability ?? 0), first.id === t.faq]);
    logLikelihood += Math.log(Math.max(1e-6, r.faq.find((f) => f.id === t.faq)?.probability ?? 0));
  }
  total += test.length;
}

console.log(`${FOLDS}-fold, ${total} phrases (${faqTotal} FAQ questions of ${faq.length} entries), training ${(trainingMs / FOLDS).toFixed(0)} ms per model`);
thresholds.forEach((t, k) => {
  const r = results[k]!;
  console.log(`threshold ${t.toFixed(2)}: correct ${((100 * r.correct) / total).toFixed(1)} %, none ${((100 * r.none) / total).toFixed(1)} %, wrong ${((100 * r.wrong) / total).toFixed(1)} %`);
});
if (faqTotal > 0) {
  console.log(`FAQ entry top-1 ${((100 * faqTop1) / faqTotal).toFixed(1)} %, top-3 ${((100 * faqTop3) / faqTotal).toFixed(1)} %, mean log P(right entry) ${(logLikelihood / faqTotal).toFixed(3)}`);
  for (const [p, m] of [[0.2, 0], [0.3, 0], [0.4, 0], [0.5, 0], [0.3, 0.15], [0.4, 0.2], [0.5, 0.25]] as const) {
    const kept = faqCalibration.filter(([s, margin]) => s >= p && margin >= m);
    const right = kept.filter(([, , ok]) => ok).length;
    console.log(`  best ≥ ${p} and margin ≥ ${m}: ${kept.length}/${faqCalibration.length} answered, ${((100 * right) / Math.max(1, kept.length)).toFixed(1)} % right`);
  }
}
console.log(`best reading right: FAQ questions ${((100 * readingRights.faq) / readingTotals.faq).toFixed(1)} % (the entry), intent phrases ${((100 * readingRights.intent) / readingTotals.intent).toFixed(1)} % (the topic or intent)`);
console.log('FAQ questions read otherwise: ' + [...readingFaqMiss].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v} ${k}`).join(' | '));
console.log('intent phrases read otherwise: ' + [...readingIntentMiss].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v} ${k}`).join(' | '));
console.log('most frequent confusions (threshold 0):');
for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v}  ${k}`);
