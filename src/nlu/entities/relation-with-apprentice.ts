/**
 * Round 33: "si ça ne va pas avec l'apprenti, je peux arrêter le contrat ?", "je ne m'entends pas avec mon apprentie",
 * "on a un souci avec notre alternant": the speaker's working relation with the apprentice, told in the first person
 * or as "ça ne va pas avec", is the employer's (or their master's): an apprentice says "avec mon patron", a parent
 * "avec son patron". Not "un apprenti" (anyone's), nor "apprentissage" (the word stops at "apprenti"). On the
 * normalised message, whose elisions are spelt out ("le apprenti").
 */
export const RELATION_WITH_THE_APPRENTICE =
  /\b(?:ca (?:ne )?(?:va|passe|se passe|colle|marche) (?:pas |plus |mal |pas bien |plus bien |pas du tout )?|(?:je|on|nous) (?:ne )?(?:me |m |nous )?(?:entends|entend|entendons|arrive|arrivons|travaille|travaillons|galere|galerons) (?:pas |plus )?(?:bien |du tout )?|(?:je|on|nous) (?:ai|a|avons) (?:un |des |de gros |un gros |un petit |quelques )?(?:probleme|problemes|souci|soucis|conflit|conflits|difficultes?|differend) )avec (?:le|la|l|mon|ma|notre|cet|cette) (?:apprenti|apprentie|alternant|alternante)\b/;
