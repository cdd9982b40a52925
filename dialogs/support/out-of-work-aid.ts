import type { AidEvaluation } from '../../src/rules/aids.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { Persona } from '../../src/knowledge/schema/vocabulary.js';
import type { Profile } from './state.js';
import { neitherJobNorTrainingTold } from '../../src/nlu/neither-job-nor-training.js';

/** The statuses of someone with neither a job nor a training: the CEJ's whole audience. */
const NEITHER_JOB_NOR_TRAINING = new Set(['sans_emploi_ni_formation', 'demandeur_emploi']);

/** An aid only for people with neither a job nor a training (the contrat d'engagement jeune). */
export function forPeopleOutOfWorkOnly(aid: Aid): boolean {
  const allowed = aid.conditions.status;
  return allowed !== undefined && allowed.length > 0 && allowed.every((s) => NEITHER_JOB_NOR_TRAINING.has(s));
}

/**
 * Review 16 (J6, P4): the CEJ was listed as "may concern you" to a parent asking what their apprentice child's
 * costs are covered by, and to a young person who had just been told an apprentice's pay for a contract year. Its
 * condition is "no job and no training": it is left out of a list while nothing says the person has neither, and the
 * conversation is about an apprentice (a parent's list is "for an apprentice and his family"; a contract year or a pay
 * told is a contract's). Told "sans emploi ni formation", it is listed (the evaluation is then no longer unknown), and
 * so it is when neither is said in two negations.
 */
/** Out of work told: "je travaille pas", "sans emploi", "au chômage", "pas de boulot". */
const OUT_OF_WORK = /\b(?:(?:je|j) (?:ne |n )?(?:travaille|bosse|taffe) (?:pas|plus)|sans (?:emploi|travail|boulot|taf)|au chomage|chomeur|chomeuse|pas de (?:travail|boulot|taf|job))\b/;

export function outOfWorkAidOffTheList(e: AidEvaluation, aid: Aid, _profile: Profile, _persona: Persona, normalized: string): boolean {
  if (e.status !== 'unknown' || !e.missing.includes('status') || !forPeopleOutOfWorkOnly(aid)) return false;
  // "il ne travaille pas et n'est pas en formation": neither said in two negations, which the status reading leaves
  // out (and the routing of out-of-work questions relies on that): the CEJ stays on the list.
  if (neitherJobNorTrainingTold(normalized)) return false;
  // "je travaille pas, j'ai 19 ans, quelles aides ?": out of work told, the CEJ is theirs to weigh (content-round21).
  if (OUT_OF_WORK.test(normalized)) return false;
  // Round 31 (review 21 X2): every list of aids answers about apprenticeship ("les aides d'un jeune en
  // apprentissage"), so an aid for people with neither a job nor a training is listed only to someone who said so
  // (their status, or the two negations above), whoever asks.
  return true;
}

