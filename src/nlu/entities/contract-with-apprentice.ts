/**
 * "Contrat signé le 10 février avec un apprenti en bac pro", "j'ai signé avec une apprentie la semaine dernière",
 * "nous avons conclu un contrat d'apprentissage avec un jeune de 17 ans": the contract told from the side that signs
 * WITH the apprentice, which is the employer's. The apprentice signs with an employer, a company, a boss ("j'ai signé
 * avec un garage"), never "with an apprentice". Up to six words may stand between the contract and the person (a date,
 * the kind of contract).
 */
export const CONTRACT_WITH_AN_APPRENTICE =
  / (?:contrat|signe|signee|signes|signees|conclu|conclus|conclue|passe) (?:[a-z0-9]+ ){0,6}?avec (?:un|une|notre|mon|ma|le|la|cet|cette) (?:futur |future |nouvel |nouveau |nouvelle |jeune )?(?:apprenti|apprentie|alternant|alternante|jeune) /;
