/**
 * More ways of asking where the last answer comes from, beside those of answer-source.ts: the source named with "la"
 * or "une" ("vous avez la source officielle ?", "tu peux me donner la source ?"), the origin put before its verb
 * ("d'où ça vient ?", "ça vient d'où ?") and the place it is written ("c'est écrit où ?", "où c'est marqué ?").
 * Asked about the answer just shown, these are a request for its source and date: "vous pouvez me donner…" is not a
 * callback request, and "c'est sûr ?" is not "are you a robot?".
 */
const LEAD = '(?:(?:et|mais|ok|donc|du coup|merci|svp|stp|euh) )*';

/** Who asks to have or be given it: "vous avez", "t'as", "pouvez-vous me donner", "c'est quoi", "donnez-moi". */
const ASKER =
  '(?:(?:vous|tu) (?:avez|as|auriez|aurais)|avez vous|auriez vous|as tu|aurais tu|t as|ta|(?:vous|tu) (?:pouvez|peux|pourriez|pourrais) (?:me |m |nous )?(?:donner|dire|indiquer|envoyer|citer|mettre)|(?:pouvez|pourriez) vous (?:me |m |nous )?(?:donner|dire|indiquer|envoyer|citer|mettre)|(?:peux|pourrais) tu (?:me |m |nous )?(?:donner|dire|indiquer|envoyer|citer|mettre)|(?:donnez|donne|citez|cite|envoyez|envoie) (?:moi|nous)|(?:ce est|c est|cest) quoi|quelle est|il y a|y a|ya|je peux avoir|on peut avoir|je voudrais|j aimerais)';
/** A polite or urging tail: "svp", "s'il vous plaît", "please". */
const POLITE = '(?:svp|stp|si il vous plait|si il te plait|please|merci)';

const SOURCE_WORDED = new RegExp(
  [
    // "vous avez la source officielle ?", "t'as une source ?", "tu peux me donner la source ?", "la source svp": the
    // whole message is that request (not "la source du problème avec mon patron").
    `^${LEAD}(?:${ASKER} )?(?:la|une|sa|leur|les|des|vos|tes) (?:sources?|references?)(?: (?:officielle|officielles|exacte|exactes|precise|precises|du texte|de l info|de cette info|de ca|de la reponse|de ta reponse|de votre reponse))?(?: ${POLITE})?$`,
    // "d'où ça vient ?", "ça vient d'où ?", "ça sort d'où ?", "c'est tiré d'où ?"
    `\\b(?:d ou|de ou) (?:ca|cela|c|elle|elles|ces infos?|ces informations|cette info|cette information|tes infos|vos infos|vos informations) (?:vient|viennent|sort|sortent|provient|proviennent)\\b`,
    `\\b(?:ca|cela|ces infos?|ces informations|cette info|cette information|tes infos|vos infos|vos informations) (?:vient|viennent|sort|sortent|provient|proviennent) (?:d ou|de ou|de quel site|de quelle source)\\b`,
    `\\b(?:ce est|c est|cest) (?:tire|pris|repris|issu) (?:d ou|de ou|de quel site|de quelle source)\\b`,
    // "c'est sourcé ?", "c'est sourcé où ?", "ces infos sont sourcées ?": the whole message (not "c'est source de stress").
    `^${LEAD}(?:(?:ce est|c est|cest|ca est|est ce que ce est|est ce|ces infos sont|ces informations sont|tes infos sont|vos infos sont|vos informations sont|ce sont des infos|ce sont des informations) )(?:bien |vraiment )?(?:source|sourcee|sourcees|sources|documente|documentee|documentees)(?: (?:ou|quelque part|officiellement))?(?: ${POLITE})?$`,
    // "sur quoi tu te bases ?", "vous vous basez sur quoi ?", "tu te fondes sur quoi ?": what the answer rests on.
    `\\b(?:tu te|vous vous|on se) (?:base|bases|basez|fonde|fondes|fondez) sur quoi\\b`,
    `\\bsur quoi (?:tu te|vous vous|on se|te|vous) (?:base|bases|basez|fonde|fondes|fondez)\\b`,
    // "c'est écrit où ?", "où c'est écrit ?", "c'est marqué où ?", "ça dit où ?" (the text that says it)
    `^${LEAD}(?:(?:ce est|c est|cest|ca est|est ce) )?(?:ecrit|marque|indique|note) ou\\b`,
    `^${LEAD}ou (?:ce est|c est|cest|est ce que ce est|ca est) (?:ecrit|marque|indique|note)\\b`,
    `^${LEAD}(?:ce est|c est|cest) (?:sur|vrai|officiel|fiable) (?:ce est|c est|cest) (?:ecrit|marque|indique) ou\\b`,
  ].join('|'),
);

/** The message asks the source of the last answer in one of these other ways (the caller bounds its length). */
export const asksSourceWorded = (normalized: string): boolean => SOURCE_WORDED.test(normalized);

const POLITE_TAIL = new RegExp(`(?: ${POLITE})+$`);

/** The message without its polite tail ("svp" is normalised to five words, which must not make the question long). */
export const withoutPoliteTail = (normalized: string): string => normalized.replace(POLITE_TAIL, '');
