import { beforeAll, describe, expect, it } from 'vitest';
import { decideRoute } from '../../dialogs/routing/decide.js';
import { faqHitReaches, faqReaches, leadsByMargin, reaches, withCoverage } from '../../dialogs/routing/level-bands.js';
import type { Reading } from '../../dialogs/routing/readings.js';
import { BAND_COVERAGE, FAQ_ANSWER, FAQ_COURSE, FAQ_GUESS, FAQ_LEVEL_BAND, READING_MARGIN, READING_MARGIN_BAND } from '../../dialogs/routing/thresholds.js';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { firstTurns, nearThresholds, type NearLevel } from '../../tools/nlu/stability-measure.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { input } from '../dialogs/routing/fixtures.js';

/**
 * Round 32 (issue 11): a reading sitting right at a fixed level flipped its answer with any small move of the models
 * (53 of 815 first turns within 0.03 of a level, round 31). Around FAQ_GUESS, FAQ_ANSWER, FAQ_COURSE and
 * READING_MARGIN a band is now decided by the message's own words (the share of them the entry holds), which does not
 * move with the models; outside the band, the level as before (dialogs/routing/level-bands.ts).
 */
const faq = (id: string, score: number, coverage?: number): Reading => {
  const r: Reading = { kind: 'faq', id, score };
  return coverage === undefined ? r : withCoverage(r, coverage);
};
const topic: Reading = { kind: 'topic', topic: 'salary', score: 0.3 };
const HELD = BAND_COVERAGE + 0.3;
const LOOSE = BAND_COVERAGE - 0.2;

describe('a level with a band decided by the message’s words', () => {
  it('decides by the level outside the band, whatever the evidence', () => {
    for (const level of [FAQ_GUESS, FAQ_ANSWER]) {
      expect(faqReaches(faq('e', level + FAQ_LEVEL_BAND + 0.01, LOOSE), level)).toBe(true);
      expect(faqReaches(faq('e', level - FAQ_LEVEL_BAND - 0.01, HELD), level)).toBe(false);
    }
  });
  it('inside the band, an entry holding most of the message’s words reaches the level, on either side of it', () => {
    for (const level of [FAQ_GUESS, FAQ_ANSWER]) {
      for (const delta of [-0.02, -0.01, 0, 0.01, 0.02]) {
        expect(faqReaches(faq('e', level + delta, HELD), level), `${level}${delta}`).toBe(true);
        expect(faqReaches(faq('e', level + delta, LOOSE), level), `${level}${delta}`).toBe(false);
      }
    }
  });
  it('inside the band, distinctive content is needed to lift a reading under the level, not to keep one over it', () => {
    const withEvidence = (score: number, coverage: number, evidence: number) => withCoverage({ kind: 'faq', id: 'e', score }, coverage, evidence);
    for (const level of [FAQ_GUESS, FAQ_ANSWER]) {
      // "j'ai 17": its one word in an entry (coverage 1) but no distinctive content: not lifted.
      expect(faqReaches(withEvidence(level - 0.01, 1, 0), level)).toBe(false);
      expect(faqReaches(withEvidence(level - 0.01, 1, 0.5), level)).toBe(true);
      // "je suis en fauteuil roulant, quel métier ?": the entry holds most words (a notion the evidence misses): kept.
      expect(faqReaches(withEvidence(level + 0.02, 0.75, 0), level)).toBe(true);
      expect(faqReaches(withEvidence(level + 0.02, LOOSE, 0), level)).toBe(false);
    }
    expect(faqHitReaches({ probability: FAQ_COURSE + 0.02, coverage: 1, evidence: 0 }, FAQ_COURSE)).toBe(true);
    expect(faqHitReaches({ probability: FAQ_COURSE - 0.02, coverage: 1, evidence: 0 }, FAQ_COURSE)).toBe(false);
  });
  it('a reading without noted evidence (built by hand, a topic) is decided by the level', () => {
    expect(faqReaches(faq('e', FAQ_GUESS - 0.01), FAQ_GUESS)).toBe(false);
    expect(faqReaches(faq('e', FAQ_GUESS + 0.01), FAQ_GUESS)).toBe(true);
    expect(faqReaches(topic, 0.1)).toBe(false);
    expect(reaches(0.29, 0.3, 0.03, undefined)).toBe(false);
  });
  it('the matcher’s first hit against FAQ_COURSE: the same band', () => {
    expect(faqHitReaches({ probability: FAQ_COURSE - 0.02, coverage: 1, evidence: 0.5 }, FAQ_COURSE)).toBe(true);
    expect(faqHitReaches({ probability: FAQ_COURSE + 0.02, coverage: 0.4, evidence: 0.5 }, FAQ_COURSE)).toBe(false);
    expect(faqHitReaches({ probability: FAQ_COURSE + 0.05, coverage: 0.4, evidence: 0.5 }, FAQ_COURSE)).toBe(true);
    expect(faqHitReaches(undefined, FAQ_COURSE)).toBe(false);
  });
  it('near READING_MARGIN, of two entries the one holding more of the message leads; equal, the margin decides', () => {
    const just = READING_MARGIN - 0.01;
    const over = READING_MARGIN + 0.01;
    expect(leadsByMargin(faq('a', 0.5 + just, 0.9), faq('b', 0.5, 0.6))).toBe(true);
    expect(leadsByMargin(faq('a', 0.5 + over, 0.6), faq('b', 0.5, 0.9))).toBe(false);
    expect(leadsByMargin(faq('a', 0.5 + just, 0.8), faq('b', 0.5, 0.8))).toBe(false);
    expect(leadsByMargin(faq('a', 0.5 + over, 0.8), faq('b', 0.5, 0.8))).toBe(true);
    // Outside the band, or against a topic: the margin.
    expect(leadsByMargin(faq('a', 0.5 + READING_MARGIN + READING_MARGIN_BAND + 0.01, 0.2), faq('b', 0.5, 1))).toBe(true);
    expect(leadsByMargin(faq('a', 0.5 + READING_MARGIN - READING_MARGIN_BAND - 0.01, 1), faq('b', 0.5, 0.2))).toBe(false);
    expect(leadsByMargin(faq('a', 0.3 + just, 1), { ...topic, score: 0.3 })).toBe(false);
  });
});

describe('the routing table goes by the evidence inside a band', () => {
  // Fixture understandings (no knowledge load): one entry read just under or just over the guess line.
  const under = FAQ_GUESS - 0.015;
  const over = FAQ_GUESS + 0.015;
  it('an entry read just under the guess line that holds the whole message is answered', () => {
    const d = decideRoute(input('on a combien d’heures de cours au cfa par an ?', { intent: 'faq', confidence: 0.4, faq: [['temps-formation-cfa', under, 1, 0.2]] }));
    expect(d.rule).toBe('faq-lead');
    expect(d.route).toMatchObject({ kind: 'faq_entry', id: 'temps-formation-cfa' });
  });
  it('an entry read just over it that shares a word or two of the message is no guess (near miss)', () => {
    const d = decideRoute(input('t’es un robot ou un humain ?', { intent: 'faq', confidence: 0.4, faq: [['handicap-amenagements-formation', over, 0.4, 0.05]] }));
    expect(d.rule).not.toBe('faq-lead');
  });
  // Own phrasings, each with the entry it is all about, read anywhere inside the band under the guess line.
  const HELD_UNDER: ReadonlyArray<[string, string, number]> = [
    ['la période d’essai elle dure combien en apprentissage', 'periode-essai', FAQ_GUESS - 0.025],
    ['je veux arrêter mon contrat, je fais comment', 'rupture-contrat', FAQ_GUESS - 0.02],
    ['le contrat d’un mineur il est signé par qui', 'cerfa-contrat-apprentissage', FAQ_GUESS - 0.01],
    ['j’ai droit à combien de congés payés en apprentissage', 'conges-payes', FAQ_GUESS - 0.005],
    ['le cfa c’est payant pour moi ?', 'formation-gratuite', FAQ_GUESS - 0.02],
    ['il faut une visite médicale avant de commencer ?', 'visite-medicale', FAQ_GUESS - 0.015],
    ['je suis malade je dois prévenir qui', 'arret-maladie', FAQ_GUESS - 0.025],
    ['c’est quoi un maître d’apprentissage', 'maitre-apprentissage', FAQ_GUESS - 0.01],
  ];
  it.each(HELD_UNDER)('"%s" is answered by %s (read just under the guess line, all its words in the entry)', (text, id, p) => {
    const d = decideRoute(input(text, { intent: 'faq', confidence: 0.4, faq: [[id, p, 1, 0.3]] }));
    expect(d.rule).toBe('faq-lead');
    expect(d.route).toMatchObject({ kind: 'faq_entry', id });
  });
  // Near misses: an entry just over the line sharing a word or two by chance is no guess; far over it, the level.
  const LOOSE_OVER: ReadonlyArray<[string, string, number]> = [
    ['t’es un robot ou un humain ?', 'handicap-amenagements-formation', FAQ_GUESS + 0.02],
    ['bon je te laisse bye', 'la-bonne-alternance', FAQ_GUESS + 0.01],
    ['météo demain', 'arret-maladie', FAQ_GUESS + 0.005],
    ['tu connais le code wifi du cfa', 'cfa-definition', FAQ_GUESS + 0.02],
    ['t’es nul tu sers à rien', 'taches-sans-rapport-formation', FAQ_GUESS + 0.015],
    ['c’est quoi ta couleur préférée', 'conges-payes', FAQ_GUESS + 0.025],
    ['où en est mon dossier, je m’appelle Kevin', 'formation-gratuite', FAQ_GUESS + 0.01],
    ['bonne journée à vous', 'la-bonne-alternance', FAQ_GUESS + 0.02],
  ];
  it.each(LOOSE_OVER)('"%s" is not answered by %s (just over the line, few of its words in the entry)', (text, id, p) => {
    expect(decideRoute(input(text, { intent: 'none', confidence: 0.3, faq: [[id, p, 0.3, 0.05]] })).rule).not.toBe('faq-lead');
  });
  it('far from the line, the level decides as before (near misses)', () => {
    expect(decideRoute(input('c’est quoi la période d’essai ?', { intent: 'faq', faq: [['periode-essai', 0.8, 0.4]] })).rule).toBe('faq-lead');
    expect(decideRoute(input('météo demain', { intent: 'faq', confidence: 0.3, faq: [['arret-maladie', 0.03, 1]] })).rule).not.toBe('faq-lead');
  });
});

describe('first turns near a level (dev + blind 29, the round-31 measure)', () => {
  let kb: KnowledgeBase;
  let near: NearLevel[];
  beforeAll(async () => {
    kb = (await sharedKnowledge()).current;
    near = nearThresholds(kb, firstTurns(['../shared/eval/dev.yaml', 'tests/eval/blind-29.yaml']));
  }, 180_000);
  it('no FAQ level is decided by the bare level any more', () => {
    const bare = near.filter((n) => (n.level === 'FAQ_GUESS' || n.level === 'FAQ_ANSWER' || n.level === 'FAQ_COURSE') && n.decidedBy === 'level');
    expect(bare.map((n) => `${n.level} ${n.score.toFixed(3)} ${n.text}`)).toEqual([]);
  });
/** Measured after the bands: 3 of these first turns (all topic readings, which have no band yet). */
const MAX_BARE = 5;
  it('few messages are left to a bare level (topics have no evidence of their own yet)', () => {
    // See docs/understanding.md, round 32.
    const bare = new Set(near.filter((n) => n.decidedBy === 'level').map((n) => n.text));
    expect(bare.size, [...bare].join('\n')).toBeLessThanOrEqual(MAX_BARE);
  });
});
