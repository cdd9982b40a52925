import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { firstTurns, outcomeOf, routeAll, sampleIds, syntheticEntries, type ChangeOutcome, type FaqChange, type Routed } from '../../tools/nlu/stability-measure.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * Adding or leaving out a FAQ entry must not move the answers of messages it does not touch (issue 11, round 31: one
 * entry about quitting a CDI moved three unrelated readings across routing thresholds). The measure of
 * tools/nlu/stability.ts on a small sample: the first turns of blind set 29 (190 cases), one entry left out (seeded)
 * and one unrelated entry added (the round-30 kind: quitting a CDI in a shop).
 *
 * The bound: measured on 815 first turns (dev + blind 29/30/33/34), five entries left out moved 0–2 answers each
 * (6 of 4,056 compared, 0.15 %; at most 0.25 % for one change). MAX_RATE allows six times that worst change, and on
 * this sample's ~380 comparisons about five answers: a change of the models that makes the routing hang on the
 * FAQ's content again (a detector trained in one run: 53 of 815 faqness readings moved by > 0.05 by the examples'
 * order alone) moves more.
 */
const MAX_RATE = 0.015;

let kb: KnowledgeBase;
let before: Routed[];
beforeAll(async () => {
  kb = (await sharedKnowledge()).current;
  before = routeAll(kb, firstTurns(['tests/eval/blind-29.yaml']));
}, 120_000);

describe('the routing of untouched messages does not hang on the rest of the FAQ', () => {
  it('moves few answers when one entry is left out and one unrelated entry is added', () => {
    const template = kb.knowledge.faq.find((e) => e.topic === undefined);
    const cdi = template ? syntheticEntries(template).find((e) => e.id === 'synthetic-quitter-cdi') : undefined;
    expect(cdi).toBeDefined();
    const changes: FaqChange[] = [...sampleIds(kb.knowledge.faq, 1, 31).map((id): FaqChange => ({ kind: 'without', id })), { kind: 'with', entry: cdi as NonNullable<typeof cdi> }];
    const outcomes: ChangeOutcome[] = changes.map((c) => outcomeOf(kb, before, c));
    const moved = outcomes.flatMap((o) => o.moved.map((m) => `${o.change}: "${m.before.text}" ${m.before.answer} → ${m.after.answer}`));
    const compared = outcomes.reduce((n, o) => n + o.compared, 0);
    expect(compared).toBeGreaterThan(300);
    expect(moved.length / compared, moved.join('\n')).toBeLessThanOrEqual(MAX_RATE);
  }, 180_000);
});
