/**
 * "je gagne 800 € par mois", "elle touche 900 euros", "mon salaire est de 1 000 €": the figure told is the person's
 * own pay, which no aid is claimed at, even when the same message then asks for aids ("… il y a des aides pour moi
 * ?"). Not "je touche 500 € d'aide", where the figure is the aid's.
 */
const PAY_FIGURE = /\b(?:(?:je|il|elle|on) (?:gagne|touche|percois|percoit|suis paye|suis payee|est paye|est payee)|(?:mon|son|ma|sa) (?:salaire|paie|paye|remuneration)(?: net| brut)? (?:est de|de|fait|c est|a))\s+(?:environ |a peu pres |genre |que |seulement |juste )?(\d+)\s*(?:euros?|e|eur)?(?! (?:de|d) (?:aide|aides|prime|primes|allocation|allocations|bourse|cej)\b)/g;

/** The figures the message tells as the person's own pay. */
export function ownPayFigures(normalized: string): number[] {
  return [...normalized.matchAll(PAY_FIGURE)].map((m) => Number(m[1]));
}
