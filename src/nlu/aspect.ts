import { tokenize } from '../text/normalize.js';

/**
 * The ASPECT a short follow-up asks of the thing just answered (an aid, a FAQ answer, a list, an organisation), read
 * from its words alone: what the thing is does not matter here (dialogs/routing/aspect-in-view.ts pairs the two).
 *
 * - `dates`: when the thing ran, started or ended ("elle datait de quand ?", "ça a commencé quand ?", "depuis quand ?");
 * - `next_phase`: what comes once the rule's span is over ("et après les 45 jours ?", "une fois ce délai passé ?");
 * - `meaning`: the answer explained further, in practice ("ça veut dire quoi concrètement ?", "c'est-à-dire ?");
 * - `employer_side`: the same case seen from the employer, an aid for them ("et pour mon patron, y a une aide ?");
 * - `still_for_me`: whether it still holds for the person, an age told with it ("j'ai 27 ans, ça marche pas alors ?");
 * - `duration`: how long it lasts ("pendant combien de temps ?", "ça dure combien ?", "jusqu'à quand ?");
 * - `delay`: how soon its step must be done ("dans quel délai ?", "avant quand ?", "date limite ?").
 *
 * Normalised text only (no accents; "c'est" is "ce est", "jusqu'à" is "jusque a", "y'a" is "y a").
 */
export type Aspect = 'dates' | 'next_phase' | 'meaning' | 'employer_side' | 'still_for_me' | 'duration' | 'delay';

/** A follow-up of one aspect is short: a longer message says a case or a question of its own. */
export const ASPECT_MAX_WORDS = 12;

const WHEN = '(?:quand|qd|kan|quelle annee|quelle date|quel mois)';
/** "elle datait de quand ?", "ça date de quand ?", "elle a commencé quand ?", "elle s'est arrêtée quand ?", "depuis quand ça existe ?". */
const DATES = new RegExp(
  [
    `\\bdat(?:e|ait|ent|aient)\\b.*\\b${WHEN}\\b`,
    `\\b(?:commence|commencee|demarre|demarree|debute|debutee|cree|creee|lance|lancee|arrete|arretee|fini|finie|termine|terminee|supprime|supprimee|existe|existait|existaient)\\b.*\\b${WHEN}\\b`,
    `\\b${WHEN}\\b.*\\b(?:commence|commencee|commencait|demarre|debute|cree|creee|lance|lancee|arrete|arretee|fini|finie|termine|terminee|supprime|supprimee|existe|existait)\\b`,
    '\\bdepuis (?:quand|qd|kan|combien de temps) (?:elle |il |ca |sa )?(?:existe|existait|est|etait)\\b',
    '\\bde quand a quand\\b',
    '\\ben quelle annee\\b',
  ].join('|'),
);

/**
 * Round 32 (review 22, E2): "jusqu'à quand peut-on signer pour en bénéficier ?", "on a jusqu'à quand pour embaucher ?",
 * "c'est valable jusqu'à quand ?": the last day of a window to enter (a contract to sign, a demand to file, an offer
 * still open) is a date of the thing in view, not how long it lasts once obtained ("jusqu'à quand je la touche ?").
 */
const UNTIL = '(?:jusque? a quand|jusqua quand|jusque quand)';
const ENTERING = '(?:signer|signe|signee|signes|conclure|conclu|conclus|embaucher|embauche|recruter|deposer|demander|faire la demande|postuler|inscrire|candidater|en beneficier|beneficier|en profiter|profiter|valable|valables|ouvert|ouverte|possible)';
const DEADLINE = new RegExp(`\\b${UNTIL}\\b.*\\b${ENTERING}\\b|\\b${ENTERING}\\b.*\\b${UNTIL}\\b`);

/** The span a rule speaks of, now over: "après les 45 jours", "une fois les 2 mois passés", "passé ce délai", "au-delà". */
const NEXT_PHASE = /\b(?:et |mais )?(?:apres|passe|passes|passee|passees|au dela de|au dela) (?:les |ces |ce |cette |la |le )?(?:\d+ (?:premiers |premieres )?(?:jours|j|je|mois|semaines|ans|heures)|delai|periode de essai|periode d essai|periode|essai)\b|\bune fois (?:les |ces |ce |cette |la |le )?(?:\d+ (?:premiers |premieres )?(?:jours|j|je|mois|semaines)|delai|periode de essai|periode d essai|periode|essai) (?:passes?|passees?|finie?s?|terminee?s?|ecoulee?s?)\b|\b(?:et )?au dela\s*$|\bet (?:apres|ensuite)\s*$|\bet (?:apres|ensuite) (?:ca|sa|il se passe quoi|on fait quoi|ca se passe comment)\b/;

/**
 * "ça veut dire quoi (concrètement) ?", "c'est-à-dire ?", "concrètement ?" alone ("concrètement je fais quoi ?" asks
 * a step, not the meaning), "tu peux expliquer ?", "j'ai pas compris".
 */
const MEANING = /\b(?:ca|sa|cela|ce|c|ce qui)? ?veut dire quoi\b|\bque est ce que (?:ca|cela|sa) veut dire\b|\bce est a dire\b|\bcad\b|^(?:et |mais |donc |ok )?(?:concretement|en pratique)(?: (?:ca|sa|cela) (?:donne|fait|change) quoi| ca se passe comment)?$|\b(?:tu peux|vous pouvez|pouvez vous|peux tu|tu pourrais|vous pourriez) (?:m |me |nous )?(?:expliquer|detailler|preciser|developper|reexpliquer)\b|\bexplique(?:z)? (?:moi|mieux|plus)\b|\b(?:je ai|j ai|jai|on a) (?:pas|rien) (?:compris|capte|pige)\b|\bje (?:comprends|comprend|capte|pige) pas\b|\bplus clairement\b/;

/** The employer pointed at: "mon patron", "l'employeur", "ma boîte", "l'entreprise", "mon maître d'apprentissage". */
const EMPLOYER = /\b(?:patron|patrons|patronne|employeur|employeurs|employeuse|boite|boss|entreprise|entreprises|maitre d apprentissage)\b/;
/** Something for them: an aid, money, a help ("y a une aide ?", "il touche quelque chose ?", "il a droit à quoi ?"). */
const FOR_THEM = /\b(?:aide|aides|prime|primes|argent|sous|financement|financements|subvention|subventions|touche|toucher|touchera|droit a|compensation)\b/;
/** "et pour …", "et de son côté", "et lui", "et côté …": the audience switched, not a new question. */
const SWITCHED = /^(?:et|mais|puis)\b|\bcote\b|\bde son cote\b|\baussi\b|\blui\b/;

/** Whether it still holds for the person: "ça marche pas alors ?", "c'est mort ?", "j'y ai droit ?", "je peux encore ?". */
const STILL_FOR_ME = /\b(?:ca|sa|cela|c|ce)? ?(?:marche|marchera|fonctionne|passe) (?:pas|plus|pour moi|quand meme|encore)\b|\b(?:ce est|c est|cest) (?:mort|fini|foutu|rape|cuit|mort pour moi|trop tard|bon|ok|possible|pas possible)\b|\b(?:j|je) y ai (?:droit|acces)\b|\b(?:trop tard|fichu|foutu)\b|\b(?:je peux|je pourrai|je pourrais|je peu|jpeux) (?:encore |quand meme |pas |plus |y |aller )*(?:y aller|aller|en profiter|y avoir droit|y entrer|la voir|les voir)?\s*$|\btrop (?:vieux|vieille|age|agee|grand|grande)\b|\b(?:pas|plus) (?:le droit|droit)\b|\bca compte\b|\bje suis (?:hors|trop)\b/;

/** "pendant combien de temps ?", "ça dure combien ?", "c'est sur combien de mois ?", "jusqu'à quand ?", "combien de temps on la touche ?". */
const DURATION = /\b(?:pendant|durant|sur) combien\b|\b(?:ca|cela|elle|il|sa) dure\b|\bdure(?:ra|nt)? combien\b|\bduree\b|\bcombien de (?:temps|tps|mois|annees?)\b|\bcmb de (?:temps|tps)\b|\bjusque? a quand\b|\bjusqua quand\b|\blongtemps\b/;
/** "dans quel délai ?", "c'est quoi le délai ?", "avant quand ?", "date limite ?", "il reste combien de temps ?". */
const DELAY = /\bdelais?\b|\bau plus tard\b|\bavant quand\b|\bdate limite\b|\bil (?:me |nous |vous )?reste combien de temps\b/;

/**
 * Round 30 (blind-36 faq-essai): what happens next asked with the "next" at the end or the happening first: "et il se
 * passe quoi après ?", "qu'est-ce qui se passe ensuite ?", "ça se passe comment après ?", "ensuite il se passe quoi ?",
 * "et une fois finie ?". Not "je fais quoi après ?", a next step of one's own (next-step-asked.ts), nor "et quand
 * c'est fini ?", which after an aid asks when it ended (dates).
 */
const HAPPENS = '(?:il se passe|ca se passe|sa se passe|se passe t il|se passe til|que est ce qui se passe|qu est ce qui se passe|que est ce que il se passe|qu est ce qu il se passe|que se passe t il|que se passe te il|se passe te il|il arrive|il se produit)';
const NEXT_PHASE_TOLD = new RegExp(
  [
    `\\b${HAPPENS} (?:quoi |comment )?(?:apres|ensuite|apres ca|ensuite ca|apres cela|par la suite)\\s*$`,
    `^(?:et |mais )?(?:apres|ensuite|apres ca|par la suite),? ${HAPPENS}(?: quoi| comment)?\\b`,
    `^(?:et |mais )?une fois (?:que )?(?:elle est |il est |ce est |c est |ca est |la periode est |le delai est )?(?:finie?|terminee?|passee?|ecoulee?|depassee?)\\s*$`,
  ].join('|'),
);

const nWords = (normalized: string): number => tokenize(normalized).length;

/** The aspect the message asks, when it asks one of these and nothing longer. */
export function aspectAsked(normalized: string): Aspect | undefined {
  if (nWords(normalized) > ASPECT_MAX_WORDS) return undefined;
  if (EMPLOYER.test(normalized) && FOR_THEM.test(normalized) && SWITCHED.test(normalized)) return 'employer_side';
  if (NEXT_PHASE.test(normalized) || NEXT_PHASE_TOLD.test(normalized)) return 'next_phase';
  if (DATES.test(normalized) || DEADLINE.test(normalized)) return 'dates';
  if (DELAY.test(normalized)) return 'delay';
  if (DURATION.test(normalized)) return 'duration';
  if (MEANING.test(normalized)) return 'meaning';
  if (STILL_FOR_ME.test(normalized)) return 'still_for_me';
  return undefined;
}

/** Whether the employer's public sector is meant ("ma mairie", "fonction publique"): the public employers' aid. */
export const PUBLIC_EMPLOYER = /\b(?:public|publique|mairie|commune|collectivite|fonction publique|hopital|administration|etat)\b/;
