/*
 * Speech acts that are the whole message, not a wrapper around a question: a complaint about the bot's answer, and
 * saying one is done. Each has its own reply (an apology with the line; a goodbye), so neither is ever peeled off as
 * a lead-in (wrapper.ts) nor read as a question.
 */

/** Words of the bot's answer or of the bot itself, what a complaint is about. */
const ANSWER = '(?:ta|votre|cette|la|ton|votre|tes|vos|ces|les) (?:reponse|reponses|truc|bot|robot|chatbot|appli|application|site|explication|explications)';
const BAD = '(?:nul|nulle|nuls|nulles|naze|nazes|pourri|pourrie|pourris|pourries|claque|claquee|inutile|inutiles|debile|debiles|a chier|bidon|fausse|fausses|incomprehensible|hors sujet|pas claire?|pas utile)';
/*
 * "c'est nul ta réponse", "ta réponse est nulle", "réponds mieux", "ça répond pas à ma question", "t'as rien compris",
 * "ça m'aide pas", "n'importe quoi", "c'est pas ce que je demande", "mauvaise réponse", "hors sujet".
 */
const COMPLAINT_ABOUT_ANSWER = new RegExp(
  [
    `\\b(?:ce est|c est|c|cest|ca est|elle est|il est) (?:vraiment |trop |tellement |completement |grave )?${BAD}(?: ${ANSWER}|$)`,
    `\\b${ANSWER} (?:est|sont|etait) (?:vraiment |trop |tellement |completement )?${BAD}\\b`,
    `\\b${ANSWER} (?:ne )?(?:sert|servent|me aide|m aide|aide|repond) (?:a )?(?:rien|pas|jamais)\\b`,
    `\\b(?:mauvaise|mauvaises|fausse|nulle) reponses?\\b`,
    '\\b(?:reponds|repondez|repond|explique|expliquez) (?:mieux|correctement|serieusement|vraiment|normalement)\\b',
    '\\b(?:ca|ce|cela|ta reponse|votre reponse|tu|vous) (?:ne )?(?:repond|repondez|reponds) (?:pas|rien|jamais|toujours pas)(?: du tout)?(?: a (?:ma|la|mes) questions?| a ce que)?\\b',
    '\\b(?:tu|vous|il) (?:as|avez|a) (?:rien|pas|absolument rien|rien du tout) compris\\b',
    '\\b(?:ca|cela|ce|ta reponse|votre reponse) (?:ne )?(?:me aide|m aide|aide|sert) (?:pas|rien|a rien|en rien)\\b',
    '\\b(?:ce est|c est|c|cest) (?:pas|pas du tout) (?:ca|ce) (?:que )?(?:je|j) (?:ai |vous ai |te ai |t ai )?(?:demande|demandais|voulais|veux|cherche|cherchais)\\b',
    '\\b(?:ce est|c est|cest|tu dis|vous dites|tu racontes|vous racontez|tu reponds|vous repondez|ta reponse est|votre reponse est) (?:du |n |ne )?importe quoi\\b|^(?:du |n |ne )?importe quoi$',
    '\\bhors sujet\\b|\\bcompletement a cote\\b|\\ba cote de la plaque\\b',
  ].join('|'),
);

/** The message complains about the bot's answer or about the bot ("c'est nul ta réponse", "réponds mieux"). */
export function complainsAboutAnswer(normalized: string): boolean {
  return COMPLAINT_ABOUT_ANSWER.test(normalized);
}

/*
 * "ce sera tout", "c'est bon j'ai ce qu'il me faut", "rien d'autre", "j'ai eu ma réponse", "je n'ai plus de question",
 * "ça ira", "c'est tout pour moi": the person is done, a leave-taking even without its goodbye words.
 */
const DONE =
  /\b(?:ce sera tout|ca sera tout|(?:ce est|c est) tout (?:pour moi|pour aujourd hui|merci)|ca ira(?: comme ca)?|ca me suffit|rien de autre|rien d autre|pas de autre question|pas d autre question|plus de questions?|(?:je|j) (?:ne )?(?:ai|aurai) (?:plus|pas|pas de autre|pas d autre) (?:de )?(?:autre )?questions?|(?:je|j) ai (?:eu )?(?:ce que il|ce qu il|tout ce que il|tout ce qu il) me (?:faut|fallait)|(?:je|j) ai (?:eu )?(?:ma|mes|la|les|toutes mes|toutes les) reponses?|(?:je|j) ai (?:tout )?(?:ce que|ce qu) (?:je|j) (?:voulais|cherchais)|(?:je|j) (?:en )?sais assez|(?:ce est|c est) (?:tout )?bon pour moi|(?:je|j) (?:vais|dois) (?:y aller|te laisser|vous laisser|partir))\b/g;

/** The message says the person is done, with nothing else asked: the words of it, to set aside as a goodbye. */
export const DONE_WORDS = DONE;

/** What a person asks to be given: a number, an address, a site, a name. */
const INFO = '(?:numero|num|tel|telephone|portable|adresse|site|lien|mail|email|e mail|nom|reference|horaires)';
/*
 * A request for something to be told, said without a question mark nor a question word: "donne-moi le numéro",
 * "redis moi le num stp", "je veux le numéro", "tu peux me redonner le tel", "c koi le num déjà", "le numéro svp".
 * A question all the same, never an answer to the step on screen.
 */
const REQUEST = new RegExp(
  [
    `\\b(?:donne|donnez|redonne|redonnez|dis|dites|redis|redites|rappelle|rappelez|envoie|envoyez|file|ecris|ecrivez|indique|indiquez|passe|passez|mets|mettez|remets|remettez|note|notez) (?:moi|me|nous|le moi|la moi) (?:encore |de nouveau |a nouveau )?(?:le|la|les|l|ton|ta|tes|votre|vos|ce|cet|cette|un|une) (?:\\S+ )?${INFO}\\b`,
    `\\b(?:je|j) (?:veux|voudrais|aimerais|peux avoir|pourrais avoir|souhaite|souhaiterais|cherche|ai besoin de|ai besoin du) (?:avoir |connaitre |savoir )?(?:le|la|les|l|du|de la|ton|ta|votre|vos) (?:\\S+ )?${INFO}\\b`,
    `\\b(?:tu peux|tu pourrais|vous pouvez|vous pourriez|peux tu|pourrais tu|pouvez vous|pourriez vous) (?:me |nous )?(?:donner|redonner|dire|redire|rappeler|envoyer|indiquer|ecrire|remettre) (?:encore )?(?:le|la|les|l|ton|ta|votre|vos) (?:\\S+ )?${INFO}\\b`,
    `\\b(?:c|ce est|c est|cest) (?:koi|quoi|quel|quoi deja|koi deja) (?:le|la|l|ton|ta|votre|ce) (?:\\S+ )?${INFO}\\b`,
    `^(?:et )?(?:le|la|l|ton|ta|votre) ${INFO}(?: (?:deja|svp|stp|si il vous plait|si il te plait|encore|alors))+$`,
  ].join('|'),
);

/** The message asks to be given something (a number, an address…) without a question mark or a question word. */
export function requestsInformation(normalized: string): boolean {
  return REQUEST.test(normalized);
}
