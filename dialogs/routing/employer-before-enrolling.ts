import type { RoutingInput } from './route.js';
import { WITHOUT_EMPLOYER_ENTRY } from './cfa-without-employer.js';

/**
 * "doit-elle avoir trouvé un employeur avant de s'inscrire ?", "faut-il déjà un patron pour entrer au CFA ?", "il
 * faut une entreprise pour s'inscrire ?": whether an employer is needed BEFORE enrolling. The first answer is that
 * one may start at the CFA up to 3 months without one (the contract is needed to go on): the entry on starting
 * without an employer, not the Affelnet entry nor a repeat of it (review 15, P5: "l'inscription n'est effective
 * qu'avec un employeur" misled a parent). Pure: reads the normalised message.
 */

/** The need: "doit", "faut-il", "obligé", "besoin", "déjà"… */
const NEED = /\b(?:doit|dois|doivent|devra|devrait|faut|faudra|faudrait|oblige|obligee|obligatoire|besoin|necessaire|impose|deja|forcement)\b/;
/** The employer, or the contract signed with one. */
const EMPLOYER = /\b(?:employeur|employeuse|patron|patronne|entreprise|boite|maitre de apprentissage|maitre d apprentissage|contrat signe|contrat)\b/;
/** Before or in order to enrol / start at the CFA. */
const BEFORE_ENROLLING =
  /\b(?:avant|pour|afin de)(?: de| d)?(?: (?:se|me|te|le|la|l|s|m|t))? (?:inscrire|inscrit|inscrite|inscription|entrer|rentrer|commencer|demarrer|integrer|aller|candidater|postuler)\b(?:(?! (?:travailler|bosser|embaucher|recruter)\b).)*$|\b(?:avant|pour) (?:le|la|l) (?:inscription|entree|rentree|cfa)\b/;

export function employerNeededBeforeEnrolling(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(WITHOUT_EMPLOYER_ENTRY)) return false;
  // An employer asking about their own hiring steps is another question.
  if ((u.facts.persona ?? input.data.profile.persona) === 'employeur') return false;
  const n = u.normalized;
  return NEED.test(n) && EMPLOYER.test(n) && BEFORE_ENROLLING.test(n) && employerNamedFirst(n);
}

/** The employer is named before the enrolment ("un employeur avant de s'inscrire"), not after it. */
function employerNamedFirst(n: string): boolean {
  const employer = EMPLOYER.exec(n);
  const enrolling = BEFORE_ENROLLING.exec(n);
  return employer !== null && enrolling !== null && employer.index < enrolling.index;
}
