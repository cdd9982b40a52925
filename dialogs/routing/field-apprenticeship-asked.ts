import type { Understanding } from '../../src/nlu/understanding.js';
import { namesConcept, namesPlace, OWN_QUESTION_CONCEPTS } from './facts.js';
import { onlyFieldNamed } from './field-in-question.js';

/**
 * A field of work named with apprenticeship, where the rules before read only "a field without a liking" (the
 * setting of another question: "not covered") or a training topic without a trade ("quelle formation cherches-tu ?"):
 * - "la vente ça se fait en apprentissage ?", "vendeur en magasin, on peut l'apprendre en alternance ?": whether the
 *   field is learnt in apprenticeship. Its main trades with the diplomas that lead to them answer it (yes, and which).
 * - "j'habite dans le 50 à Saint-Lô et je veux faire de la mécanique en alternance": a field wished in apprenticeship
 *   with a town, in a message too long for field-apprenticeship-sought. The field's trades with the place nearest
 *   that town teaching each answer it; the employer search is offered beside them.
 * A trade read clearly, a diploma named, an employer, an aid or a question of its own (pay, length, age) keep theirs.
 */

/** Apprenticeship named: "alternance", "apprentissage" (and typos), "en apprenti", "contrat pro". */
const APPRENTICESHIP = /\b(?:alternance|alternence|alternanse|alternant|apprentissage|apprentisage|aprentissage|aprentisage|en apprenti|contrat pro)\b/;

/**
 * Whether it can be done that way: "on peut", "ça existe", "c'est possible", "ça se fait", "s'apprend", "se prépare",
 * "y a de l'alternance", "je peux faire".
 */
const POSSIBLE_ASKED =
  /\b(?:on peut|peut on|je peux|jpeux|je pourrais|il peut|elle peut|peut il|peut elle|pouvons nous|peut se|peuvent|possible|existe|existent|(?:ca|sa|cela) se fait|se fait|se font|se faire|apprendre|apprend|sapprend|se prepare|preparer|y a|il y a|ya)\b/;

/** Wishing or seeking it: "je veux faire", "je voudrais", "je cherche", "j'aimerais", "intéressé par". */
const WISHES =
  /\b(?:veux|veut|veu|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|cherche|cherches|recherche|envie|interesse|interessee|faire|commencer)\b/;

/** A question of its own beside the field: how long, how much, from what age, when, how to enrol. */
const OWN_QUESTION = /\b(?:combien|dure|duree|age|ans|salaire|paye|rythme|quand|inscri\w*|aide|aides)\b/;

/** A message longer than this tells a story around the question; the field's trades would answer only part of it. */
const POSSIBLE_MAX_WORDS = 18;
/** The wish with a town may come with who and where one is ("j'habite dans le 50 à Saint-Lô…"). */
const WISH_NEAR_TOWN_MAX_WORDS = 30;

function fieldWithApprenticeship(u: Understanding): boolean {
  if (u.kind !== 'text' || !onlyFieldNamed(u) || u.cues.employerWord || u.cues.aidWord) return false;
  if (!APPRENTICESHIP.test(u.normalized) || OWN_QUESTION.test(u.normalized)) return false;
  return !namesConcept(u, OWN_QUESTION_CONCEPTS);
}

/** "la vente ça se fait en apprentissage ?": whether the field is learnt in apprenticeship (see the module's comment). */
export function fieldInApprenticeshipAsked(u: Understanding): boolean {
  if (!fieldWithApprenticeship(u) || namesPlace(u) || u.words > POSSIBLE_MAX_WORDS) return false;
  return POSSIBLE_ASKED.test(u.normalized) && (u.text.includes('?') || u.cues.questionWord || /\b(?:est ce que|possible|existe)\b/.test(u.normalized));
}

/** "je suis vers Lisieux, je veux faire de la mécanique en alternance": the field wished with a town (see above). */
export function fieldApprenticeshipNearTown(u: Understanding): boolean {
  if (!fieldWithApprenticeship(u) || !namesPlace(u) || u.words > WISH_NEAR_TOWN_MAX_WORDS) return false;
  return WISHES.test(u.normalized) || POSSIBLE_ASKED.test(u.normalized);
}
