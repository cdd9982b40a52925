/**
 * "tout seul dans ma boîte", "je bosse seul dans mon garage", "seule à la tête de mon salon", "pas de salarié",
 * "je suis à mon compte": an employer who works alone, i.e. a company with no employee (fewer than 11, fewer than 250
 * for the hiring aid). Review 16 (E6): the plumber "tout seul dans ma boite" was still asked his head count and shown
 * the 250-and-more line. Being alone elsewhere ("je suis seul à la maison", "je me sens seule") is not a company size.
 */
const WORKPLACE = String.raw`(?:boite|entreprise|societe|boutique|garage|atelier|salon|commerce|cabinet|exploitation|ferme|restaurant|resto|boulangerie|structure|affaire|camion|chantiers?)`;
const ALONE = String.raw`(?:tout |toute |tt )?(?:seul|seule|seuls)`;
const ALONE_IN_MY_COMPANY = new RegExp(
  [
    // "tout seul dans ma boite", "seule à la tête de mon salon", "seul dans mon entreprise"
    String.raw`\b${ALONE} (?:dans|a la tete de|a la tete du|aux commandes de|pour faire tourner) (?:ma|mon|notre|la|le|l) ?${WORKPLACE}\b`,
    // "ma boite, j'y suis tout seul", "dans mon garage je suis seul", "mon entreprise c'est que moi"
    String.raw`\b(?:ma|mon|notre) ${WORKPLACE}\b.{0,25}\b(?:je suis|jsuis|jsui|chui|suis|on est|je bosse|je travaille) ${ALONE}\b`,
    String.raw`\b(?:ma|mon|notre) ${WORKPLACE}\b.{0,25}\b(?:y a que moi|il y a que moi|ya que moi|il n y a que moi|c est que moi|ce est que moi)\b`,
    // "je bosse seul", "je travaille tout seul" with a trade or a company said around
    String.raw`\b(?:je bosse|jbosse|je travaille|jtravaille|je suis|jsuis|chui) ${ALONE} (?:a mon compte|en entreprise individuelle|sans salarie|sans employe|sans personne)\b`,
    // "pas de salarié", "aucun salarié", "zéro salarié", "je suis à mon compte sans personne"
    String.raw`\b(?:pas de|pas d|aucun|zero|0) (?:salarie|salaries|employe|employes)\b`,
  ].join('|'),
);

export function aloneInOwnCompany(normalized: string): boolean {
  return ALONE_IN_MY_COMPANY.test(normalized);
}
