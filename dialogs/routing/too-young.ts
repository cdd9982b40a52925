import type { Understanding } from '../../src/nlu/understanding.js';
import { givesDetails, type Reading } from './readings.js';
import type { Route, RoutingInput } from './route.js';
import { MIN_APPRENTICE_AGE, MIN_APPRENTICE_AGE_AFTER_3E } from './thresholds.js';
import { APPRENTICESHIP_WORDS } from '../../src/nlu/apprenticeship-word.js';

/** The FAQ entry on the minimum age of apprenticeship (16, or 15 once the 3e is finished). */
export const AGE_MINIMUM_FAQ_ID = 'age-minimum';

/** "en 4e", "en quatrième", "en 5eme": a class before the 3e, so the 3e is not finished. */
const BEFORE_3E = /\b(?:[456] ?e|[456] ?eme|[456] ?ieme|quatrieme|cinquieme|sixieme)\b/;

/** The age told (now or before) is below what apprenticeship allows: under 15, or 15 with a class before the 3e named. */
function tooYoung(u: Understanding, age: number | undefined): boolean {
  if (age === undefined || age >= MIN_APPRENTICE_AGE) return false;
  return age < MIN_APPRENTICE_AGE_AFTER_3E || BEFORE_3E.test(u.normalized);
}

/** A word of apprenticeship itself: "apprentissage", "alternance", "CFA", "contrat". */
const APPRENTICESHIP_OR_CONTRACT = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS}|cfa|contrat)\\b`);
/** A wish or a "may I" to start: "je veux faire", "je peux signer", "commencer", "entrer". */
const WISH_TO_START = /\b(?:veux|voudrais|veut|voudrait|aimerais|aimerait|souhaite|peux|peut|pourrais|pourrait|commencer|signer|entrer|rentrer)\b/;

/**
 * The message asks where to train (a course and a place, or a word of where, or a course lead), or to start an
 * apprenticeship now ("j'ai 12 ans je veux faire un apprentissage maintenant"): either way what they may do, and
 * when, is the answer, not another age entry that shares its words.
 */
function asksWhereToTrain(u: Understanding, lead: () => Reading | undefined): boolean {
  if (givesDetails('training', u) || u.cues.whereToLearn || (u.cues.nearTown && u.facts.diplomaType !== undefined)) return true;
  if (APPRENTICESHIP_OR_CONTRACT.test(u.normalized) && WISH_TO_START.test(u.normalized)) return true;
  const best = lead();
  return best?.kind === 'topic' && best.topic === 'training';
}

/**
 * "j'ai 14 ans, je suis en 4e, où faire un CAP près de Caen ?": someone below the minimum age who asks where to train
 * hears the age rule first (what they may do and when), with the places offered after it, not places alone that
 * they cannot enter yet. Once the age rule was the last answer, the places are asked for knowingly. `lead`: the best
 * reading, computed only when the age is below the minimum.
 */
export function tooYoungForCourses(input: RoutingInput, lead: () => Reading | undefined): Route | undefined {
  const u = input.understanding;
  if (input.data.lastFaq === AGE_MINIMUM_FAQ_ID || !input.hasFaqEntry(AGE_MINIMUM_FAQ_ID)) return undefined;
  if (!tooYoung(u, u.facts.age ?? input.data.profile.age) || !asksWhereToTrain(u, lead)) return undefined;
  return { kind: 'faq_entry', id: AGE_MINIMUM_FAQ_ID, alternatives: [{ kind: 'topic', topic: 'training', score: 0 }] };
}
