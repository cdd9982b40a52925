/**
 * "je souhaite embaucher en contrat de professionnalisation une personne de 23 ans", "nous voulons recruter en
 * alternance un salarié", "on va prendre en apprentissage un jeune": the one who hires, the kind of contract put
 * between the verb and the person hired. Said in the first person, it is the employer (persona.ts reads the plain
 * "embaucher un apprenti" already); the answers then speak to them in vous, about the person hired.
 */
export const HIRES_IN_A_CONTRACT =
  / (?:je|nous|on) (?:[a-z]+ ){0,2}(?:embaucher|embauche|embauchons|recruter|recrute|recrutons|prendre|prends|prenons|engager|engage|engageons) (?:en (?:contrat (?:de professionnalisation|pro|d apprentissage|en alternance)|alternance|apprentissage|contrat pro) )(?:un|une) (?:personne|salarie|salariee|jeune|apprenti|apprentie|alternant|alternante|demandeur|demandeuse|candidat|candidate|gars|fille|garcon) /;
