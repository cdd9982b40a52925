import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * "comment trouver un candidat ?", "où recruter un apprenti ?", "je cherche un apprenti en plomberie près de
 * Cherbourg, comment trouver un candidat ?": an employer asks how to find an apprentice. The trade and the town in
 * the message are those of the post, not a course searched (review 21, E3: a list of training centres 65 km away):
 * the search for an apprentice answers it (for an employer, the entry on the steps to hire: La bonne alternance to
 * publish an offer, the CFA; side.ts). "y a un CFA de plomberie près de Cherbourg ?" asks for places: not this.
 */

/** Finding or recruiting someone to hire: "trouver un candidat", "recruter une apprentie", "dénicher un alternant". */
const FIND_CANDIDATE =
  /\b(?:trouver|chercher|denicher|trouve|trouvons|ou recruter|ou embaucher)\b(?:\s+\S+){0,2}?\s+(?:un|une|des|mon|ma|notre|nos|le|la|les|de|d) ?(?:bon |bonne |futur |futurs |futures |future )?(?:candidat|candidate|candidats|candidates|apprenti|apprentie|apprentis|apprenties|alternant|alternante|alternants|alternantes)\b/;
/** Asked how or where: "comment", "où", "par où", "quel site", "qui peut". */
const HOW_OR_WHERE = /\b(?:comment|ou|quel site|quels sites|qui peut|qui pourrait|par quel moyen|quel moyen|quels moyens|des conseils|aidez moi|aide moi)\b/;

/** "Nous voulons recruter un apprenti, par où commencer ?": the steps to hire are asked, their entry answers. */
const STEPS_ASKED = /\b(?:par ou commencer|etapes?|demarches?|formalites?)\b/;

export function candidateSought(u: Understanding): boolean {
  return u.kind === 'text' && FIND_CANDIDATE.test(u.normalized) && HOW_OR_WHERE.test(u.normalized) && !STEPS_ASKED.test(u.normalized);
}
