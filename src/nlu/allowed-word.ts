/**
 * "permis" is the driving licence ("le permis", "permis de conduire", "permis B") and also the word for "allowed"
 * ("c'est permis ?", "est-ce permis de…", "ce n'est pas permis"). Read as "allowed", it is written "autorise" so that
 * the FAQ, the intents and the aid keywords see the question asked (a minor's late hours, a Sunday's work), not the
 * licence aid.
 */
const PERMIS_ALLOWED =
  /(?<=(?:^| )(?:est|c|ce|pas|plus|il|elle|soit|sont|etre|serait|jamais|bien|vraiment|toujours|t|ca) )permis(?= |$)(?! (?:de conduire|b|a|am|moto|voiture|bateau|poids lourd|c|ce|d|de la route)(?: |$))/g;

/** The normalised text with "permis" meaning "allowed" written "autorise" (one word for one: spans keep their place). */
export function withAllowedRead(normalized: string): string {
  return normalized.includes('permis') ? normalized.replace(PERMIS_ALLOWED, 'autorise') : normalized;
}
