import { tokenize } from '../../src/text/normalize.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/** Sleeping at or near the training centre: the boarding school, a night, a hotel, being lodged. */
const LODGING =
  /\b(?:internat|internats|interne|dormir|dors|dort|dorment|dormons|coucher|hebergement|hebergements|heberge|hebergee|hebergees|heberges|heberger|nuit|nuits|nuitee|nuitees|loger|loge|logee|loges|logement|hotel|hotels)\b/;
/** Sleeping words that only a stay at the training centre says (not "logement", "loger": housing in general). */
const STAY_AT_SCHOOL = /\b(?:internat|internats|interne|dormir|dors|dort|dorment|dormons|coucher|hebergement|hebergements|heberge|hebergee|hebergees|heberges|heberger|nuit|nuits|nuitee|nuitees|hotel|hotels)\b/;
/** Eating there: the canteen, the midday meal. */
const MEAL = /\b(?:manger|mange|manges|mangent|repas|cantine|self|dejeuner|dejeuners|dej|restauration|bouffe|bouffer|midi)\b/;
/** The training centre named, or the weeks spent there: the stay is the school's, not the workplace's. */
const AT_SCHOOL =
  /\b(?:cfa|cfas|internat|internats|ecole|lycee|centre de formation|campus|mfr|maison familiale|les cours|semaines? (?:de|d|au|a le) (?:cours|cfa|formation|ecole)|pendant (?:ma|sa|ta|la|notre|votre|leur) formation)\b/;
/** What it costs, or who pays or helps with it. */
const COST_ASKED =
  /\b(?:aide|aides|aider|prime|primes|rembourse\w*|pris en charge|prise en charge|prend en charge|prennent en charge|financ\w*|participe\w*|participation|payant|payante|payants|gratuit|gratuite|gratuits|combien|coute|coutent|cout|cher|chere|frais|qui (?:paie|paye|payera|va payer|doit payer)|(?:je|j|on|il|elle|nous|vous|tu) (?:paie|paye|payons|payez|dois payer|doit payer|dois le payer|doit le payer))\b/;
/** Renting a place of one's own is the rent aid's question (Mobili-Jeune), not the CFA's boarding. */
const RENT = /\b(?:loyer|loyers|louer|loue|loues|louent|location|appart|appartement|studio|colocation|coloc|apl)\b/;
/** A trip named (not a mere distance): the far CFA's trip entry answers it, the boarding among its aids. */
const TRIP_MODE =
  /\b(?:bus|train|trains|tram|tramway|metro|ter|transports?|trajets?|essence|carburant|gasoil|gazole|peage|voiture|scooter|moto|car)\b/;
/** The employer's meal vouchers or allowances are the workplace's, not the training centre's. */
const EMPLOYER_MEAL = /\b(?:tickets? (?:resto|restaurant)|titres? restaurant|panier|paniers|prime de repas)\b/;
/** The pay named beside it: "payé la nuit" is the pay of night work. */
const PAY_NAMED = /\b(?:salaire|paie de|fiche de paie|remuneration|smic|travail de nuit|travaille de nuit|bosse de nuit|heures de nuit)\b/;

const STAY_ENTRY = 'equipement-hebergement-repas';
/** The aid that pays a night and a meal at the CFA (knowledge: opco-frais-annexes). */
const STAY_AID = 'opco-frais-annexes';

/** The part of the stay a message names: sleeping first (the costlier), else eating. */
export function stayPartOf(normalized: string): '@lodging' | '@meal' | undefined {
  if (LODGING.test(normalized)) return '@lodging';
  if (MEAL.test(normalized)) return '@meal';
  return undefined;
}

/** Whether the message speaks of something else than the stay: the rent, a trip, the employer's meals, the pay. */
function aboutSomethingElse(normalized: string): boolean {
  return RENT.test(normalized) || EMPLOYER_MEAL.test(normalized) || PAY_NAMED.test(normalized);
}

/**
 * "mon CFA est à 90 km, l'internat est pris en charge ?", "je dois dormir sur place, qui paie ?", "y a une aide pour
 * les repas au cfa ?": the cost of sleeping or eating at the training centre. Its answer is the OPCO's support through
 * the CFA (6 € a night, 3 € a meal: knowledge opco-frais-annexes), led by its part on the stay asked; not the
 * transport card a distance in km leans to, nor the list of every aid. A trip named beside it keeps the far CFA's trip
 * entry (it names the boarding among its aids); the rent keeps Mobili-Jeune; another aid named keeps its card.
 */
export function schoolStayCostAid(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || !AT_SCHOOL.test(u.normalized) || !COST_ASKED.test(u.normalized)) return undefined;
  const part = stayPartOf(u.normalized);
  if (part === undefined || aboutSomethingElse(u.normalized) || TRIP_MODE.test(u.normalized)) return undefined;
  if (u.aid !== undefined && u.aid.id !== STAY_AID) return undefined;
  return input.hasFaqEntry(STAY_ENTRY) ? { kind: 'faq_entry', id: STAY_ENTRY, focus: [part] } : undefined;
}

/** A follow-up naming the other part of the stay is short: "et pour dormir là-bas ?", "et l'internat c'est pareil ?". */
const STAY_FOLLOW_UP_MAX_WORDS = 9;

/**
 * "et pour dormir là-bas ?" right after the OPCO's card (its meals part read) or the list of aids: the same support
 * for the night, from the stay's FAQ entry led by its part asked, not "tell me who you are" for the aids again. Only a short message naming sleeping
 * or eating, no trade, place, rent or other aid. After the stay's FAQ entry, its own follow-up (answer-follow-up.ts)
 * finds the part.
 */
export function schoolStayFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids') return undefined;
  if (data.lastAid !== undefined && data.lastAid !== STAY_AID) return undefined;
  if (tokenize(u.normalized).length > STAY_FOLLOW_UP_MAX_WORDS) return undefined;
  const part = stayPartOf(u.normalized);
  if (part === undefined || aboutSomethingElse(u.normalized) || TRIP_MODE.test(u.normalized)) return undefined;
  // "et pour le logement ?" after the list of aids is housing, the rent aid's (Mobili-Jeune): only a night or the
  // boarding school ("dormir", "internat", "hébergement"), or the training centre named, is the stay at the CFA.
  if (part === '@lodging' && !STAY_AT_SCHOOL.test(u.normalized) && !AT_SCHOOL.test(u.normalized)) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside || (u.aid && u.aid.id !== STAY_AID)) return undefined;
  // After the OPCO's card too, the stay's entry: its sentence on the night, not the same card shown twice in a row.
  return input.hasFaqEntry(STAY_ENTRY) ? { kind: 'faq_entry', id: STAY_ENTRY, focus: [part] } : undefined;
}
