import type { Understanding } from '../../src/nlu/understanding.js';
import { requestsInformation } from '../../src/nlu/speech-acts.js';
import { CLEAR_TRADE } from '../routing/thresholds.js';
import { isQuestion } from './callback-reader.js';
import { asksRegionEmail, asksWhoMayCall } from '../routing/line-questions.js';
import { asksWhereSpoken } from '../../src/nlu/where-asked.js';

/**
 * Questions about reaching a person, asked around the contact card, the sharing question or the callback form: what
 * the call costs, when the line is open, how else to reach it, what the number is, when the adviser calls back, what
 * a step is for. Pure: it reads the normalised message (accents folded, SMS spelling expanded) and where it was said;
 * the answers come from the contact record and messages.fr.yaml (contact-dialog.ts). The words below are vocabulary
 * to recognise, never text to show.
 */
export type ContactAspect = 'callback_when' | 'audience' | 'cost' | 'other_channel' | 'hours' | 'summary' | 'purpose' | 'number';

/**
 * Where the question is asked: after a contact card ('card'), while the sharing of the summary is asked ('share'),
 * or inside the callback form ('form'). Outside these, only a message that names the line itself is about it.
 */
export type ContactContext = 'card' | 'share' | 'form';

/** The free line named by its number or its name: about it, whatever came before. */
const NAMES_THE_FREE_LINE = /\b(?:0800(?: ?050 ?000)?|numero vert)\b/;
/** Words that name the line or the call: about the contact once a contact is in view, even with another subject. */
const NAMES_THE_LINE = /\b(?:0800(?: ?050 ?000)?|numero vert|le appel|ce appel|ce numero|votre numero|ton numero|le standard)\b/;
/** Words of the contact itself (weaker): enough once a contact card is on screen. */
const CONTACT_WORDS = /\b(?:appel|appels|appeler|appelle|rappel|rappeler|rappelle|rappelez|numero|num|telephone|tel|ligne|conseiller|conseillere|conseillers|joindre|contacter|resume)\b/;

/**
 * Another subject named: the question is about it, not about the contact ("c'est payant la formation ?" after the
 * card is the cost of the training). The town, trade and aid the understanding found count too (see the caller).
 */
const OTHER_SUBJECT = /\b(?:formation|formations|cfa|ecole|lycee|college|universite|diplome|diplomes|cap|bac|bts|bp|contrat|contrats|salaire|paie|paye|smic|aide|aides|prime|stage|permis|transport|transports|bus|car|train|tram|logement|cours|inscription|inscrire|apprentissage|alternance|employeur|patron|entreprise|metier|metiers|mission locale|cio|france travail|opco|mdph|caf)\b/;

const CALLBACK_WORD = /\b(?:rappel|rappeler|rappelle|rappelez|rappellera|rappelera|recontacter|recontacte|appellera|appelera|me appelle|me appeler)\b/;
const WHEN = /\b(?:quand|quel jour|quelle heure|a quelle heure|delai|delais|combien de temps|dans combien|ca prend)\b/;
const COST = /\b(?:gratuit|gratuite|gratuits|payant|payante|payer|paie rien|cout|coute|couter|coutent|prix|tarif|tarifs|cher|chere|facture|factures|surtaxe|surtaxes|frais|forfait|hors forfait)\b/;
const OTHER_CHANNEL = /\b(?:mail|email|e mail|mails|emails|mel|courriel|courriels|ecrire|ecris|sms|texto|textos|whatsapp|messenger|insta|instagram|par message|en ligne|chat|visio)\b/;
const HOURS = /\b(?:heure|heures|horaire|horaires|ouvert|ouverte|ouverts|ouvre|ferme|fermee|fermes|dispo|dispos|disponible|disponibles|joignable|joignables|lundi|mardi|mercredi|jeudi|vendredi|samedi|samedis|dimanche|dimanches|week end|weekend|ferie|feries|jours|soir|soirs|matin|matins|midi|nuit|vacances|quand)\b/;
/** The line's opening, not a callback's moment. */
const OPENING = /\b(?:ouvert|ouverte|ouvre|ferme|fermee|horaire|horaires|joignable)\b/;
const PURPOSE = /\b(?:sert a quoi|servir a quoi|servent a quoi|a quoi ca sert|a quoi bon|pour quoi faire|pourquoi faire|pourquoi|utile|interet|ca change quoi|il y a quoi dedans|quoi dedans|il contient quoi|il voit quoi|verra quoi|il va voir quoi)\b/;
/** What the adviser will see: the summary (or the whole conversation), not the line. */
const SUMMARY = /\b(?:resume|voit quoi|verra quoi|voir quoi|lire quoi|lira quoi|lit quoi|quoi dedans|contient quoi|conversation|mes messages)\b/;
const NUMBER = /\b(?:numero|num|telephone|tel|joindre|appeler|contacter|le appeler|les appeler)\b/;

/** Acknowledgements before the question ("ok mais ça sert à quoi", "oui et c'est gratuit") are not its start. */
const LEADING_ACK = /^(?:(?:ok|okay|oui|ouais|non|bon|ben|bah|euh|alors|mais|de accord|dac|attends|attend|merci)\s+)+/;
/** A question word anywhere in a short message ("ok mais ça sert à quoi", "il me rappelle quand"). */
const QUESTION_WORD = /\b(?:a quoi|pourquoi|comment|combien|quand est ce|ce est quand|ce sera quand|(?:r?appel\w*) quand|est ce que|ce est quoi|ca veut dire|quoi exactement|il voit quoi|verra quoi)\b/;

/**
 * A question, with its question mark or a question word anywhere: never a consent nor a refusal ("ok mais ça sert à
 * quoi" is not a yes). Kept strict, so that "oui et merci" or "oui ça marche" stay a yes.
 */
export function asksSomething(text: string, normalized: string): boolean {
  // "donne-moi le numéro", "je veux le num stp": a request to be told something asks as well (speech-acts.ts).
  return isQuestion(text) || QUESTION_WORD.test(normalized) || requestsInformation(normalized);
}

/** A question as typed after a card, also without its mark ("ok et par mail", "on peut appeler le samedi"). */
function asksAboutCard(text: string, normalized: string): boolean {
  return asksSomething(text, normalized) || QUESTION_LIKE.test(normalized.replace(LEADING_ACK, ''));
}

/** A short question after the card is about it; a longer one must name the call, the number or the adviser. */
const CARD_QUESTION_MAX_WORDS = 8;

/** The first words of a question typed without a question mark ("on peut appeler le samedi", "et par mail"). */
const QUESTION_LIKE = /^(?:et|ou|je peux|je pourrai|on peut|on pourra|peut on|faut il|faut|il faut|ce est|est ce|ca coute|y a|il y a|vous etes|il est|elle est|le numero|le num|quel|quelle|quels|quelles|quand|combien|comment|pourquoi|il me|il va)\b/;

/** The contact aspect a message asks about, best first: a callback's delay before the call's cost, and so on. */
function aspectOf(normalized: string, where: ContactContext): ContactAspect | undefined {
  if (CALLBACK_WORD.test(normalized) && WHEN.test(normalized)) return 'callback_when';
  // "il me rappelle quand ?" read inside the form, where "il" can only be the adviser (the line's opening hours apart).
  if (where === 'form' && WHEN.test(normalized) && !COST.test(normalized) && !OPENING.test(normalized)) return 'callback_when';
  // "c'est ouvert à tout le monde ?": who may call, not when (line-questions.ts); the answer says it is free too.
  if (asksWhoMayCall(normalized)) return 'audience';
  if (COST.test(normalized)) return 'cost';
  if (OTHER_CHANNEL.test(normalized)) return 'other_channel';
  if (HOURS.test(normalized)) return 'hours';
  if (SUMMARY.test(normalized)) return 'summary';
  if (PURPOSE.test(normalized)) return where === 'share' ? 'summary' : 'purpose';
  if (NUMBER.test(normalized)) return 'number';
  // "c quoi le 0800 ?", "le 0800 050 000 c'est qui ?": the free line named and asked what it is, its purpose.
  if (NAMES_THE_FREE_LINE.test(normalized) && /\b(?:quoi|qui)\b/.test(normalized)) return 'purpose';
  return undefined;
}

export interface ContactQuestionInput {
  /** The message as typed (its question mark counts). */
  text: string;
  /** The normaliser's output. */
  normalized: string;
  /** Where it was said, or undefined when no contact is in view. */
  where: ContactContext | undefined;
  /** The understanding found a trade, a place or an aid in it. */
  namesSomethingElse: boolean;
}

/**
 * The contact aspect a question asks about, or undefined when it is not a question about reaching a person. In view
 * of a contact (the card, the sharing question, the form), a question that names no other subject is about the
 * contact ("c'est gratuit ?", "c'est ouvert quand ?", "et par mail ?"); elsewhere only one that names the line
 * itself ("le 0800 050 000 est gratuit ?"). A question is never a consent nor a refusal: the caller asks again.
 */
export function contactQuestionOf(input: ContactQuestionInput): ContactAspect | undefined {
  const n = input.normalized;
  if (n.length === 0) return undefined;
  // While a yes or no is awaited, only a real question counts ("oui ça me va le matin" is an answer); after the card,
  // a question typed without its mark too ("et par sms", "on peut appeler le samedi").
  const card = input.where === 'card' || input.where === undefined;
  if (!(card ? asksAboutCard(input.text, n) : asksSomething(input.text, n))) return undefined;
  const namesLine = NAMES_THE_LINE.test(n);
  // With no contact in view, "la ligne" or "l'appel" may be anything (a bus line): only the free line named counts.
  // "l'adresse mail du service apprentissage de la Région ?": no e-mail in the record, the line instead (line-questions.ts).
  if (input.where === undefined) return NAMES_THE_FREE_LINE.test(n) && !input.namesSomethingElse ? aspectOf(n, 'card') : asksRegionEmail(n) ? 'other_channel' : undefined;
  if ((input.namesSomethingElse || OTHER_SUBJECT.test(n)) && !namesLine) return undefined;
  // After the card (not inside a form), a longer question must also say something of the contact.
  if (input.where === 'card' && !namesLine && !CONTACT_WORDS.test(n) && n.split(' ').length > CARD_QUESTION_MAX_WORDS) return undefined;
  return aspectOf(n, input.where);
}

/** The same reading on an understood message: a trade, a place or an aid it names is another subject. */
export function contactQuestionIn(u: Understanding, where: ContactContext | undefined): ContactAspect | undefined {
  if (u.kind !== 'text') return undefined;
  const namesSomethingElse = (u.trade !== undefined && u.trade.score >= CLEAR_TRADE) || u.commune !== undefined || u.outside !== undefined || u.aid !== undefined || u.departement !== undefined;
  return contactQuestionOf({ text: u.text, normalized: u.normalized, where, namesSomethingElse });
}

/** The local offices people ask for by town, whose addresses our knowledge does not hold: by their contact record id. */
export type Office = 'missions-locales' | 'cio' | 'france-travail';

const OFFICES: ReadonlyArray<[RegExp, Office]> = [
  [/\b(?:missions? locales?|mission loc)\b/, 'missions-locales'],
  [/\b(?:cio|centre d information et d orientation|centres d information et d orientation)\b/, 'cio'],
  [/\b(?:france travail|pole emploi|agence pour l emploi)\b/, 'france-travail'],
];
/** The local office a text names (normalised), if any: the office of an answer, for a town asked next. */
export function officeNamedIn(normalized: string): Office | undefined {
  return OFFICES.find(([re]) => re.test(normalized))?.[1];
}

/** "je suis conseillère à la mission locale", "je travaille au CIO", "éducateur de la mission locale de Vire". */
const SPEAKERS_OWN_OFFICE = /\b(?:conseiller|conseillere|conseillers|conseilleres|je travaille|nous travaillons|je bosse|j interviens|je interviens|referent|referente|educateur|educatrice|psy en|psychologue)(?: \w+){0,2} (?:a la|de la|a|au|en|du|pour la) (?:missions? locales?|mission loc|ml|cio|france travail|pole emploi)\b/;
/** Words that ask where one office is, or which one is nearest. */
const WHERE_IS = /\b(?:plus proche|plus pres|pres de|proche de|a cote de|autour de|adresse|adresses|ou se trouve|ou est|ou sont|ou aller|ou trouver|de ma ville|dans ma ville|de mon secteur|de mon quartier|de ma commune|de chez moi|du coin)\b/;

/**
 * "la mission locale la plus proche de Vire", "y a un CIO à Lisieux ?", "l'agence France Travail de Flers": a local
 * office asked for by place. Our knowledge has none of their addresses, so the answer says so and how to find it,
 * instead of another card. A question about what the office is ("c'est quoi une mission locale ?") names no place
 * and asks for none: it is not this.
 */
export function officeAsked(u: Understanding): Office | undefined {
  if (u.kind !== 'text') return undefined;
  const office = OFFICES.find(([re]) => re.test(u.normalized))?.[1];
  if (office === undefined) return undefined;
  // "je suis conseillère à la mission locale, j'accompagne un jeune … à Lisieux": the office is where the speaker
  // works, the town the young person's; only a word of where asks for an office.
  if (SPEAKERS_OWN_OFFICE.test(u.normalized) && !WHERE_IS.test(u.normalized)) return undefined;
  // "elle est où la mission locale ?", "où je m'inscris à France Travail": the spoken where too (where-asked.ts, round 28).
  return u.commune !== undefined || u.departement !== undefined || WHERE_IS.test(u.normalized) || asksWhereSpoken(u.text, u.normalized) ? office : undefined;
}

/**
 * The services a person may name to reach them (their records in contacts.yaml): a site or a service with its own
 * address or way in. The free line has its own questions (contactQuestionIn), the chambers' mediators their FAQ entry.
 */
export const NAMED_CONTACTS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:la )?bonne alternance\b/, 'la-bonne-alternance'],
  [/\b(?:1 ?jeune ?1 ?solution|un jeune une solution)\b/, '1jeune1solution'],
  [/\b(?:france travail|pole emploi)\b/, 'france-travail'],
  [/\bagefiph\b/, 'agefiph'],
  [/\breferente? handicap\b/, 'referent-handicap-cfa'],
  [/\bmissions? locales?\b/, 'missions-locales'],
];
/** Words that ask how to reach a service: its site, its link, its number, a way to write to it. */
const REACH_ASKED = /\b(?:contact\w*|joindre|site|sites|lien|liens|url|numero|telephone|tel|appeler|mail|email|ecrire|aller sur)\b/;

/**
 * "comment contacter l'Agefiph ?", "c'est quoi le site de France Travail ?", "le lien de la bonne alternance": one
 * service named with a way to reach it gets that service's card (what it does, its link or how to find it), not the
 * free line's card or the fallback. Several named: none (the person compares them; the FAQ answers that).
 */
export function contactNamed(u: Understanding): string | undefined {
  if (u.kind !== 'text' || !REACH_ASKED.test(u.normalized)) return undefined;
  const named = NAMED_CONTACTS.filter(([re]) => re.test(u.normalized));
  return named.length === 1 ? named[0]![1] : undefined;
}

/** The free line's record, and its FAQ entry (the same id): both show the line. */
export const FREE_LINE_ID = 'numero-vert-0800';

/**
 * A contact is in view after the contact card or the callback ('contact'), and after the FAQ answer that gives the
 * free line ("quel numéro appeler ?"): a question about the call then is about that line.
 */
export function contactInView(data: { lastTopic?: string | undefined; lastFaq?: string | undefined }): ContactContext | undefined {
  if (data.lastTopic === 'contact') return 'card';
  return data.lastTopic === 'faq' && data.lastFaq === FREE_LINE_ID ? 'card' : undefined;
}
