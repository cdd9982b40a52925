/**
 * The words that name apprenticeship itself: the contract's name (apprentissage), its everyday name (alternance) and
 * the apprentice (apprenti, apprentie), normalised (no accents, lower case). The routing predicates that ask whether a
 * message speaks of apprenticeship share this one list, so that a word added here counts in all of them; one that
 * means more (apprenticeship or a CFA, or a contract) adds its own words beside APPRENTICESHIP_WORDS.
 */
export const APPRENTICESHIP_WORDS = 'apprentissage|alternance|apprenti|apprentie';

/** Apprenticeship named in a normalised text: "en alternance", "un apprentissage", "je suis apprentie". */
export const APPRENTICESHIP_WORD = new RegExp(`\\b(?:${APPRENTICESHIP_WORDS})\\b`);
