/**
 * Round 30: "on m'a renvoyé au bout de 3 semaines", "mon patron veut plus de moi", "ils m'ont remercié après 20 jours",
 * "il m'a dit de pas revenir": the apprentice (or their child) tells that the EMPLOYER ended the contract. Their answer
 * is the employer's rupture (free in the first 45 days, then only for the reasons the law lists) and what they can do
 * next, never the apprentice's own way out ("tu peux partir sans raison") that the speaker's side would otherwise pick.
 * Read on the normalised message ("il m'a viré" is "il me a vire"). "je vous remercie" and "merci" are thanks: only a
 * person being "remercié" BY someone (an object pronoun before the auxiliary) is let go.
 */

/** Done to the speaker or their child: "il me a", "ils me ont", "on le a", "elle la a", "on nous a", SMS "il ma", "ils mont". */
const DONE_TO = String.raw`(?:(?:me|m|le|la|l|nous|te|t) (?:a|ont|avait|avaient)|ma|mont|mavait)`;
/** The verbs of letting someone go. */
const LET_GO = String.raw`(?:vire|viree|renvoye|renvoyee|remercie|remerciee|lache|lachee|jete|jetee|licencie|licenciee|mis dehors|mise dehors|mis a la porte|mise a la porte|degage|degagee)`;
/** The same verbs after "se faire": "je me suis fait virer", "elle s'est fait renvoyer". */
const GOT_LET_GO = String.raw`(?:me|se|s|te|t) (?:suis|est|es|sommes) fait(?:e)? (?:virer|renvoyer|remercier|lacher|jeter|licencier|degager|mettre dehors|mettre a la porte)`;

const DISMISSED = new RegExp(
  [
    String.raw`\b${DONE_TO} ${LET_GO}\b`,
    String.raw`\b${GOT_LET_GO}\b`,
    String.raw`\b(?:ai|a|as|avons|ont) ete ${LET_GO}\b`,
    String.raw`\b(?:je|il|elle|on) (?:suis|est|es) (?:vire|viree|renvoye|renvoyee|licencie|licenciee)\b`,
    // "il m'a dit de pas revenir", "on lui a dit de ne plus venir", "elle m'a dit que c'était fini".
    String.raw`\b(?:(?:me|m|lui|nous) a|ma) dit (?:de )?(?:ne )?(?:pas|plus) (?:revenir|venir)\b`,
    String.raw`\b(?:(?:me|m|lui|nous) a|ma) dit (?:que )?(?:c est|c etait|ce est|ce etait) fini\b`,
    // "mon patron veut plus de moi", "il ne veut pas me garder", "ma patronne me garde pas".
    String.raw`\b(?:veut|voulait|veulent) (?:plus|pas) (?:de moi|de lui|de elle|me garder|le garder|la garder)\b`,
    String.raw`\b(?:me|le|la) garde (?:pas|plus)\b`,
    String.raw`\b(?:veut|voulait|veulent) (?:pas|plus) (?:me|le|la) garder\b`,
  ].join('|'),
);

/**
 * Sent away from school or from the CFA ("renvoyé du lycée", "viré du CFA", "viré de cours") is no employer ending a
 * contract ("viré, je peux rester au CFA ?" still is one).
 */
const FROM_SCHOOL = /\b(?:du|des|de la|de le|de) (?:lycee|college|ecole|fac|internat|classe|cours|cfa)\b/;

/** The employer ended the speaker's (or their child's) contract, as they tell it. */
export function dismissedTold(normalized: string): boolean {
  return DISMISSED.test(normalized) && !FROM_SCHOOL.test(normalized);
}
