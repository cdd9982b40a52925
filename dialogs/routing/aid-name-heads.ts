/**
 * The head words of an aid's own name, singular and normalised: "prime d'activité", "allocation rentrée", "chèque
 * formation", "bonus vacances", "pass culture", "subvention machin". One list for the two readers of an aid asked by a
 * name: invented-aid-name.ts (a name of real words no aid bears, which adds the cards) and unknown-asked.ts (a name no
 * entry writes, which adds "aide", "bourse" and "dispositif" before a word of its own).
 */
export const AID_NAME_HEADS: readonly string[] = ['prime', 'allocation', 'cheque', 'bonus', 'pass', 'subvention'];

/** A head with its plural ("primes", "chèques"); "bonus" and "pass" are their own plural. */
export const pluralOfHead = (head: string): string => (head.endsWith('s') ? head : `${head}s`);
