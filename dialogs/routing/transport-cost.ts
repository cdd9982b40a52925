import type { RoutingInput } from './route.js';

/** A trip to the CFA, or by one's own vehicle: the entry on getting to the CFA (its aids, the ended ones said ended). */
const OWN_VEHICLE_OR_CFA = /\b(?:cfa|ecole|essence|carburant|gasoil|gazole|diesel|le plein|un plein|peage|parking|km|kilometres?|voiture|scooter|moto)\b/;
const PUBLIC_TRANSPORT_ENTRY = 'transport';
const CFA_TRIP_ENTRY = 'cfa-loin-trajet';

/**
 * "le bus me coûte 40 € par mois", "l'essence pour aller au CFA ça me coûte cher": a transport cost told. Its answer
 * is the transport facts (the employer's half of a public transport pass; for the CFA and one's own vehicle, the
 * CFA's answer, the aids that exist and the ended ones), never the pay grid nor an unknown aid of that amount.
 */
export function transportCostEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (!u.cues.transportCost || u.aid !== undefined) return undefined;
  const id = OWN_VEHICLE_OR_CFA.test(u.normalized) ? CFA_TRIP_ENTRY : PUBLIC_TRANSPORT_ENTRY;
  return input.hasFaqEntry(id) ? id : undefined;
}
