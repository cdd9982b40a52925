import type { RoutingInput } from './route.js';

/**
 * Where to find offers or an employer: "ya un site pour trouver des offres ?", "où chercher une boîte ?", "y a une appli
 * pour voir les annonces d'alternance ?", "où je peux trouver un patron ?".
 */
const OFFERS_SOUGHT = new RegExp(
  '\\b(?:site|sites|appli|application|plateforme|ou)\\b(?: \\S+){0,5}? (?:trouver|chercher|voir|regarder|consulter|trouve|cherche)' +
    '(?: \\S+){0,2}? (?:offres?|annonces?|entreprises?|boites?|patrons?|employeurs?|alternances?|apprentissages?|contrats?|stages?)\\b' +
    '|\\b(?:site|sites|appli|application|plateforme)\\b(?: \\S+){0,2}? (?:des |les |de )?(?:offres?|annonces?)\\b',
);

/** An employer's side: publishing an offer, or an apprentice sought ("trouver un apprenti", "déposer une annonce"). */
const EMPLOYER_SIDE = /\b(?:publier|deposer|poster|diffuser|mettre en ligne|recruter|embaucher)\b|\b(?:un|une|mon|ma|notre|des|d) (?:apprenti|apprentie|apprentis|alternant|alternante|alternants)\b/;

/**
 * A young person (or their parent) asks where to find offers or an employer: the services that help them find one
 * (La bonne alternance, 1jeune1solution, the Mission Locale), whatever the last answer was — not that answer's links,
 * nor the employer's hiring steps a follow-up reading of the last entry reaches. An employer, or anyone who seeks an
 * apprentice or publishes an offer, keeps their own answer.
 */
export function offersSought(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !OFFERS_SOUGHT.test(u.normalized) || EMPLOYER_SIDE.test(u.normalized)) return false;
  const persona = u.facts.persona ?? input.data.profile.persona;
  return persona !== 'employeur' && persona !== 'conseiller';
}
