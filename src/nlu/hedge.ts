import { tokenize } from '../text/normalize.js';

/*
 * "ma question est peut-être bête mais c'est quoi un apprenti ?", "dsl de déranger, combien gagne un apprenti ?", "je
 * sais pas si je suis au bon endroit mais c'est quoi un CFA ?": a hedge before a question says how the person feels
 * about asking, not what is asked. Its words ("question", "bête", "endroit", "déranger") swamp a short question for
 * the classifier, and "c'est quoi X" no longer starts the message: read without it, the question gets its answer.
 */

/** Softeners that may stand inside a hedge: "peut-être", "sans doute", "un peu". */
const SOFT = '(?:(?:peut etre|sans doute|surement|un peu|tres|trop|vraiment|completement|super|hyper) )*';
/** A question called silly. */
const SILLY = '(?:bete|betes|idiote?s?|stupides?|cons?|connes?|nulles?|naives?|debiles?|nazes?|bizarres?)';
const HEDGES = [
  // "ma question est peut-être bête", "question bête", "une petite question idiote", "ça va paraître bête"
  `(?:(?:ma|la|une|cette|petite|une petite) )*question (?:(?:est|va (?:sans doute |peut etre )?(?:paraitre|sembler)|risque de (?:paraitre|sembler)) )?${SOFT}${SILLY}`,
  `(?:ce est|c est|c|ca va|ca risque de) (?:(?:paraitre|sembler) )?${SOFT}(?:une )?(?:question )?${SOFT}${SILLY}(?: (?:comme )?question)?`,
  // "désolé de vous déranger", "dsl de déranger", "excusez-moi de poser la question", "pardon pour la question"
  // (a bare "pardon", "dsl" starts a correction: "dsl je me suis trompée", read elsewhere, so the object is required)
  '(?:desole|desolee|desoles|dsl|excuse moi|excusez moi|excuse|excusez|pardon) (?:de|pour|si) (?:(?:vous|te|je) )?(?:deranger|derange|le derangement|la question|ma question|poser (?:la|cette|une|ma) question|(?:vous |te )?demander ca)',
  // "je sais pas si je suis au bon endroit", "je ne sais pas si c'est le bon site"
  '(?:je|j) (?:ne )?(?:sais|sait|suis) (?:pas )?(?:trop |vraiment )?(?:si|sur que) (?:je suis|je suis bien|ce est|c est|on est|je me adresse|je demande) (?:au|a la|a le|le|la|ici|bien) ?(?:bon|bonne|bons)? ?(?:endroit|place|personne|site|adresse|service)?',
  // "j'ose à peine demander", "je n'ose pas demander"
  '(?:je|j) (?:ne )?(?:ose|osais|oserais) (?:pas|a peine|presque pas) (?:trop )?(?:demander|poser (?:la|ma|cette) question|le demander)',
];
/** Words that join the hedge to the question: "mais", "alors", "du coup", "bref". */
const JOINER = '(?: (?:mais|alors|du coup|quand meme|bref|donc|voila|enfin|bon|svp|stp))*';
const LEADING_HEDGE = new RegExp(`^(?:(?:bonjour|bonsoir|salut|slt|bjr|coucou|hello|re) )?(?:${HEDGES.join('|')})${JOINER} `);
/** What must remain to be read alone: a few words, not a bare "oui". */
const QUESTION_MIN_WORDS = 3;

/** The message without a hedge at its start, when what follows it is a question of a few words; else the message. */
export function withoutHedge(normalized: string): string {
  const hedge = LEADING_HEDGE.exec(normalized);
  if (hedge === null) return normalized;
  const rest = normalized.slice(hedge[0].length);
  return tokenize(rest).length >= QUESTION_MIN_WORDS ? rest : normalized;
}
