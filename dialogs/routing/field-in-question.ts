import type { Understanding } from '../../src/nlu/understanding.js';
import { hasQuestionWord } from './asks.js';
import { namesConcept, namesPlace, OWN_QUESTION_CONCEPTS } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';
import { tradeTrainingAsked } from './trade-training-asked.js';

/**
 * Words that tell a liking or a wish for a field of work: "j'adore", "passionné de", "c'est mon truc", "ça me plaît",
 * "je voudrais", "un métier dans", "travailler avec". Without one of them, the words of a field in a message are the
 * setting of something else ("mon chien", "le CFA du bâtiment", "la crèche pour mon bébé").
 */
const LIKES =
  /\b(?:jhesite|hesite|hesites|hesitent|hesitons|hesitez|hesitais|aime|aimes|aimons|aimez|aimerais|aimerait|aimerai|adore|adores|adorez|kiffe|kiffes|kif|passion|passionne|passionnee|passionnes|passionnees|interesse|interessee|interesses|interessent|interesserait|plait|plaisent|plairait|attire|attirent|branche|branchent|truc|fan|envie|veux|veut|voudrais|voudrait|souhaite|souhaiterais|reve|revent|devenir|orienter|orientation|metier|metiers|travailler|bosser|taffer|domaine|secteur|faire|pratique|pratiques|joue|joues|bricole|bricoles|dessine|dessines)\b|\b(?:fait|fais|font) (?:du|de la|de le|des)\b/;

/**
 * A question of what to do, study or become ("quel métier ?", "quoi comme formation", "y a quoi dans la vente ?", "ça
 * recrute ?", "pour lui ?"): the quiz's own, or the field's.
 */
const ORIENTATION_QUESTION =
  /\b(?:quel|quelle|quels|quelles) (?:\S+ )?(?:metier|metiers|formation|formations|diplome|diplomes|etudes|voie|voies|filiere|filieres|cap|bac|bts|apprentissage|alternance)\b|\bquoi comme\b|\bfaire quoi\b|\b(?:il y a|y a|ya|yaurait|y aurait) quoi\b|\bdebouches?\b|\brecrutent?\b|\bembauchent?\b|\bpour (?:moi|lui|elle|eux|elles)\b|\bdes idees\b|\bconseil/;

/** Asked beside the field: a question mark, a question word, "je peux", "est-ce que", "y a". */
const ASKS = /\b(?:je peux|on peut|est ce que|y a|il y a|ya)\b/;

/** Hesitating between two (trades or fields): "j'hésite entre X et Y", "mon fils hésite entre X ou Y". */
const HESITATES_BETWEEN = /\bj?hesit\w* entre\b.*\b(?:et|ou)\b/;

/** A message of a few words ("la cuisine ?", "et les animaux ?") names the field: that is its whole point. */
const CONTEXT_MIN_WORDS = 5;

/**
 * "je peux venir avec mon chien au CFA ?", "je m'entends plus avec ma patronne au salon de coiffure, qui peut nous
 * aider ?": a field named, with no word of liking or wishing it, in a message that asks something. The field is the
 * setting of the question, not an interest to start the guided quiz from.
 */
export function fieldOnlyAsContext(u: Understanding): boolean {
  if (u.facts.interests.length === 0 || u.words < CONTEXT_MIN_WORDS || LIKES.test(u.normalized) || ORIENTATION_QUESTION.test(u.normalized)) return false;
  // "et pâtissier ça se prépare comment ?": a trade named with its training asked; the field is that trade's own name
  // (its word reads the interest), not the setting of another question.
  if (tradeTrainingAsked(u)) return false;
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
  // "j'hésite entre la coiffure et l'esthétique, quels diplômes ?": two named, the trade read is only one of them; the
  // field's trades (with both) and their diplomas answer.
  if (u.trade !== undefined && u.trade.score >= CLEAR_TRADE && !HESITATES_BETWEEN.test(u.normalized)) return false;
  // "où faire un bac pro mécanique ?": where to learn a diploma of the field is the course search (it asks the town).
  if (u.cues.whereToLearn) return false;
  return u.cues.whichDiploma || (u.facts.diplomaType !== undefined && (u.text.includes('?') || hasQuestionWord(u)));
}

/**
 * "quel métier je pourrais faire ?" while the quiz, told the fields liked, asks an age: the question the quiz is
 * there to answer, asked straight. The fields' trades answer it now (sendFieldTrades takes the profile's fields),
 * rather than the quiz's first question again, word for word (review 26, J11). Only a question of what to do, with no
 * field, trade, diploma or place of its own (those are read by the rules above).
 */
export function tradesAskedOfKnownFields(u: Understanding, interestsKnown: readonly string[] | undefined): boolean {
  if ((interestsKnown?.length ?? 0) === 0 || u.facts.interests.length > 0 || u.facts.diplomaType !== undefined) return false;
  if ((u.trade !== undefined && u.trade.score >= CLEAR_TRADE) || namesPlace(u) || u.outside !== undefined) return false;
  return /\b(?:quel|quels|quelle|quelles|quoi comme|des idees de) (?:\S+ )?metiers?\b|\bfaire quoi\b|\bje (?:pourrais|peux|pourrai) faire quoi\b/.test(u.normalized);
}

/**
 * The names of broad fields of work, each leading to several trades: a trade read from one of them alone
 * ("informatique" read as the developer, "logistique" as the storekeeper) is the field named, not that trade. A word
 * that names one trade's own craft ("plomberie", "coiffure", "cuisine") stays that trade.
 */
const FIELD_NAMES: ReadonlySet<string> = new Set([
  'informatique', 'numerique', 'logistique', 'transport', 'transports', 'restauration', 'hotellerie', 'mecanique', 'vente',
  'commerce', 'batiment', 'btp', 'agriculture', 'agricole', 'industrie', 'sante', 'social', 'animation', 'securite', 'gestion',
]);

/** The trade read, if any, comes from the name of a field alone (see FIELD_NAMES). */
export function tradeReadFromFieldName(u: Understanding): boolean {
  return u.trade !== undefined && FIELD_NAMES.has(u.trade.phrase);
}

/** A field named with no trade of its own: no trade read, or one read from the field's name alone. */
export function onlyFieldNamed(u: Understanding): boolean {
  return u.facts.interests.length > 0 && (u.trade === undefined || tradeReadFromFieldName(u)) && u.facts.diplomaType === undefined && u.outside === undefined;
}

/** A word of a course or of training: "formation", "CFA", "école", "se former". */
const COURSE_WORD = /\b(?:formation|formations|cfa|ecole|ecoles|former|etudes)\b/;

/**
 * "j'habite à Bayeux, je veux bosser dans le bâtiment, y a quoi comme formations ?", "dans l'agriculture près de
 * Saint-Lô, quelles formations en alternance ?": a field, a town, and the courses asked. The field's main trades with
 * the place nearest that town teaching their diplomas answer it; "quelle formation cherches-tu ?" would ask again what
 * was said. A diploma named ("un CAP vente vers Cherbourg") is the course search's (the field's courses of that kind).
 */
export function fieldCoursesNearTown(u: Understanding): boolean {
  if (!onlyFieldNamed(u) || !namesPlace(u)) return false;
  const asks = u.text.includes('?') || hasQuestionWord(u);
  // "je cherche un cfa au Havre pour la vente": looking for a school is asking for its courses, question mark or not.
  return u.cues.whichDiploma || ORIENTATION_QUESTION.test(u.normalized) || (COURSE_WORD.test(u.normalized) && (asks || LIKES.test(u.normalized) || SEEKS.test(u.normalized)));
}

/** "une alternance", "un apprentissage", "un contrat d'apprentissage", "un contrat pro". */
const APPRENTICESHIP = /\b(?:alternance|apprentissage|contrat pro)\b/;
/** Looking for it: "je cherche", "trouver", "je veux", "j'aimerais faire". */
const SEEKS = /\b(?:cherche|cherches|cherchons|cherchez|recherche|recherches|recherchons|recherchez|chercher|rechercher|trouver|trouve|veux|veut|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|besoin|faire|fais|commencer)\b/;
/** The message is the apprenticeship wished, named first: "un apprentissage dans la logistique", "alternance en vente". */
const APPRENTICESHIP_FIRST = /^(?:(?:une|un|en|l|le|la) )?(?:alternance|apprentissage|contrat (?:de |d )?apprentissage|contrat pro)\b/;
/** A message longer than this is more than the wish itself; it asks something of its own. */
const WISH_MAX_WORDS = 14;
/** A question of its own beside the wish: how long, how much, from what age ("une alternance en vente ça dure combien ?"). */
const OWN_QUESTION = /\b(?:combien|dure|duree|age|salaire|rythme|quand)\b/;

/**
 * "je cherche une alternance dans l'informatique", "un apprentissage dans la logistique": an apprenticeship sought in
 * a field means both its trades and courses (what to prepare) and an employer (where to sign): the field's trades with
 * their diplomas, and the employer search offered beside them. A company or a boss named ("je cherche un patron dans
 * le bâtiment") is the employer search alone.
 */
export function fieldApprenticeshipSought(u: Understanding): boolean {
  if (!onlyFieldNamed(u) || u.cues.employerWord || u.cues.aidWord || u.words > WISH_MAX_WORDS) return false;
  if (!APPRENTICESHIP.test(u.normalized) || namesConcept(u, OWN_QUESTION_CONCEPTS) || OWN_QUESTION.test(u.normalized)) return false;
  return SEEKS.test(u.normalized) || APPRENTICESHIP_FIRST.test(u.normalized);
}
