import type { RoutingInput } from './route.js';

/** A trip to the CFA, or by one's own vehicle: the entry on getting to the CFA (its aids, the ended ones said ended). */
const OWN_VEHICLE_OR_CFA = /\b(?:cfa|ecole|essence|carburant|gasoil|gazole|diesel|le plein|un plein|peage|parking|km|kilometres?|voiture|scooter|moto)\b/;
const PUBLIC_TRANSPORT_ENTRY = 'transport';
/** The employer named as one who may pay: "mon patron", "l'employeur", "la boîte", "l'entreprise". */
const EMPLOYER_AS_PAYER = /\b(?:patron|patronne|employeur|employeuse|boite|entreprise|boss|chef)\b/;
const CFA_TRIP_ENTRY = 'cfa-loin-trajet';
/** An aid asked for the trip, not only who pays it back. */
const AID_ASKED = /\b(?:aide|aides|aider|m aide|nous aide|prime|primes)\b/;

/**
 * "le bus me coûte 40 € par mois", "l'essence pour aller au CFA ça me coûte cher": a transport cost told; "le train
 * pour aller au CFA, qui le rembourse ?": who pays it asked. Its answer
 * is the transport facts (the employer's half of a public transport pass; for the CFA and one's own vehicle, the
 * CFA's answer, the aids that exist and the ended ones), never the pay grid nor an unknown aid of that amount.
 */
export function transportCostEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (!(u.cues.transportCost || u.cues.transportWhoPays)) return undefined;
  // An aid named keeps its card ("la carte jeunes apprentis payait le bus ?", "la région rembourse le train ?": the
  // ended regional card says it ended), unless the employer is weighed against it as the payer ("c'est mon patron
  // qui paie ou la région, le transport ?"): who pays the trip is then the question.
  if (u.aid !== undefined && !(u.cues.transportWhoPays && EMPLOYER_AS_PAYER.test(u.normalized))) return undefined;
  // "qui m'aide pour le transport ?", "y a une aide pour mes trajets ?": the aids asked for a trip are the entry that
  // says them all, the employer's half first, then the OPCO and Mobili-Jeune, the ended licence aid said ended.
  const id = OWN_VEHICLE_OR_CFA.test(u.normalized) || AID_ASKED.test(u.normalized) ? CFA_TRIP_ENTRY : PUBLIC_TRANSPORT_ENTRY;
  return input.hasFaqEntry(id) ? id : undefined;
}

/** One's own way of getting there gone: "ma voiture est en panne", "j'ai plus de scooter", "sans permis". */
const NO_WAY_THERE =
  /\b(?:voiture|scooter|moto|mobylette|velo|bagnole|caisse|vehicule)\b(?:\s+\S+){0,3}?\s+(?:en panne|panne|cassee?|casse|hs|en rade|volee?|fourriere)\b|\b(?:plus de|pas de|pas le|sans|perdu mon|perdu le) (?:voiture|permis|scooter|moto|vehicule|moyen de (?:transport|locomotion))\b/;
/** Getting to the CFA or to work: "comment je vais au CFA", "pour me rendre au travail". */
const GETTING_THERE = /\b(?:aller|vais|va|allons|rendre|venir|viens|deplacer|arriver)\b(?:\s+\S+){0,3}?\s+(?:au|a la|a le|en|jusqu au|jusqu a la|jusque au)\s+(?:cfa|ecole|travail|boulot|taf|taff|entreprise|cours|formation)\b/;

/**
 * "ma voiture est en panne, comment je vais au CFA ?", "j'ai plus de scooter pour aller au taf": getting to the CFA or
 * to work without one's own vehicle is the entry on the trip to the CFA (public transport, the employer's half of a
 * pass, the aids), not the pay nor a course search the words "CFA" or "voiture" lean to.
 */
export function tripTroubleEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.aid !== undefined || !NO_WAY_THERE.test(u.normalized) || !GETTING_THERE.test(u.normalized)) return undefined;
  return input.hasFaqEntry(CFA_TRIP_ENTRY) ? CFA_TRIP_ENTRY : undefined;
}
