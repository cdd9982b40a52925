/**
 * "elle est où la mission locale ?", "c'est où France Travail", "où je m'inscris ?", "ça se trouve où le CIO", "on la
 * trouve où" — where something is, asked the spoken way: "où" anywhere in the sentence (at its end too), which the
 * written forms ("où se trouve", "l'adresse de") miss (review 18, J5: "la mission locale elle est ou" got the
 * definition and then the interests quiz). On the normalized text "où" is "ou" (also "or"): only its question
 * shapes count there; the accented "où" of the raw text is a question of place wherever it stands.
 */
const WHERE_SPOKEN =
  /\b(?:est ou|sont ou|ce est ou|cest ou|c ou|trouve ou|trouvent ou|situe ou|ca ou|ou elle est|ou il est|ou ils sont|ou elles sont|ou ca se trouve|ou ca se situe|ou (?:je|j|on|il|elle|tu) (?:dois |peux |peut |doit |vais |va )?(?:me |m |se |s |la |le |les |l )?(?:inscri\w*|adresse\w*|trouve\w*|aller|va|vais|rendre|presente\w*)|ou (?:se|me|m|s|nous|vous) (?:inscri\w*|adresse\w*|rendre|presente\w*)|ou (?:la|le|les|l) (?:trouver|joindre|voir)|ou (?:aller|y aller|trouver|sinscrire)|se situe|se situent)\b/;
const ACCENTED_WHERE = /(?:^|[^\p{L}])où(?![\p{L}])/iu;

export function asksWhereSpoken(raw: string, normalized: string): boolean {
  return ACCENTED_WHERE.test(raw) || WHERE_SPOKEN.test(normalized);
}
