import type { RoutingInput } from './route.js';

/** The entry on what a CFA is (the apprentice's school), offered as the closest we have. */
const CFA_ENTRY = 'cfa-definition';

/**
 * A thing of school life asked of the CFA: homework, report cards, tests, a schoolbag, breaks ("on a des devoirs ?",
 * "y a des bulletins de notes au cfa ?", "il y a des interros ?"). It is about apprenticeship, not out of scope, and no
 * source of ours says how each CFA works: the honest "not in my sources", the CFA's entry offered beside it.
 * "Les droits et devoirs de l'apprenti" are the contract's duties, which the FAQ answers: not this.
 */
const SCHOOL_THING = /\b(?:des|les|de|mes|tes|ses|beaucoup de) (?:devoirs|bulletins?|interros?|interrogations? ecrites?|recres?|recreations?|cartables?)\b|\bdevoirs (?:a la maison|le soir|au cfa)\b/;
const DUTIES = /\b(?:droits?|obligations?)\b/;
/**
 * Whether there is such a thing ("on a", "y a", "il y aura") or the CFA, apprenticeship named: the question is about
 * the CFA. "tu peux m'aider pour mes devoirs de maths ?" asks for help with homework: out of scope, as it was.
 */
const ABOUT_THE_CFA = /\b(?:on a|on aura|y a|il y a|ya|y aura|il y aura|aura|aurai|aurons|donne|donnent)\b|\b(?:cfa|apprentissage|alternance|apprentis?|apprenties?)\b/;

export function schoolLifeAsked(i: RoutingInput): boolean {
  const u = i.understanding;
  if (u.kind !== 'text' || !i.hasFaqEntry(CFA_ENTRY)) return false;
  return SCHOOL_THING.test(u.normalized) && ABOUT_THE_CFA.test(u.normalized) && !DUTIES.test(u.normalized);
}

export const schoolLifeRoute = { kind: 'say', key: 'faq_not_covered', closest: CFA_ENTRY } as const;
