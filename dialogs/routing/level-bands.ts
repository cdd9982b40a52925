/**
 * Round 32 (issue 11): a reading compared with a fixed level flips whenever the models move a little, if it sits right
 * at the level (53 of 815 first turns within 0.03 of one, round 31). Around a level, a narrow band is decided by the
 * message's own evidence, which does not move with the models; outside the band, the level decides as before. Where
 * there is no evidence (a topic, a reading built by hand in a test), the level decides everywhere.
 */
import type { Reading } from './readings.js';
import type { FaqHit } from '../../src/nlu/understanding.js';
import { BAND_COVERAGE, FAQ_LEVEL_BAND, READING_MARGIN, READING_MARGIN_BAND, WEAK_LAST_RESORT_EVIDENCE } from './thresholds.js';

/**
 * `score ≥ level`, except within `band` of the level, where `supported` decides (the message's words are for this
 * reading, or not); undefined support leaves the level to decide.
 */
export function reaches(score: number, level: number, band: number, supported: boolean | undefined): boolean {
  if (supported === undefined || Math.abs(score - level) >= band) return score >= level;
  return supported;
}

/**
 * The share of the message's meaningful words each FAQ reading's entry holds (its `coverage`, src/nlu/faq-matcher.ts),
 * kept beside the reading rather than in it: readings are offered as "did you mean" choices, and the routes stay as
 * they were. Absent for a reading built by hand (a test's, a choice's): the level decides it.
 */
const coverages = new WeakMap<Reading, number>();
const evidences = new WeakMap<Reading, number>();

/** The reading, with the coverage of its entry noted (readings.ts). */
export function withCoverage(r: Reading, coverage: number, evidence = 1): Reading {
  coverages.set(r, coverage);
  evidences.set(r, evidence);
  return r;
}

export const coverageOf = (r: Reading): number | undefined => coverages.get(r);

/**
 * Whether the message's words support a FAQ reading: the entry holds most of them (BAND_COVERAGE). A reading under the
 * level is lifted only if the distinctive content it holds says so too ("j'ai 17": its one word is in an entry,
 * coverage 1, which says nothing of what is asked); one over the level keeps its place unless the entry holds too few
 * of the words (the integration of round 32: "je suis en fauteuil roulant, quel métier ?" holds the disability entry
 * through an everyday notion the evidence does not count, and was read at 0.14 before).
 */
export function wordsSupport(r: Reading, above = false): boolean | undefined {
  const coverage = coverages.get(r);
  if (r.kind !== 'faq' || coverage === undefined) return undefined;
  return coverage > BAND_COVERAGE && (above || (evidences.get(r) ?? 0) >= WEAK_LAST_RESORT_EVIDENCE);
}

/** A FAQ reading past one of the FAQ's levels (FAQ_GUESS, FAQ_ANSWER), its band decided by the message's words. */
export function faqReaches(r: Reading | undefined, level: number): boolean {
  return r?.kind === 'faq' && reaches(r.score, level, FAQ_LEVEL_BAND, wordsSupport(r, r.score >= level));
}

/**
 * The first reading leads the second by READING_MARGIN; near that margin, between two FAQ entries, the one holding
 * more of the message's words leads (the margin decides when they hold as much, or for a topic).
 */
export function leadsByMargin(first: Reading, second: Reading): boolean {
  const margin = first.score - second.score;
  if (Math.abs(margin - READING_MARGIN) >= READING_MARGIN_BAND) return margin >= READING_MARGIN;
  const [a, b] = [coverages.get(first), coverages.get(second)];
  if (first.kind !== 'faq' || second.kind !== 'faq' || a === undefined || b === undefined || a === b) return margin >= READING_MARGIN;
  return a > b;
}

/** A FAQ hit of the matcher (its probability, before the readings' priors) past a level, its band decided the same way. */
export function faqHitReaches(hit: Pick<FaqHit, 'probability' | 'coverage' | 'evidence'> | undefined, level: number): boolean {
  return hit !== undefined && reaches(hit.probability, level, FAQ_LEVEL_BAND, hit.coverage > BAND_COVERAGE && (hit.probability >= level || hit.evidence >= WEAK_LAST_RESORT_EVIDENCE));
}
