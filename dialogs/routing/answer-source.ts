import { tokenize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { SOURCE_QUESTION_MAX_WORDS } from './thresholds.js';

/** Sure, reliable, up to date, official, true (normalised: no accents, "sûr" is "sur"). */
const TRUSTED = '(?:sur|sure|surs|sures|fiable|fiables|a jour|officiel|officielle|officiels|officielles|vrai|vraie|vrais|exact|exacte|exacts|exactes|correct|correcte|recent|recente|recentes|verifie|verifiee|verifiees|valable|valables)';
/** What was said: the information, the answer, the figures. */
const SAID = '(?:ces|tes|vos|les|cette|ta|votre|la|ce|cet) (?:infos?|informations?|reponses?|chiffres?|donnees|montants?|info)';
/**
 * "c'est sûr ces infos ?", "c'est à jour ?", "t'es sûr ?", "vous êtes sûrs ?", "ces informations sont fiables ?",
 * "c'est officiel ?", "tes chiffres sont à jour ?", "d'où tu sors ça ?", "c'est quoi ta source ?", "ça date de quand ?":
 * whether the last answer can be trusted, and where it comes from.
 */
const ASKS_SOURCE = new RegExp(
  [
    `^(?:(?:et|mais|ok|donc) )?(?:ce est|c est|cest|t es|tu es|vous etes|es tu|etes vous|vous en etes|tu en es|ca est|ce sont|sont elles|est elle|est ce) (?:bien |vraiment |sur que |toujours |encore |bien sur |)${TRUSTED}\\b`,
    `\\b${SAID} (?:sont|est|elles sont|sont elles|est elle|est ce|sont a jour|)\\s?(?:bien |vraiment |toujours |encore |)${TRUSTED}\\b`,
    `^(?:(?:et|mais|ok) )?(?:ce est |c est |)(?:${TRUSTED}) (?:${SAID}|ca)\\b`,
    `\\b(?:quelle|quelles|ta|tes|vos|votre|ces|les) sources?\\b`,
    `\\bsources? (?:de|des) (?:ces|tes|vos|cette|ta|votre|ca)\\b`,
    `\\b(?:ou|d ou|de ou) (?:tu |vous )?(?:sors|sortez|tiens|tenez|viennent|vient|proviennent) (?:tu |vous )?(?:ca|ces|cette|tes|vos|ta|votre|cela|c)\\b`,
    `\\b(?:ca|ces infos?|ces informations|cette info|cette information) (?:date|datent) de quand\\b`,
    `^(?:(?:et|mais|ok) )?(?:ce est|c est) (?:a jour|mis a jour) (?:de quand|quand)\\b`,
  ].join('|'),
);

/** The message asks whether the last answer is sure, up to date, or where it comes from (a few words only). */
export const asksAnswerSource = (normalized: string): boolean => tokenize(normalized).length <= SOURCE_QUESTION_MAX_WORDS && ASKS_SOURCE.test(normalized);

/**
 * "c'est sûr ces infos ?", "c'est à jour ?" right after a FAQ answer or an aid's card: where that answer comes from
 * (its source) and when it was checked, not small talk nor another entry that shares the word "jour".
 */
export function answerSourceAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text') return undefined;
  const last = (data.lastTopic === 'faq' && data.lastFaq !== undefined) || (data.lastTopic === 'aids' && data.lastAid !== undefined);
  if (!last || !asksAnswerSource(u.normalized)) return undefined;
  return { kind: 'answer_source' };
}
