/**
 * A message written in careful, neutral written French that addresses no one: "Quelle est la différence entre un
 * contrat pro et l'apprentissage ?", "Qu'est-ce qu'un CFA exactement ?", "Nous sommes une entreprise de 12 salariés.",
 * "Combien cela coûte-t-il ?" (review 18: a parent and an employer opening so were answered in tu, P5 and E3).
 *
 * It is weaker evidence than "vous" or "Madame": a young person may write one careful question too. So it only sets
 * the register of a conversation that has none yet, at its opening (profile-update.ts); in the middle of a
 * conversation held in tu, a careful question does not switch it (review 18, X4: a switch to vous mid-conversation).
 */

/**
 * A question put in written order, capitalised: "Quelle est …", "Quelles sont …", "Qu'est-ce …", "Est-ce …", "Existe-t-il
 * …". Not "Combien dure …", "Comment …", "Où …": young people write those carefully too, and their answers are in tu
 * (follow-round17's "Combien dure la période d'essai d'un apprenti ?").
 */
const WRITTEN_QUESTION_HEAD =
  /^\s*(?:Quel(?:le)?s? (?:est|sont|serait|seraient|sera|seront)|Qu['’]est-ce|Est-ce|Est-il|Est-elle|Existe-t-il|Existe-il|Y a-t-il|Faut-il|Peut-on|Doit-on)(?![\p{L}])/u;
/** A greeting written with its capital and comma ("Bonjour, quelles sont…"): the question after it may start in lower case. */
const LETTER_GREETING = /^\s*(?:Bonjour|Bonsoir|Madame|Monsieur)(?:\s+(?:Madame|Monsieur))?\s*[,.!]\s*/u;
const ENDS_AS_QUESTION = /\?\s*$/u;

/**
 * Words only written French uses, with no one addressed: "nous" for a family or a company ("nous habitons à Flers",
 * "nous sommes 40 salariés"; young people say "on"), "cela" (spoken: "ça"), "je souhaite". Round 32 (review 22 X2):
 * the words of an administrative letter too ("Bonjour, comment bénéficier de …", "percevoir", "prétendre à",
 * "les modalités", "éligible"): a first message so written was answered in tu, the next one (with "vous") in vous.
 * Round 33 (review 24, X2): "obtenir" too ("Bonjour, j'ai entendu parler de …, comment l'obtenir ?"; spoken: "l'avoir").
 */
const WRITTEN_WORDS =
  /(?:^|[^\p{L}])(?:nous|cela|ceci|souhaite|souhaitons|souhaiterait|concernant|afin|auprès|actuellement|éventuellement|bénéficier|percevoir|prétendre|solliciter|effectuer|modalités|éligible|éligibles|éligibilité|obtenir)(?![\p{L}])/iu;

/**
 * Round 33 (review 24, P4): a question about an apprentice described in the third person by their age ("Combien
 * d'heures par semaine peut travailler un apprenti de 16 ans ?", "Une apprentie de 17 ans peut-elle…"): someone asks
 * about another person, as a parent or an employer does; a young person says "à 16 ans" or "j'ai 16 ans". Written with
 * its capital and its question mark (SPOKEN_MARKS excluded), it is answered in vous, as a formal opener.
 */
const APPRENTICE_OF_AGE = /(?:^|[^\p{L}])(?:un|une|d['’]un|d['’]une|l['’]) ?(?:apprentie?|alternante?|jeune|mineure?) (?:de|d['’]) ?\d{2} ans(?![\p{L}])/iu;

/**
 * Marks of spoken or SMS writing: whoever writes them is answered in tu, however careful the rest ("c'est quoi",
 * "ça", "quoi ?" at the end, "jsp", "mdr", "tkt", "stp", "bosser", "taf", "kiffe"…).
 */
const SPOKEN_MARKS =
  /(?:^|[^\p{L}])(?:ça|ca|quoi|c|jsp|jsais|mdr|lol|ptdr|tkt|stp|bosser|taf|boulot|kiffe|kiff|grave|genre|wesh|slt|bjr|cc|svp|pk|pq|koi|kan|jsui|jsuis|chui|g|ya|y'a|ke|ki|bcp|tt|ouf|trop)(?![\p{L}])/iu;

/** Whether the message is written in that careful, neutral style (no "tu" or "vous": register.ts reads those first). */
export function formalOpener(raw: string): boolean {
  if (SPOKEN_MARKS.test(raw) || /\p{Ll}{2,}\s*\?{2,}|!{2,}/u.test(raw)) return false;
  const greeted = LETTER_GREETING.test(raw);
  const question = raw.replace(LETTER_GREETING, '');
  const head = greeted ? question.charAt(0).toUpperCase() + question.slice(1) : question;
  if (WRITTEN_QUESTION_HEAD.test(head) && ENDS_AS_QUESTION.test(raw)) return true;
  if (/^\s*\p{Lu}/u.test(head) && APPRENTICE_OF_AGE.test(raw) && ENDS_AS_QUESTION.test(raw)) return true;
  // A written word counts in a sentence that starts with its capital letter, as written French does.
  return /^\s*\p{Lu}/u.test(raw) && WRITTEN_WORDS.test(raw);
}
