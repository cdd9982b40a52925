/**
 * "Peut-il rompre son contrat seul ?", "elle peut rompre son contrat si elle est pas bien ?", "je peux rompre mon
 * contrat moi-même ?", "est-ce que mon fils peut casser son contrat tout seul": the apprentice is the one who would
 * break the contract — the subject and the contract's owner are the same person (je … mon, il/elle … son/sa). Told so,
 * the apprentice's way out (the 45 days, then the mediator and the notice) answers, not the employer's rupture that
 * the bare verb defaults to (review 18, P6: a parent's "Peut-il rompre son contrat seul ?" got the employer's card).
 */
const OWN_RUPTURE =
  /\b(?:(?:je|j) (?:\w+ ){0,2}(?:rompre|casser|resilier|arreter) (?:mon|ma) (?:contrat|apprentissage|alternance)|(?:il|elle|fils|fille|enfant|apprenti|apprentie) (?:\w+ ){0,2}(?:rompre|casser|resilier|arreter) (?:son|sa) (?:contrat|apprentissage|alternance)|(?:peux|pourrais|dois|veux|puis) je (?:\w+ )?(?:rompre|casser|resilier|arreter) (?:mon|ma) (?:contrat|apprentissage|alternance)|(?:peut|pourrait|doit|veut) (?:il|elle) (?:\w+ )?(?:rompre|casser|resilier|arreter) (?:son|sa) (?:contrat|apprentissage|alternance))\b/;

/** The entry on the apprentice's own rupture of the contract. */
export const OWN_RUPTURE_ENTRY = 'rupture-contrat';

export function ownRuptureAsked(normalized: string): boolean {
  return OWN_RUPTURE.test(normalized);
}
