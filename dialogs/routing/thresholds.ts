/**
 * Every number the routing decides with, in one place. Each was chosen on the training phrases or on the team's
 * own conversation sets, never on a held-out set.
 */

/** Below this, the classifier's intent is a hint, not a decision. */
export const SURE = 0.5;
/** A trade match this good names a trade even when the intent is unclear. */
export const CLEAR_TRADE = 0.75;
/** Trade matches at or above this score name the trade word for word (an alias or a job title). */
export const EXACT_TRADE = 1;
/** A second intent this strong may win over a weak "faq". */
export const SECOND_INTENT = 0.3;
/** An aid intent at least this strong in the top two makes the message lean to aids. */
export const AID_INTENT_NEAR = 0.2;
/** How close the aid intents together must come to the salary intent for the word "aide" to settle it. */
export const AID_TIE = 0.8;
/** Below this, a find-employer intent gives way to a sure FAQ answer. */
export const FIND_EMPLOYER_SURE = 0.7;
/** Short messages that only state a detail ("j'ai 19 ans", "on est 30 salariés") answer the last topic. */
export const BARE_DETAIL_MAX_WORDS = 6;
/** A correction ("non pardon, on est 260 en fait…") may be this long and still only restate a detail. */
export const CORRECTION_MAX_WORDS = 12;
/** The classifier's "faq" this sure sends the message to the FAQ even when no entry matches decisively. */
export const FAQ_INTENT_SURE = 0.75;
/** Below this, a topic intent does not outweigh the conversation's last topic for a follow-up. */
export const FOLLOW_UP_OVERRIDE = 0.8;
/** A definition question is short; a longer message naming a kind of diploma asks something else about it. */
export const DEFINITION_MAX_WORDS = 10;
/** A FAQ hit this strong (lunr score × coverage²) and this far ahead is the question itself. */
export const FAQ_DECISIVE = { score: 8, coverage: 0.75, margin: 3 };
/** How sure the FAQ search must be to answer straight away; below, the two best matches are offered. */
export const FAQ_SURE = { coverage: 0.6, margin: 1.3, alone: 0.85 };
/**
 * A long message shares only half its words with any question ("mon fils mineur doit-il avoir combien de jours de
 * repos par semaine ?"), yet one entry can still stand well clear of the next: then it is the answer.
 */
export const FAQ_CLEAR_LEAD = { coverage: 0.45, margin: 1.75 };
/** A FAQ hit this well covered answers when nothing else is clear. */
export const FAQ_LAST_RESORT_COVERAGE = 0.5;
/** A training question with nothing to look a course up by is the FAQ's when the hit covers this much. */
export const FAQ_COURSE_COVERAGE = 0.6;
/** A single FAQ hit this well covered is answered when the FAQ dialog runs. */
export const FAQ_SINGLE_HIT_COVERAGE = 0.4;
