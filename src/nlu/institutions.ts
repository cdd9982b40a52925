/**
 * The public services and bodies a person names around apprenticeship: the Mission Locale, France Travail, the chambers
 * of trades, commerce or agriculture, the Région, an OPCO, the CAF… They help, fund or register; they are not a trade.
 * Their words must not be read as a job title: "mission locale" is a word for word match of the ROME title "directeur
 * de mission locale", so "la mission locale peut m'aider ?" used to put a public-service director in the profile and
 * the next "formations près de Rouen ?" searched that trade's courses. Normalised text (no accents, elisions spread).
 */
const INSTITUTION = new RegExp(
  '\\b(?:' +
    [
      'missions? locales?',
      'france travail',
      'pole emploi',
      'cap emploi',
      // "chambre de métiers (et de l'artisanat)", "chambre des métiers", "chambre de commerce (et d'industrie)".
      'chambres? (?:de |des )?(?:metiers|commerce|agriculture)(?: et (?:de )?(?:le |la )?(?:artisanat|industrie))?',
      'chambres? de (?:le |la )?(?:artisanat|agriculture)',
      'conseil regional',
      'region normandie',
      'onisep',
      'urssaf',
      'agefiph',
      'opcos?',
      'caf',
      'rectorat',
    ].join('|') +
    ')\\b',
  'g',
);

/**
 * Saying one wants to work there is asking for its trade ("devenir conseiller en mission locale", "travailler comme
 * directeur de mission locale"): the words are then a job title and stay.
 */
const WORKING_THERE = /\b(?:devenir|(?:veux|voudrais|aimerais|souhaite) etre|metier de|travailler comme|bosser comme|poste de)\b/;

/** The message without the institutions it names, for the trade search (unless a job there is what is wished). */
export function withoutInstitutions(normalized: string): string {
  if (WORKING_THERE.test(normalized)) return normalized;
  return normalized.replace(INSTITUTION, ' ').replace(/\s+/g, ' ').trim();
}
