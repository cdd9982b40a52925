import { tokenize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { SOURCE_QUESTION_MAX_WORDS } from './thresholds.js';
import { asksSourceWorded, withoutPoliteTail } from './source-worded.js';

/** Sure, reliable, up to date, official, true (normalised: no accents, "sûr" is "sur"). */
const TRUSTED = '(?:sur|sure|surs|sures|fiable|fiables|a jour|officiel|officielle|officiels|officielles|vrai|vraie|vrais|exact|exacte|exacts|exactes|correct|correcte|recent|recente|recentes|verifie|verifiee|verifiees|valable|valables)';
/** What was said: the information, the answer, the figures. */
const SAID = '(?:ces|tes|vos|les|cette|ta|votre|la|ce|cet) (?:infos?|informations?|reponses?|chiffres?|donnees|montants?|info)';
/**
 * "c'est sûr ces infos ?", "c'est à jour ?", "t'es sûr ?", "vous êtes sûrs ?", "ces informations sont fiables ?",
 * "c'est officiel ?", "tes chiffres sont à jour ?", "d'où tu sors ça ?", "tu sors ça d'où ?", "c'est quoi ta source ?", "ça date de quand ?",
 * "c'est quelle année cette info ?": whether the last answer can be trusted, and where it comes from.
 */
const ASKS_SOURCE = new RegExp(
  [
    `^(?:(?:et|mais|ok|donc) )?(?:ce est|c est|cest|t es|tu es|vous etes|es tu|etes vous|vous en etes|tu en es|ca est|ce sont|sont elles|est elle|est ce) (?:bien |vraiment |sur que |toujours |encore |bien sur |)${TRUSTED}\\b`,
    `\\b${SAID} (?:sont|est|elles sont|sont elles|est elle|est ce|sont a jour|)\\s?(?:bien |vraiment |toujours |encore |)${TRUSTED}\\b`,
    `^(?:(?:et|mais|ok) )?(?:ce est |c est |)(?:${TRUSTED}) (?:${SAID}|ca)\\b`,
    `\\b(?:quelle|quelles|ta|tes|vos|votre|ces|les) sources?\\b`,
    `\\bsources? (?:de|des) (?:ces|tes|vos|cette|ta|votre|ca)\\b`,
    `\\b(?:ou|d ou|de ou) (?:tu |vous )?(?:sors|sortez|tiens|tenez|viennent|vient|proviennent) (?:tu |vous )?(?:ca|ces|cette|tes|vos|ta|votre|cela|c)\\b`,
    `\\b(?:tu|vous) (?:sors|sortez|tiens|tenez|as trouve|avez trouve) (?:ca|cela|tout ca|ces infos?|ces informations|cette info) (?:de ou|d ou|ou)\\b`,
    `\\b(?:ca|ces infos?|ces informations|cette info|cette information) (?:date|datent) de quand\\b`,
    // "c'est des infos de quand ?", "ces données sont de quand ?", "c'est de quand ?": when the data were taken.
    `^(?:(?:et|mais|ok|donc) )?(?:ce est|c est|ce sont|c)(?: (?:des|les))?(?: (?:infos?|informations?|donnees|chiffres|offres))? de quand\\b`,
    `\\b(?:${SAID}|(?:les|des) (?:offres|donnees)) (?:sont|est|datent|date) de quand\\b`,
    `^(?:(?:et|mais|ok) )?(?:ce est|c est) (?:a jour|mis a jour) (?:de quand|quand)\\b`,
    // "c'est quelle année cette info ?", "ça date de quelle année ?", "c'est les chiffres de quelle année ?", "l'année de
    // ces données ?": the year of the data, which the source line of the last answer gives.
    `^(?:(?:et|mais|ok) )?(?:ce est|c est|ce sont) (?:de )?quelle annee(?: (?:${SAID}|ca))?$`,
    `\\b(?:ca|cela|${SAID}) (?:date|datent|est|sont) de quelle annee\\b`,
    `\\b(?:ce est|ce sont) (?:les|des) (?:chiffres|donnees|infos?|informations|offres) de quelle annee\\b`,
    `\\bannee (?:de|des) (?:ces|cette|tes|vos|les|ta|votre) (?:infos?|informations?|donnees|chiffres|offres)\\b`,
  ].join('|'),
);

/** The message asks whether the last answer is sure, up to date, or where it comes from (a few words only). */
export const asksAnswerSource = (normalized: string): boolean =>
  tokenize(withoutPoliteTail(normalized)).length <= SOURCE_QUESTION_MAX_WORDS && (ASKS_SOURCE.test(normalized) || asksSourceWorded(normalized));

/**
 * "t'as le lien ?", "il est où le site ?", "vous avez un lien ?", "c quoi le site ?", "tu peux m'envoyer le lien ?":
 * the address of the last answer's source or service (a few words only).
 */
const ASKS_LINK = new RegExp(
  [
    `^(?:(?:et|ok|mais|donc|du coup|merci) )*(?:(?:tu|vous|t) (?:as|a|avez|aurais|auriez|aurait)|as tu|avez vous|aurais tu|auriez vous|il y a|y a|ya|y aurait|(?:tu|vous) (?:peux|pouvez) (?:me |m |nous |)(?:donner|envoyer|mettre|passer)|(?:donne|envoie|mets|passe|donnez|envoyez|mettez) (?:moi|nous)) (?:le|un|les|des|ton|votre|son|leur) (?:lien|liens|site|sites|adresse du site|url|page)\\b`,
    `^(?:(?:et|ok|mais|donc) )*(?:il est|elle est|ils sont|c est|est) ou (?:le|les|ce|son|leur) (?:lien|liens|site|sites|page)\\b`,
    `^(?:(?:et|ok|mais|donc) )*(?:ce est |c est |)(?:quoi|quel est|quels sont|lequel) (?:le|les|ton|votre|son|leur) (?:lien|liens|site|sites|url|adresse du site)\\b`,
    `^(?:(?:et|ok|mais|donc) )*(?:le|un|les) (?:lien|liens|site)(?: (?:stp|svp|please|merci|ou|de la source|de ta source|de votre source))?\\s*$`,
  ].join('|'),
);

/** The message asks the address of the last answer (a few words only). */
export const asksLink = (normalized: string): boolean => tokenize(normalized).length <= SOURCE_QUESTION_MAX_WORDS && ASKS_LINK.test(normalized);

/**
 * The last answer has a source to tell: a FAQ entry, an aid's card or a list of aids, a pay card, a list of places or a
 * trade's card.
 */
export function lastHasSource(data: RoutingInput['data']): boolean {
  const aids = data.lastAid !== undefined || (data.lastAidList?.length ?? 0) > 0;
  return (data.lastTopic === 'faq' && data.lastFaq !== undefined) || (data.lastTopic === 'aids' && aids) || data.lastTopic === 'salary' || data.lastTopic === 'training' || data.lastTopic === 'trade';
}

/**
 * "c'est sûr ces infos ?", "c'est à jour ?", "c'est quoi ta source ?" right after a FAQ answer, an aid's card, a list
 * of places or a trade's card: where that answer comes from (its source, or its data files) and when it was checked,
 * not small talk ("t'es sûr ?" is not "are you a robot") nor another entry that shares the word "jour".
 */
export function answerSourceAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text') return undefined;
  if (!lastHasSource(data) || !asksAnswerSource(u.normalized)) return undefined;
  return { kind: 'answer_source' };
}

/** "t'as le lien ?" right after an answer with a source: its address (answer-source.ts in support/). */
export function answerLinkAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !lastHasSource(data) || !asksLink(u.normalized)) return undefined;
  return { kind: 'answer_link' };
}
