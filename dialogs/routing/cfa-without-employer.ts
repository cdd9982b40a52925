import type { RoutingInput } from './route.js';

/** The entry on starting at the CFA without an employer (up to 3 months as a trainee of vocational training). */
export const WITHOUT_EMPLOYER_ENTRY = 'sans-employeur';

/**
 * Taken or enrolled at a school: "pris au cfa", "inscrite au CFA", "accepté en BTS au CFA", "mon dossier est accepté",
 * "j'ai une place au cfa", "admis en bac pro".
 */
const ENROLLED =
  /\b(?:pris|prise|inscrit|inscrite|inscrits|inscrites|accepte|acceptee|admis|admise|retenu|retenue|valide|validee|une place)\b(?: \S+){0,6}? (?:cfa|formation|ecole|centre de formation|mfr|bts|bac pro|cap|bp|but|licence|titre pro)\b|\b(?:cfa|formation|dossier|inscription|candidature)\b(?: \S+){0,3}? (?:est |a ete |ete )?(?:accepte|acceptee|validee?|ok|bon)\b/;

/**
 * No employer yet: "toujours pas de patron", "pas encore d'entreprise", "j'ai pas trouvé de boîte", "sans employeur",
 * "aucune entreprise".
 */
const NO_EMPLOYER =
  /\b(?:pas (?:encore |toujours |)(?:de|d|trouve de|trouve d|trouve|eu de|eu d) ?(?:patron|patronne|employeur|employeuse|entreprise|boite|boites|contrat|maitre de apprentissage|maitre d apprentissage|structure|alternance)|sans (?:patron|employeur|entreprise|boite|contrat)|aucun (?:patron|employeur|contrat)|aucune (?:entreprise|boite))\b/;

/**
 * "je suis pris au cfa en bts mco mais toujours pas de patron", "inscrite au CFA, j'ai pas trouvé d'entreprise": a
 * place at the CFA and no employer yet. Their question is whether they may start all the same — yes, up to 3 months
 * as a trainee while they look — not the card of the diploma's trade, nor the places teaching it.
 */
export function cfaWithoutEmployer(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(WITHOUT_EMPLOYER_ENTRY)) return false;
  const persona = u.facts.persona ?? input.data.profile.persona;
  if (persona === 'employeur') return false;
  return ENROLLED.test(u.normalized) && NO_EMPLOYER.test(u.normalized);
}
