/**
 * Round 29 (review 19, X5 T4): "c'est quoi mon code de référence déjà ?", "tu peux me redonner ma ref ?", "j'ai perdu
 * le code", "c koi le numéro de référence" — the conversation's reference code asked again. It is the person's own,
 * already given: said again at once, even inside the callback form (which then resumes), never "I cannot answer during
 * the callback request". Read on the normalised text.
 */
const CODE_WORDS = String.raw`(?:code|reference|references|ref|refs|numero de dossier|numero de reference|identifiant)`;
/** The code itself named as the person's or the conversation's, or asked: "mon code", "la référence", "quel code". */
const CODE_NAMED = new RegExp(String.raw`\b(?:mon|ma|le|la|l|ton|ta|votre|notre|quel|quelle|ce|cette|du|de)\s?${CODE_WORDS}\b`);
/** Asking it: what it is, again, lost or forgotten. */
const ASKED =
  /\b(?:quoi|quel|quelle|koi|redonne|redonner|redonnez|redis|redire|redites|rappelle|rappeler|rappelez|renvoie|renvoyer|donne|donner|donnez|deja|oublie|oubliee|perdu|perdue|retrouve|retrouver|ou est|c est quoi|ce est quoi|encore|noter|note|repete|repeter|repetez)\b/;
/** Not the code of something else: a postcode, a promo code, an APE or ROME code, a diploma's code. */
const OTHER_CODE = /\b(?:code postal|postal|code promo|code ape|code naf|code rome|code rncp|code du travail|code de la route|code diplome|code formation|code uai|code insee)\b/;

/** The code of a thing ("le code de la photocopieuse", "le code du portail"): not ours, unless that thing is the reference. */
const CODE_OF_A_THING = /\bcodes? (?:de la |de l |du |des |de |d )(?!reference|ref\b|la conversation|conversation|dossier|suivi|rappel)/;

export function referenceCodeAsked(normalized: string): boolean {
  return CODE_NAMED.test(normalized) && ASKED.test(normalized) && !OTHER_CODE.test(normalized) && !CODE_OF_A_THING.test(normalized);
}
