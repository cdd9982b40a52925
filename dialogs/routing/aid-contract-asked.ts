import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { ContractType } from '../../src/knowledge/schema/vocabulary.js';
import { aidStatus } from '../../src/rules/aids.js';
import type { Route, RoutingInput } from './route.js';

/**
 * Round 29 (review 19, E3 T4): "l'aide de 2026 pour les apprentis s'applique-t-elle aussi à ce contrat de
 * professionnalisation ?", "et l'aide à l'embauche, ça marche en contrat pro ?", "l'aide des 45 ans vaut pour un
 * apprenti ?". Whether an aid covers another kind of contract is a yes/no its own conditions settle (its
 * `contract_types`, knowledge/aides.yaml): "Non : elle ne vaut que pour un contrat d'apprentissage", then the aids of
 * the contract asked about — not the same list again with no word on the question.
 */

/** Asking whether it applies, is valid, works, counts for that contract too. */
const APPLIES_ASKED =
  /\b(?:s applique\w*|applique|appliquer|applicable|vaut|valent|vaudrait|valable|marche|marcherait|fonctionne|concerne|compte|eligible|ouverte?|aussi|egalement|pareil|meme chose|y a droit|a droit|ai droit|avons droit|avez droit|touche|toucher|toucherai|beneficier)\b/;

/** The words that name an aid meant for the other kind of contract than the one asked ("l'aide pour les apprentis"). */
const CONTRACT_WORDS: Record<ContractType, RegExp> = {
  apprentissage: /\b(?:apprenti|apprentie|apprentis|apprenties|apprentissage)\b/,
  professionnalisation: /\b(?:contrat pro|contrats pro|professionnalisation|45 ans)\b/,
};

/** "aide", "prime", "coup de pouce": an aid spoken of, not named. */
const AID_SPOKEN = /\b(?:aide|aides|prime|primes|subvention|coup de pouce)\b/;

/** A message longer than this tells a story with questions of its own. */
const MAX_WORDS = 30;

const OTHER: Record<ContractType, ContractType> = { apprentissage: 'professionnalisation', professionnalisation: 'apprentissage' };

/** The aid asked about: named, else spoken of with the other contract's words, else the one card in view. */
function aidAsked(input: RoutingInput, asked: ContractType): Aid | undefined {
  const { understanding: u, data } = input;
  if (u.aid) return u.aid;
  const other = OTHER[asked];
  const current = input.aids.filter((a) => a.who.includes('employeur') && aidStatus(a, input.today) === 'current' && a.conditions.contract_types?.length === 1 && a.conditions.contract_types[0] === other);
  const withoutAsked = u.normalized.replace(CONTRACT_WORDS[asked], ' ');
  if (AID_SPOKEN.test(u.normalized) && CONTRACT_WORDS[other].test(withoutAsked) && current.length > 0) {
    // The general hiring aid of that contract (no condition of age or disability) before the particular ones.
    return current.find((a) => a.conditions.age === undefined && a.conditions.disability !== true) ?? current[0];
  }
  if (data.lastTopic === 'aids' && data.lastAid !== undefined) return input.aids.find((a) => a.id === data.lastAid);
  return undefined;
}

/**
 * An aid asked about for a kind of contract its conditions leave out: the aids of that contract, led by "no, that aid
 * is only for …". A contract the aid covers, or an aid with no condition on the contract, is not this question.
 */
export function aidOtherContractAsked(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.words > MAX_WORDS) return undefined;
  const asked = u.facts.contractType;
  if (asked === undefined || !APPLIES_ASKED.test(u.normalized)) return undefined;
  if (!AID_SPOKEN.test(u.normalized) && !(input.data.lastTopic === 'aids' && input.data.lastAid !== undefined)) return undefined;
  const aid = aidAsked(input, asked);
  const types = aid?.conditions.contract_types;
  if (aid === undefined || types === undefined || types.length !== 1 || types.includes(asked)) return undefined;
  return { kind: 'topic', topic: 'aids', lead: { key: `aid.contract_only.${types[0]}`, values: { aid: aid.title } } };
}
