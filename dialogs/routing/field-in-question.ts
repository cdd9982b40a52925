import type { Understanding } from '../../src/nlu/understanding.js';
import { hasQuestionWord } from './asks.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * Words that tell a liking or a wish for a field of work: "j'adore", "passionné de", "c'est mon truc", "ça me plaît",
 * "je voudrais", "un métier dans", "travailler avec". Without one of them, the words of a field in a message are the
 * setting of something else ("mon chien", "le CFA du bâtiment", "la crèche pour mon bébé").
 */
const LIKES =
  /\b(?:aime|aimes|aimons|aimez|aimerais|aimerait|aimerai|adore|adores|adorez|kiffe|kiffes|kif|passion|passionne|passionnee|passionnes|passionnees|interesse|interessee|interesses|interessent|interesserait|plait|plaisent|plairait|attire|attirent|branche|branchent|truc|fan|envie|veux|veut|voudrais|voudrait|souhaite|souhaiterais|reve|revent|devenir|orienter|orientation|metier|metiers|travailler|bosser|taffer|domaine|secteur|faire|pratique|pratiques|joue|joues|bricole|bricoles|dessine|dessines)\b|\b(?:fait|fais|font) (?:du|de la|de le|des)\b/;

/**
 * A question of what to do, study or become ("quel métier ?", "quoi comme formation", "y a quoi dans la vente ?", "ça
 * recrute ?", "pour lui ?"): the quiz's own, or the field's.
 */
const ORIENTATION_QUESTION =
  /\b(?:quel|quelle|quels|quelles) (?:\S+ )?(?:metier|metiers|formation|formations|diplome|diplomes|etudes|voie|voies|filiere|filieres|cap|bac|bts|apprentissage|alternance)\b|\bquoi comme\b|\bfaire quoi\b|\b(?:il y a|y a|ya|yaurait|y aurait) quoi\b|\bdebouches?\b|\brecrutent?\b|\bembauchent?\b|\bpour (?:moi|lui|elle|eux|elles)\b|\bdes idees\b|\bconseil/;

/** Asked beside the field: a question mark, a question word, "je peux", "est-ce que", "y a". */
const ASKS = /\b(?:je peux|on peut|est ce que|y a|il y a|ya)\b/;

/** A message of a few words ("la cuisine ?", "et les animaux ?") names the field: that is its whole point. */
const CONTEXT_MIN_WORDS = 5;

/**
 * "je peux venir avec mon chien au CFA ?", "je m'entends plus avec ma patronne au salon de coiffure, qui peut nous
 * aider ?": a field named, with no word of liking or wishing it, in a message that asks something. The field is the
 * setting of the question, not an interest to start the guided quiz from.
 */
export function fieldOnlyAsContext(u: Understanding): boolean {
  if (u.facts.interests.length === 0 || u.words < CONTEXT_MIN_WORDS || LIKES.test(u.normalized) || ORIENTATION_QUESTION.test(u.normalized)) return false;
  return u.text.includes('?') || hasQuestionWord(u) || ASKS.test(u.normalized);
}

/**
 * "les animaux c'est mon truc, quel diplôme en alternance ?", "passionné de mécanique, je peux faire quoi comme
 * CAP ?", "j'aime bien le bâtiment, il y a quelles formations ?": a field liked, and the training asked in the same
 * message. The field's trades with their diplomas answer at once; the quiz's questions would only delay it. A trade
 * read clearly ("j'adore cuisiner": cuisinier) or a town named keeps its own answer (the trade's card, the places).
 */
export function fieldTrainingAsked(u: Understanding): boolean {
  if (u.facts.interests.length === 0 || !LIKES.test(u.normalized) || namesPlace(u) || u.outside !== undefined) return false;
  if (u.trade !== undefined && u.trade.score >= CLEAR_TRADE) return false;
  // "où faire un bac pro mécanique ?": where to learn a diploma of the field is the course search (it asks the town).
  if (u.cues.whereToLearn) return false;
  return u.cues.whichDiploma || (u.facts.diplomaType !== undefined && (u.text.includes('?') || hasQuestionWord(u)));
}
