import type { RoutingInput } from './route.js';

/** The entry saying who pays the training: free for the apprentice and the family, financed by the employer's OPCO. */
export const TRAINING_PAYER_ENTRY = 'formation-gratuite';
/** The same asked by the employer: the OPCO pays, the 750 € share from bac+3, the salary theirs (its own entry). */
export const EMPLOYER_TRAINING_COST_ENTRY = 'cout-apprenti-employeur';

/** The training as the thing paid: the course, the CFA, the school, its fees. */
const TRAINING = '(?:formation|formations|cfa|cours|ecole|scolarite|frais de formation|frais de scolarite|frais d inscription|frais du cfa|inscription au cfa)';
/** Paying or financing, as a verb: "paie", "finance", "prend en charge", "règle". */
const PAYS = '(?:paie|paye|payent|paient|paiera|payera|finance|financent|financera|prend en charge|prennent en charge|regle|reglent)';
/** The same, as a participle: "payée par qui", "financée par qui", "prise en charge par qui". */
const PAID = '(?:paie|paye|payee|payes|payees|finance|financee|finances|financees|pris en charge|prise en charge|regle|reglee)';

/**
 * The training named as what is paid, with a who: "qui paie la formation ?", "la formation au CFA, qui la paie ?",
 * "le cfa c'est financé par qui ?", "qui finance les cours ?". "qui me paie au CFA ?" names the person paid (the
 * salary during the CFA's hours), not the training: the object of the verb must be the training itself.
 */
const WHO_PAYS_TRAINING = new RegExp(
  [
    `\\b(?:qui|ki)(?: est ce qui| ce est qui| qui)? (?:va |doit |vont |doivent )?${PAYS} (?:la |le |les |l |ma |mon |mes |sa |son |ses |ta |ton |tes |sa |leur |notre |votre )?${TRAINING}\\b`,
    `\\b${TRAINING}\\b(?: \\S+){0,5} (?:qui|ki)(?: est ce qui| ce est qui)? (?:la |le |les |l )?(?:va |doit )?(?:la |le |les |l )?${PAYS}\\b`,
    `\\b${TRAINING}\\b(?: \\S+){0,4} (?:est |sont |ce est |c est |elle est |il est )?${PAID} par qui\\b`,
    `\\b(?:qui|ki) (?:la |le |les )?${PAYS}(?: \\S+){0,2} (?:la |le |les |l )?${TRAINING}\\b`,
  ].join('|'),
);

/** The salary named too ("qui paie le salaire et la formation ?"): two things asked, which the salary's rule reads. */
const SALARY = /\b(?:salaire|salaires|paie de l apprenti|fiche de paie|remuneration)\b/;
/**
 * A cost beside the training ("l'internat au CFA c'est payé par qui ?", "les repas au CFA ?", "le trajet jusqu'au CFA"):
 * the CFA only says where; the OPCO's side costs (lodging, meals, equipment) or transport answer, not the free training.
 */
const SIDE_COST = /\b(?:internat|hebergement|heberge|logement|loger|nuit|nuits|nuitee|nuitees|repas|cantine|restauration|manger|transport|transports|trajet|trajets|deplacement|deplacements|essence|train|bus|equipement|equipements|materiel|tenue|outils|ordinateur|permis)\b/;

/**
 * Round 30 (blind-36 emp-qui-paie): "Et la formation au CFA, qui la paie ?" after who pays the salary got the salary's
 * payer again. What is paid changes the answer: the training asked with a who is the entry on what the training costs
 * and who finances it (the OPCO; free for the apprentice), whatever came before.
 */
export function trainingPayerAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(TRAINING_PAYER_ENTRY)) return false;
  return asksWhoPaysTraining(u.normalized);
}

/** The training named as what is paid, with a who, and not the salary with it (normalised text). */
export function asksWhoPaysTraining(normalized: string): boolean {
  return WHO_PAYS_TRAINING.test(normalized) && !SALARY.test(normalized) && !SIDE_COST.test(normalized);
}

/**
 * Whose question it is: an employer ("la formation de mon apprenti", the persona known) asks what it costs them, the
 * employer's entry (the OPCO pays, the 750 € share from bac+3, the salary theirs), where the apprentice's and the
 * family's entry says only that it is free for them ("et moi je paie quoi ?" then had nothing to read).
 */
export function trainingPayerEntry(input: RoutingInput): string {
  const employer = input.data.profile.persona === 'employeur' || input.understanding.facts.persona === 'employeur' || input.understanding.cues.employerWord;
  return employer && input.hasFaqEntry(EMPLOYER_TRAINING_COST_ENTRY) ? EMPLOYER_TRAINING_COST_ENTRY : TRAINING_PAYER_ENTRY;
}
