import type { Understanding } from '../../src/nlu/understanding.js';
import type { Route } from './route.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';

/** The entry on the paths after the 3e (CAP in 2 years, bac pro in 3, lycée pro or apprenticeship, who helps choose). */
export const AFTER_THIRD_ENTRY = 'apres-3e-que-faire';
/** The entry on apprenticeship after leaving university (up to 29, the Mission Locale, the free line). */
export const AFTER_UNIVERSITY_ENTRY = 'apprentissage-apres-la-fac';
/** The minimum age (15 with the 3e done, else 16) and "no diploma needed, the condition is age". */
export const MIN_AGE_ENTRY_FOR_TRADE = 'age-minimum';
export const NO_DIPLOMA_ENTRY_FOR_TRADE = 'sans-diplome-apprentissage';

/**
 * The end of the 3e or the collège: "après la 3e", "apré la 3em", "en sortant du collège", "il sort de 3e", "elle termine
 * sa troisième", "elle termine le collège", "après la classe de 3e", "apré le colege". Not a contract's third year
 * ("après la 3e année").
 */
const AFTER_THIRD =
  /\b(?:apres|apre|aprs|sortant|sortie|sort|sors|sortir|sortira|fin|finit|finis|fini|finir|termine|termines|terminer|quitte|quitter)(?: de| du)? (?:la |le |ma |mon |sa |son |ta |l )?(?:classe de )?(?:3e|3eme|3em|3 eme|troisieme|college|colege)\b(?! ?(?:annee|an|ans|a)\b)/;
/** The brevet (the DNB, at the end of the 3e) about to be had or just had: "je vais avoir mon brevet", "j'ai eu le brevet". Not the brevet professionnel. */
const BREVET_NOW = /\b(?:avoir|passer|passe|passes|eu|obtenu|aurai|apres) (?:mon |le |son |ton )?(?:brevet|dnb)\b(?! (?:pro|professionnel|de technicien|technicien))/;
/**
 * In the 3e now, which asks the same (what next?): "je suis en 3e", "chui en troisième", "elle est en 3eme". Not a
 * contract's third year ("en 3e année", "en 3e an").
 */
const IN_THIRD = /\ben (?:3e|3eme|3em|3 eme|troisieme)\b(?! ?(?:annee|an|ans|a)\b)/;
/**
 * Not knowing what to do: "je sais pas quoi faire", "jsai pa koi fer", "je suis perdue", "aucune idée", "quelles
 * possibilités", "elle ne sait pas vers quoi s'orienter", "on peut faire quoi", "il hésite sur son orientation"; and
 * doing nothing, not knowing where to start: "je fais rien", "je commence par quoi", "par où commencer".
 */
const UNDECIDED =
  /\b(?:(?:sais|sai|sait|savons|savez) (?:pas|pa|plus|vraiment pas) (?:trop |du tout |vraiment )?(?:quoi|koi|ce que|ce qu|quel|quelle|vers ou|vers quoi|ou aller)|perdu|perdue|perdus|aucune idee|pas d idee|que faire|quoi faire|koi faire|ke faire|ke fer|koi fer|(?:je|on|j) (?:fais|fait|fai|fe) quoi|(?:peut|peu|peux|pe|pourrait|pourrais) faire quoi|quelles? (?:possibilites|options|choix|voies|solutions|pistes|orientations?)|quels? (?:choix|chemins)|choix (?:de|d) orientation|(?:m|s|t|l|nous|vous|se|me|te) orienter|hesite|hesites|hesitent|hesitons|hesitez|(?:je|j|jsuis|il|elle) (?:fais|fait|fai|fe) (?:rien|plus rien)|(?:je|on|j) (?:commence|commencer|commences) par (?:quoi|koi|ou)|par (?:quoi|koi|ou) (?:commencer|je commence|on commence))\b/;
/**
 * Leaving university: "j'ai arrêté la fac", "lâché l'université", "abandonné ma licence", "plus envie de la fac",
 * "lâché la L1" (normalised "la le 1").
 */
const UNIVERSITY_LEFT =
  /\b(?:arrete|arreter|arret|quitte|quitter|lache|lacher|abandonne|abandonner|plaque|plaquer|stoppe|decroche|laisse tomber|sorti de|sortie de|marre de|plus envie de) (?:la |le |ma |l |mes |mon |de la |du )?(?:fac|facs|faculte|universite|univ|licence|l1|l2|l3|le [123]|etudes sup|etudes superieures|prepa|master|bts|but|dut)\b/;
/** School left: "j'ai quitté le lycée", "jai lache lecole", "arrêté les cours", "g arreter les cours" (SMS: the infinitive for the participle). */
const SCHOOL_LEFT =
  /\b(?:arrete|arretee|arreter|quitte|quittee|quitter|lache|lacher|abandonne|abandonner|plaque|stoppe|decroche|decrocher|laisse tomber|sorti de|sortie de) (?:le |la |l |les |mon |ma )?(?:lycee|lecole|ecole|college|cours|bahut|seconde|premiere|terminale|cap|bac pro)\b/;
/** Another question already asked (pay, aids, a place, a date): it keeps its own rule. */
const OTHER_QUESTION = /\b(?:combien|salaire|paye|paie|payee?s?|gagne|gagner|toucher|euros?|aides?|primes?|ou se trouve|adresse|inscri\w*|parcoursup|affelnet|dossier)\b/;
/** A class below the 3e: "en 4e", "en 5eme", "en quatrième" (the minimum age is then the question with a trade). */
const BELOW_THIRD = /\b(?:en|ma|fin de|fini la|finis la|termine la|je suis en|jsuis en|jsui en) (?:4e|4eme|4em|quatrieme|5e|5eme|5em|cinquieme|6e|6eme|sixieme)\b/;
/** No brevet or no diploma: "j'ai pas eu le brevet", "g pa eu mon brevet", "raté le brevet", "sans diplôme". */
const NO_DIPLOMA =
  /\b(?:(?:pas|pa|jamais|ni) (?:eu |eu le |eu mon |le |mon |de |d )?(?:brevet|dnb|diplome|diplomes)|(?:rate|loupe|rater|louper|echoue a|echoue au|foire) (?:le |mon )?(?:brevet|dnb)|sans (?:le |mon |aucun |de )?(?:brevet|dnb|diplome|diplomes)|aucun diplome)\b/;

/** A trade or a field wished: "je veux être", "jveu faire", "je voudrais devenir", "j'aimerais bosser dans". */
const WISH = /\b(?:veux|veu|voudrais|voudrai|aimerais|aimerai|souhaite|reve de|envie de) (?:etre|faire|devenir|bosser|travailler|taffer)\b/;

function clearTrade(u: Understanding): boolean {
  return u.trade !== undefined && u.trade.score >= CLEAR_TRADE;
}

/** Nothing narrower is asked: no trade, no place, no field liked, no pay or aid question. */
export function situationOnly(u: Understanding): boolean {
  return u.kind === 'text' && !clearTrade(u) && !namesPlace(u) && u.aid === undefined && u.facts.interests.length === 0 && !OTHER_QUESTION.test(u.normalized);
}

/**
 * "je sais pas quoi faire après la 3e", "jsai pa koi fer apré la 3em", "quelles possibilités après le collège ?": a pupil
 * lost at the end of the 3e. The short answer first (CAP or bac pro, lycée pro or apprenticeship from 15, who helps
 * choose), then the field quiz offered (DESIGN §6: answer first, then refine), never the quiz alone.
 */
export function lostAfterThird(u: Understanding): boolean {
  return situationOnly(u) && (AFTER_THIRD.test(u.normalized) || IN_THIRD.test(u.normalized) || BREVET_NOW.test(u.normalized)) && UNDECIDED.test(u.normalized);
}

/**
 * "j'ai arrêté la fac, je veux un truc concret", "jai lache l univ jsui perdu": university left, nothing named yet.
 * Apprenticeship up to 29, the Mission Locale and the free line first, then the quiz offered. Past the age limit, the
 * age is the question and keeps its rule.
 */
export function universityLeftNoWish(u: Understanding): boolean {
  if (u.facts.age !== undefined && u.facts.age >= 30) return false;
  return situationOnly(u) && UNIVERSITY_LEFT.test(u.normalized);
}

/**
 * "je suis perdue, j'ai 17 ans et j'ai quitté le lycée", "jsui perdu g lache lecole": school left and lost. The Mission
 * Locale (16-25, free) first, then the quiz offered. Past the age limit, the age is the question.
 */
export function schoolLeftLost(u: Understanding): boolean {
  if (u.facts.age !== undefined && u.facts.age >= 30) return false;
  return situationOnly(u) && SCHOOL_LEFT.test(u.normalized) && UNDECIDED.test(u.normalized) && !UNIVERSITY_LEFT.test(u.normalized);
}

/**
 * "je veux faire pâtissier mais je suis en 4e": a trade wished from a class below the 3e. When they may start (15 with
 * the 3e done, else 16) is the question, led by the trade; its card (and diplomas) one button away.
 */
export function tradeFromClassBelowThird(u: Understanding): boolean {
  if (u.kind !== 'text' || !clearTrade(u) || namesPlace(u) || OTHER_QUESTION.test(u.normalized)) return false;
  if (u.facts.age !== undefined && u.facts.age >= 18) return false;
  return BELOW_THIRD.test(u.normalized);
}

/**
 * "jveux faire mecano mai g pa eu le brevet", "je veux être coiffeuse sans diplôme, c'est possible ?": a trade wished
 * without the brevet. No diploma is needed to sign the contract (the condition is age), led by the trade; its card one
 * button away. Not the field quiz.
 */
export function tradeWithoutDiploma(u: Understanding): boolean {
  // A field said for the trade ("etre macon" read as the building field) is the same wish without its card.
  const wish = clearTrade(u) || (u.facts.interests.length > 0 && WISH.test(u.normalized));
  if (u.kind !== 'text' || !wish || namesPlace(u) || OTHER_QUESTION.test(u.normalized)) return false;
  if (u.facts.age !== undefined && u.facts.age >= 30) return false;
  return NO_DIPLOMA.test(u.normalized);
}

/** The answer, then the quiz offered first among the buttons. */
export function situationAnswer(id: string, next: readonly string[]): Route {
  // Round 33: the quiz's first question follows the answer (interestsAfter), with the quiz's button still offered.
  return { kind: 'faq_entry', id, next, offers: ['choice.orientation'], interestsAfter: true };
}

/** The condition asked, led by the trade named and its card as the first button; for a field, the quiz offered. */
export function tradeConditionAnswer(u: Understanding, id: string): Route {
  // Only a clear trade leads; a field wished gets the quiz offered to find its trade.
  const trade = clearTrade(u) ? u.trade?.trade.code : undefined;
  return trade !== undefined ? { kind: 'faq_entry', id, leadTrade: trade, offers: ['choice.trade'] } : { kind: 'faq_entry', id, offers: ['choice.orientation'] };
}

/** Something provided for them: "il y a quelque chose de prévu pour moi ?", "qqch de spécial", "un dispositif", "un accompagnement". */
const PROVISION_ASKED =
  /\b(?:prevu|prevue|prevus|prevues|quelque chose|qqch|qqc|quelquechose|special|speciale|speciaux|particulier|particuliere|specifique|specifiques|dispositifs?|accompagnements?|adapte|adaptee|adaptes|amenage|amenagee|mes droits|des droits|quels droits)\b/;
/** Disability held, said as a fact of the message or the recognition named. */
const DISABILITY_NAMED = /\b(?:rqth|handicap|handicape|handicapee|travailleur handicape|travailleuse handicapee)\b/;
/** A narrower question has its own entry: obtaining the RQTH, pay, length. */
const NARROWER_DISABILITY_QUESTION = /\b(?:obtenir|demander|demande|dossier|mdph|salaire|paye|paie|duree|prolong\w*|combien)\b/;
/**
 * Not what is provided for the person asking: "ça change quelque chose ?" asks what a disability changes to what was
 * being discussed (the aids, the contract), and an apprentice of someone else's ("mon apprenti a une RQTH") or the
 * aids named are the employer's question, which the aids answer (the State's 6,000 €, the Agefiph or the FIPHFP).
 */
const NOT_PROVISION_FOR_ONESELF = /\b(?:change|changer|changent|changerait) (?:quelque chose|qqch|qqc|quoi|rien)\b|\baides?\b|\b(?:mon|notre|votre|l|un|une|son|sa) apprentie?s?\b/;

/**
 * "j'ai une RQTH, il y a quelque chose de prévu pour moi en apprentissage ?", "je suis handicapé, y a un
 * accompagnement spécial en alternance ?": what apprenticeship provides for a disability (the CFA's référent handicap,
 * no upper age limit, the Agefiph aid), not the generic aids list.
 */
export function disabilityProvisionAsked(u: Understanding): boolean {
  // Past the general age limit, the age is the question (disability-apprenticeship-open.ts says the same).
  if (u.kind !== 'text' || u.aid !== undefined || (u.facts.age !== undefined && u.facts.age >= 30)) return false;
  const text = u.normalized;
  return DISABILITY_NAMED.test(text) && PROVISION_ASKED.test(text) && !NARROWER_DISABILITY_QUESTION.test(text) && !NOT_PROVISION_FOR_ONESELF.test(text);
}
