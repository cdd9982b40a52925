/**
 * "arrêt" (the noun: "arrêt maladie", "arrêt de travail") and "arrêter" (the verb: to stop, to leave) share their stem,
 * so "s'il arrête, il reste au CFA ?" or "si j'arrête mon contrat je perds quoi ?" read as the sick-leave entry. The
 * verb said of a contract or an apprenticeship ("arrêter mon contrat", "elle arrête l'apprentissage"), or after "si"
 * and its subject ("s'il arrête", "si j'arrête") in a message that says nothing of illness or of the noun, means
 * stopping ("si jarrete" in SMS spelling too): it is written "rupture" for the FAQ matcher (one word for one: spans
 * keep their place). The reflexive ("le contrat s'arrête", "l'aide s'arrête") and the passive ("il est arrêté", the
 * doctor's leave) keep the verb.
 */
const VERB = 'j?(?:arreter|arrete|arretes|arretent|arretons|arretez|arretera|arreterai|arreterais|arreterait|arreteront)';
/** What one stops when one leaves: the contract, the apprenticeship, the employer. */
const STOPPED = '(?:(?:mon|ton|son|sa|ma|ta|le|la|les|leur|notre|votre|ce|cet|cette|tout|avec) (?:\\S+ )?)?(?:contrat|apprentissage|alternance|patron|patronne|employeur|entreprise|boite|apprentie?)';
const SUBJECT = '(?:je|tu|il|elle|on|ils|elles|nous|vous|mon fils|ma fille|mon apprenti|mon apprentie|notre apprenti)';
const WITH_OBJECT = new RegExp(`(?<=(?:^| ))${VERB}(?= (?:le |la )?${STOPPED}(?: |$))`, 'g');
/** "s'il arrête", "si j'arrête", "et si elle arrête ?": a verb with no object but "de" (stopping to do something else). */
const AFTER_IF = new RegExp(`(?<=(?:^| )si ${SUBJECT} (?:le |la |l )?)${VERB}(?= (?!de |d )|$)`, 'g');
/** A message about illness, or that names the noun: the verb may be the doctor's ("le médecin l'arrête"). */
const ILLNESS = /\b(?:maladie|malade|medecin|docteur|arret|arrets|accident|blesse|blessee|sante|hopital)\b/;

/** The normalised text with "arrêter" meaning to stop a contract written "rupture" (see above). */
export function withStoppingRead(normalized: string): string {
  if (!normalized.includes('arret') || ILLNESS.test(normalized)) return normalized;
  return normalized.replace(WITH_OBJECT, 'rupture').replace(AFTER_IF, 'rupture');
}
