import type { Route, RoutingInput } from './route.js';

/**
 * Whether the child stays a dependant of the family, asked in words no aid keyword holds: "elle reste à charge ?",
 * "il est toujours à notre charge ?", "on peut encore le compter à charge ?", "mon fils apprenti compte comme enfant à
 * charge ?". The child, not a cost, is what stays "à charge": a verb of staying or counting, or the child named, comes
 * just before — "le transport est à ma charge ?" (who pays a cost) is another question, and so is "pris en charge".
 */
const STAYS_DEPENDANT =
  /\b(?:reste|restent|restera|resteront|resterait|rester|toujours|encore|considere|consideree|consideres|compte|comptee|compter|comptez|comptons|declarer|declare|declaree|enfant|enfants|fils|fille|personne|personnes) (?:(?:t|il|elle|ils|elles|on|le|la|les|l|bien|encore|toujours|comme|en|tant que|un|une|notre|mon|ma|apprenti|apprentie) ){0,3}a (?:notre |ma |votre |leur |sa |mon |la |)charge\b(?! de)/;
/** "rattaché(e) au foyer", "les allocs continuent ?": the same question about the family's allowances. */
const ALLOWANCES_KEPT =
  /\b(?:les |nos |mes |vos |ses |leurs |)(?:allocs?|allocations|alloc familiales|caf) (?:continuent|continue|continuera|continueront|restent|reste|sont maintenues|est maintenue|s arretent|s arrete|s arreteront|sautent|saute|tombent)\b/;
const DEPENDANT_AID = 'allocations-familiales-apprenti';

/**
 * A parent (or someone not told as an employer) asks whether the apprentice stays à charge for the family's
 * allowances: the family allowance rule for an apprentice (until 20, net pay at most 55 % of the SMIC × 169 h), whatever
 * aid or answer was in view — not that aid again ("Comme dans ma réponse juste au-dessus…").
 */
export function dependentChildAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text') return undefined;
  if (!STAYS_DEPENDANT.test(u.normalized) && !ALLOWANCES_KEPT.test(u.normalized)) return undefined;
  const persona = u.facts.persona ?? data.profile.persona;
  if (persona === 'employeur' || persona === 'conseiller') return undefined;
  if (u.aid !== undefined && u.aid.id !== DEPENDANT_AID) return undefined;
  return input.aids.some((a) => a.id === DEPENDANT_AID) ? { kind: 'aid', id: DEPENDANT_AID } : undefined;
}
