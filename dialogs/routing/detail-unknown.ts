import type { Understanding } from '../../src/nlu/understanding.js';
import type { Route, RoutingInput } from './route.js';
import { stayPartOf } from './school-stay-cost.js';
import { namesTrainingGear } from './training-gear.js';

/*
 * A DETAIL asked that no entry of ours holds — a timetable, an opening hour, the price of one given thing, the places
 * left or the name of someone at a given school — is "not in my sources", whatever topic words stand around it: the
 * detail word decides. Without this, "les horaires du CFA de Lisieux" read as the working time, "le prix de la
 * cantine au CFA de Caen" as the course search and "il reste des places au CFA ?" as staying at the CFA after a
 * rupture: a neighbouring answer stated as if it answered.
 */

/** An establishment or an organisation that has its own hours, prices, team and places. */
const ORGANISATION =
  '(?:cfa|cfas|lycee|ecole|college|mfr|maison familiale|campus|centre de formation|centre|etablissement|secretariat|mission locale|missions locales|mdph|cio|caf|cpam|france travail|pole emploi|chambre des metiers|chambre de metiers|cma|cci|chambre de commerce|chambre de agriculture|urssaf|agefiph|cap emploi|mairie|prefecture|foyer|fjt|internat|accueil|bureau|pij|bij|crij|greta|afpa)';
const NAMES_ORGANISATION = new RegExp(`\\b${ORGANISATION}\\b`);

/** Words of a timetable or of opening hours ("hrs" is the SMS form of "horaires"). */
const HOURS_WORD =
  /\b(?:horaires?|hrs|heures? (?:de |d )?(?:ouverture|fermeture)|emplois? du temps|edt|planning|permanences?)\b/;
/** Opened or closed, with when: "ouvre à quelle heure", "c'est ouvert le samedi ?", "ferme jusqu'à quand". */
const OPENING_WHEN =
  /\b(?:ouvre|ouvrent|ouvert|ouverte|ouverts|ouvertes|ferme|ferment|fermee|fermes|fermees)\b(?:\s+\S+){0,3}?\s+(?:a quelle heure|a quel heure|quand|jusqu a|jusque|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|midi|soir|week end)|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|midi|soir|week end)|(?:les|en) (?:vacances|week ends?|aout|juillet)|a midi|entre midi|pendant)\b|\b(?:a quelle heure|a quel heure|quand)(?:\s+\S+){0,2}?\s+(?:ouvre|ouvrent|ferme|ferment|commence(?:nt)? les cours|finissent les cours|finit les cours)\b/;
/**
 * The working time's rule asked, not a place's timetable: the hours "of an apprentice", "my hours at the CFA count as
 * work?", the legal limits, the pay of the hours.
 */
const HOURS_RULE =
  /\b(?:horaires?|hrs) (?:de |d |du |des )?(?:un |une |le |la |les )?(?:apprenti|apprentie|apprentis|mineur|mineurs|mineure|salarie|salaries|jeune|jeunes|travail)\b|\b(?:mes|tes|nos|vos) (?:horaires?|hrs|heures)\b|\b(?:mineur|mineurs|mineure|mineures|\d+ ans|temps de travail|compte|comptent|comptees?|legal|legaux|legale|droit|maximum|max|payee?s?|paye|heures sup\w*|supplementaires?|de nuit|respecte\w*|depasse\w*)\b/;

/** How much it is: "combien", "le prix", "le tarif", "ça coûte". */
const PRICE_ASKED = /\b(?:combien|cmb|cb|prix|tarifs?|coute|coutent|cout|couts|montant)\b|\b(?:quel est|ce est quoi|c est quoi|c quoi) (?:le |son |leur )?loyer\b/;
/** Asked as an aid, who pays or what one receives: the aid's answer (school-stay-cost.ts, training-gear.ts, an aid's card). */
const AID_ASKED =
  /\b(?:aide|aides|aider|prime|primes|rembourse\w*|pris en charge|prise en charge|prend en charge|prennent en charge|financ\w*|subvention\w*|qui (?:paie|paye|payera|va payer|doit payer)|gratuit|gratuite|gratuits|gratuites|opco|touche|toucher|touchez|touches|donne|donnent|verse|versent|recois|recevoir|percevoir|percois)\b/;
/** The apprentice's pay asked ("je suis payé combien pendant l'internat ?"): the pay's answer, not a price. */
const PAY_ASKED = /\b(?:(?:suis|es|est|sommes|etes|sont|sera|serai|seras|serons|seront|serait|etre|etait|ete)(?: \S+)? paie|paye|payee|payes|payees|salaire|salaires|remunere|remuneree|remuneration|gagne|gagnes|gagner|paie de|fiche de paie)\b/;
/**
 * Things whose price no source of ours gives: a health insurance, a school trip, a foyer's rent, the books and supplies.
 * The course itself (free), an apprentice's cost to the employer, a transport pass and the driving licence have their
 * own answers and are not listed.
 */
const UNPRICED_THING =
  /\b(?:mutuelle|mutuelles|complementaire sante|assurance sante|voyages? scolaires?|voyages? (?:de|du|avec le|avec la) (?:cfa|classe|lycee|ecole)|sorties? (?:scolaires?|pedagogiques?)|sejours? (?:scolaires?|linguistiques?|pedagogiques?)|loyer|loyers|foyer|foyers|fjt|foyer de jeunes travailleurs|residence|manuels?|livres? scolaires?|fournitures?|cahiers?)\b/;

/** The places left, whether it is full, whether it still takes people. */
const PLACES_LEFT =
  /\b(?:reste|restent|restait|resterait)(?: \S+)? (?:des |de la |une |un peu de )?places?\b|\bencore (?:de la |des |une )?places?\b|\bplaces? (?:disponibles?|libres?|restantes?|dispo)\b|\b(?:est|sont|c est|ce est) (?:deja |encore )?(?:complet|complets|complete|pleins?)\b|\bplus de places?\b|\b(?:prend|prennent|accepte|acceptent) encore\b/;
/** Someone at a given place asked by name: the teacher, the head, the secretary. */
const PERSON_NAMED =
  /\b(?:nom|noms|qui est|c est qui|ce est qui|comment (?:il |elle )?(?:s|se) appelle|(?:s|se) appelle comment)\b(?:\s+\S+){0,2}?\s+(?:prof|profs|professeur|professeure|professeurs|formateur|formatrice|formateurs|directeur|directrice|proviseur|proviseure|cpe|responsable|secretaire|principal|principale)\b/;
/** Who helps a disabled apprentice at the CFA has its entry (the référent handicap), answered elsewhere. */
const DISABILITY = /\b(?:handicap|handicape|handicapee|rqth)\b/;

function textOf(u: Understanding): string | undefined {
  return u.kind === 'text' ? u.normalized : undefined;
}

/**
 * "les horaires du CFA de Lisieux le mercredi ?", "la mission locale de Vire ouvre à quelle heure le samedi ?", "c koi
 * les hrs de la MDPH ?": an organisation's timetable or opening hours, which no source of ours gives. The working
 * time's rule ("les horaires d'un apprenti", "mes heures au CFA comptent ?") is not this.
 */
export function hoursAsked(u: Understanding): boolean {
  const text = textOf(u);
  if (text === undefined || !NAMES_ORGANISATION.test(text)) return false;
  if (!HOURS_WORD.test(text) && !OPENING_WHEN.test(text)) return false;
  return !HOURS_RULE.test(text);
}

/**
 * "combien coûte la cantine au CFA de Caen ?", "le prix de l'internat ?", "la mallette de couteaux du CFA c'est combien
 * ?": the price of a meal, a night or the first equipment, which depends on the CFA. Our sources hold only the part
 * the OPCO pays: that part, led by "I don't have the exact price" (unknown_detail.exact_price). Asked as an aid ("une
 * aide ?", "qui paie ?"), the aid's rules answer it instead.
 */
export function stayOrGearPriceAsked(input: RoutingInput): Route | undefined {
  const text = textOf(input.understanding);
  if (text === undefined || !PRICE_ASKED.test(text) || AID_ASKED.test(text) || PAY_ASKED.test(text)) return undefined;
  if (UNPRICED_THING.test(text)) return undefined;
  const part = namesTrainingGear(text) ? '@gear' : stayPartOf(text);
  if (part === undefined || !input.hasFaqEntry(STAY_ENTRY)) return undefined;
  return { kind: 'faq_entry', id: STAY_ENTRY, focus: [part], lead: { key: 'unknown_detail.exact_price' } };
}
const STAY_ENTRY = 'equipement-hebergement-repas';

/**
 * "combien coûte une mutuelle pour un apprenti ?", "le voyage scolaire du CFA c'est combien ?", "le loyer du foyer de
 * jeunes travailleurs ?": the price of a thing no source of ours has a figure for. Asked as an aid, not this.
 */
export function unpricedThingAsked(u: Understanding): boolean {
  const text = textOf(u);
  // An aid named ("Mobili-Jeune ça fait combien pour le loyer ?") is that aid's amount, which its card gives.
  return text !== undefined && u.aid === undefined && PRICE_ASKED.test(text) && UNPRICED_THING.test(text) && !AID_ASKED.test(text);
}

/**
 * "il reste des places au CFA de Lisieux ?", "c'est qui le prof de cuisine au CFA de Caen ?": a fact about one
 * establishment that its record does not hold (places left, its team).
 */
export function establishmentFactAsked(u: Understanding): boolean {
  const text = textOf(u);
  if (text === undefined || DISABILITY.test(text)) return false;
  // A person at a named place: "c'est qui le responsable de l'apprenti ?" in a company is the tutor, which an entry defines.
  if (PERSON_NAMED.test(text)) return NAMES_ORGANISATION.test(text);
  return PLACES_LEFT.test(text) && (NAMES_ORGANISATION.test(text) || /\b(?:cap|bac pro|bts|but|formation|formations|classe|section)\b/.test(text));
}
