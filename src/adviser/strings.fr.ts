/**
 * French labels the adviser API puts around knowledge answers (the answers themselves come from the knowledge
 * base and messages.fr.yaml). Advisers read them; they may also paste them to a young person or a parent.
 */
export const ADVISER_STRINGS = {
  sourcePrefix: 'Source',
  verifiedOn: 'vérifié le {date}',
  dataOf: 'données du {date}',
  linkPrefix: 'Lien',
  aidWho: { jeune: 'le jeune', employeur: "l'employeur", famille: 'la famille' } as Record<string, string>,
  aidFor: 'Pour : {who}. Versée par : {provider}.',
  aidEnded: 'Mesure terminée le {date} : ne plus la proposer.',
  aidEndedUndated: 'Mesure terminée (la source ne donne pas de date de fin précise) : ne plus la proposer.',
  aidUpcoming: "Mesure qui s'applique à partir du {date}.",
  aidReplacedBy: 'Remplacée par : {title}.',
  aidOther: 'Autres conditions : {list}',
  tradeTitle: 'Métier : {label}',
  tradeDomains: 'Domaines : {list}',
  tradeNoDiploma: "Aucun diplôme ouvert à l'apprentissage trouvé pour ce métier dans nos sources.",
  tradeText: '{label} (fiche ROME {code}).',
  diplomaText: '{type}, niveau {level}. {apprenticeship}',
  diplomaOpen: "Ouvert à l'apprentissage.",
  diplomaClosed: "Non signalé comme ouvert à l'apprentissage dans nos sources.",
  diplomaInactive: "Ce diplôme n'est plus délivré (dernière session ou fin de validité dépassée) : vérifiez son remplaçant.",
  diplomaWhere: 'Préparé en apprentissage en Normandie dans {count} établissement(s) de nos données.',
  establishmentText: '{name}, {place}.',
  establishmentAddress: 'Adresse : {address}',
  establishmentOffers: 'Formations relevées ({count}) :',
  establishmentNoOffer: 'Aucune formation identifiée dans nos données pour cet établissement.',
  establishmentStale: 'Offres relevées en {year} : à vérifier auprès de l’établissement.',
  diplomaOutcome: '{rate} % des apprentis en emploi {months} mois après (Normandie, sortants {cohort}, InserJeunes).',
  smicOf: 'SMIC de {smic} € brut mensuel au {date}',
  moreItems: '… et {count} autres.',
} as const;

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([a-z_]+)\}/g, (all, name: string) => (params[name] === undefined ? all : String(params[name])));
}
