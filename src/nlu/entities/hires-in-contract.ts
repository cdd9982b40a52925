/**
 * "je souhaite embaucher en contrat de professionnalisation une personne de 23 ans", "nous voulons recruter en
 * alternance un salarié", "on va prendre en apprentissage un jeune": the one who hires, the kind of contract put
 * between the verb and the person hired. Said in the first person, it is the employer (persona.ts reads the plain
 * "embaucher un apprenti" already); the answers then speak to them in vous, about the person hired.
 */
export const HIRES_IN_A_CONTRACT =
  / (?:je|nous|on) (?:[a-z]+ ){0,2}(?:embaucher|embauche|embauchons|recruter|recrute|recrutons|prendre|prends|prenons|engager|engage|engageons) (?:en (?:contrat (?:de professionnalisation|pro|d apprentissage|en alternance)|alternance|apprentissage|contrat pro) )(?:un|une) (?:personne|salarie|salariee|jeune|apprenti|apprentie|alternant|alternante|demandeur|demandeuse|candidat|candidate|gars|fille|garcon) /;

/**
 * "Contrat signé le 10 février avec un apprenti en bac pro", "j'ai signé avec une apprentie la semaine dernière",
 * "nous avons conclu un contrat d'apprentissage avec un jeune de 17 ans": the contract told from the side that signs
 * WITH the apprentice, which is the employer's. The apprentice signs with an employer, a company, a boss ("j'ai signé
 * avec un garage"), never "with an apprentice". Up to six words may stand between the contract and the person (a date,
 * the kind of contract).
 */
export const CONTRACT_WITH_AN_APPRENTICE =
  / (?:contrat|signe|signee|signes|signees|conclu|conclus|conclue|passe) (?:[a-z0-9]+ ){0,6}?avec (?:un|une|notre|mon|ma|le|la|cet|cette) (?:futur |future |nouvel |nouveau |nouvelle |jeune )?(?:apprenti|apprentie|alternant|alternante|jeune) /;
