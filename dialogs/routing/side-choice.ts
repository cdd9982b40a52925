import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { readingContextOf } from './readings.js';
import type { RoutingInput } from './route.js';
import type { Side } from '../../src/knowledge/schema/vocabulary.js';
import { audienceOf, isForSide, speakerSide } from './side.js';
import { FAQ_LAST_RESORT_COVERAGE } from './thresholds.js';

/**
 * Round 32: entries that exist in two versions, one per side (the apprentice's steps to resign, the employer's rupture;
 * the trial period for everyone), must be chosen by the speaker's side wherever the bot picks among them, not only in
 * the readings: the last resort's best hit and the entry written to be read next.
 */

/** Words naming a party whose entries are written for it (the apprentice is named by every side: not a sign). */
const PARTY_NAMED: Partial<Record<Side, RegExp>> = {
  employeur: /\b(?:patron|patronne|employeur|employeurs|entreprise|boite|maitre d apprentissage|maitresse d apprentissage|tuteur|tutrice)\b/,
  famille: /\b(?:parent|parents|famille|pere|mere)\b/,
};

/** The side the person speaks from, with what the conversation already knows of them. */
const sideOf = (input: RoutingInput) => speakerSide(input.understanding, readingContextOf(input.data.profile));

/** The first of these entries written for the speaker's side (or for everyone), else the first. */
export function firstForSide(input: RoutingInput, entries: readonly FaqEntry[]): FaqEntry | undefined {
  const side = sideOf(input);
  return entries.find((e) => isForSide(audienceOf({ kind: 'faq', entry: e }), side)) ?? entries[0];
}

/**
 * The last resort's entry: the matcher's best hit, unless it is written for another side than the speaker's and a hit
 * for this side (or for everyone) still holds the share of the message's words the last resort asks (an employer's
 * "les 45 jours, ce sont des jours calendaires ?": the trial period, not the apprentice's steps to resign).
 */
export function lastResortEntry(input: RoutingInput): string {
  const hits = input.understanding.faq;
  const best = hits[0]!;
  const side = sideOf(input);
  const audience = audienceOf({ kind: 'faq', entry: best.entry });
  if (isForSide(audience, side)) return best.entry.id;
  // "son patron aura une aide ?" from a parent: the message asks about that other party, whose entry answers it.
  if (audience?.some((s) => PARTY_NAMED[s]?.test(input.understanding.normalized))) return best.entry.id;
  const forSide = hits.find((h) => h.probability > 0 && h.coverage >= FAQ_LAST_RESORT_COVERAGE && isForSide(audienceOf({ kind: 'faq', entry: h.entry }), side));
  return (forSide ?? best).entry.id;
}
