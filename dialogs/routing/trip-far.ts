import type { RoutingInput } from './route.js';

/**
 * The trip to the CFA or to work told as a problem, and the ways of travelling asked after it (review 21, J8):
 * - "j'habite à Vire et mon CFA est à Caen, ça fait loin, j'ai pas le permis", "mon entreprise est à 40 km": one's own
 *   CFA or workplace far away is the entry on getting to the CFA (public transport, the employer's half of a pass,
 *   the aids), not a fallback nor a course search by the towns named;
 * - "et pour le train ?", "et le bus ?", "le tram aussi ?": a short message naming a public transport only, after
 *   anything, asks what that transport costs the person: the employer's half of the pass (the transport entry), not
 *   the Mission Locale nor the aids list the classifier leans to.
 * "y a un CFA pas trop loin de Vire ?" looks for a place: no own CFA told far, so not this.
 */

const CFA_TRIP_ENTRY = 'cfa-loin-trajet';
const PUBLIC_TRANSPORT_ENTRY = 'transport';

/** One's own CFA, school or workplace: "mon CFA", "ma boîte", "son entreprise", "le lieu de mon stage". */
const OWN_PLACE = /\b(?:mon|ma|notre|son|sa|leur) (?:cfa|ecole|entreprise|boite|patron|employeur|travail|boulot|taf|taff|stage|lieu de travail)\b/;
/** Far: "loin", "à 40 km", "une heure et demie de bus". */
const FAR = /\b(?:loin|\d+ ?(?:km|kilometres?)|(?:une|1|deux|2|3|trois) ?(?:heure|heures|h)(?: et demie?)? de (?:bus|train|route|trajet|car|transport|transports|voiture))\b/;
/** Not far after all ("pas trop loin", "pas loin"), or asked as a place search ("le plus proche"). */
const NOT_FAR = /\bpas (?:trop |si |tres |super )?loin\b|\bplus proche\b/;

export function farTripEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.aid !== undefined || u.trade !== undefined) return undefined;
  if (!OWN_PLACE.test(u.normalized) || !FAR.test(u.normalized) || NOT_FAR.test(u.normalized)) return undefined;
  // "mon CFA est loin, je dors à l'internat, quelqu'un paye l'hébergement ?": the far place is the story, a cost and its
  // payer the question (the cost rules' entries: the OPCO's 6 € a night), not the trip.
  if (u.cues.costOrPayer) return undefined;
  return input.hasFaqEntry(CFA_TRIP_ENTRY) ? CFA_TRIP_ENTRY : undefined;
}

/** A public transport named: the train, the bus, the coach, the tram, the metro, a pass. */
const PUBLIC_TRANSPORT = /\b(?:train|trains|ter|bus|autobus|autocar|tram|tramway|metro|navette|transports? en commun|abonnement de transport)\b/;
/** A message this short names the transport and nothing else: "et pour le train ?", "et en bus alors ?". */
const TRANSPORT_ALONE_MAX_WORDS = 6;

export function transportNamedAlone(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.aid !== undefined || u.trade !== undefined || u.commune !== undefined) return undefined;
  // "qui paye mon abonnement de bus ?": a cost or its payer asked is the transport-cost rule's, with its own entry choice.
  if (u.cues.transportCost || u.cues.transportWhoPays) return undefined;
  if (!PUBLIC_TRANSPORT.test(u.normalized) || u.normalized.split(' ').length > TRANSPORT_ALONE_MAX_WORDS) return undefined;
  return input.hasFaqEntry(PUBLIC_TRANSPORT_ENTRY) ? PUBLIC_TRANSPORT_ENTRY : undefined;
}
