import { sentencesOf } from './lead-sentence.js';

/**
 * "je dois voir qui pour ça ?", "on s'adresse à qui ?", "c'est qui qui s'en occupe ?", "auprès de quel organisme ?",
 * "vers qui je peux me tourner ?":
 * the person asks which organisation to turn to, about what was just answered (on the normalized text: accents
 * dropped, elisions spelled out as "se", "ce est").
 */
const WHO_TO_SEE =
  /\b(?:(?:voir|contacter|appeler|demander|adresser|aller voir|renseigner|tourner|passer par)\s+qui|qui(?:\s+\w+){0,3}\s+(?:voir|contacter|appeler)|(?:a|aupres de)\s+qui(?:\s+\w+){0,3}\s+(?:adresse|adresser|adressez|adressons|renseigne|renseigner|demander|ecrire|envoyer)|(?:se|me|te|nous|vous)\s+(?:adresse|adresser|adressez|adressons|renseigne|renseigner)\s+(?:a|aupres de)\s+qui|aupres de qui|vers qui(?:\s+\w+){0,4}\s+(?:tourner|tourne|adresser|orienter|aller)|qui\s+(?:qui\s+)?(?:se en occupe|en occupe|gere|traite|soccupe|decide|verse|paie|paye)|quel(?:le)?s?\s+(?:organisme|service|structure|interlocuteur|guichet|administration)|ce est qui qui|qui\s+(?:peut|pourrait|pourra|saura|sait|va)\s+(?:nous\s+|me\s+|te\s+|vous\s+|le\s+|la\s+|les\s+|en\s+)?(?:renseigner|repondre|informer|conseiller|expliquer|dire))\b/;

/**
 * "je previens qui ?", "je le dis à qui ?", "on le signale à qui ?", "me plaindre à qui ?": whom to tell about a problem
 * the last answer speaks of (hours not kept, a right refused) is the organisation that answer names.
 */
const WHO_TO_TELL = /\b(?:previen\w*|prevenir|dire|dis|dit|signale\w*|plaindre|plains|alerte\w*)\s+(?:a\s+|aupres de\s+)?qui\b/;

/**
 * "qui peut me répondre alors ?", "qui pourrait nous renseigner ?": a person who can answer is asked for, not the
 * organisation that handles a procedure. When the last answer names none, the adviser (the free line, a callback) is
 * that person. Two words at most after it ("alors", "sur ça"): "qui peut m'aider à payer mon loyer ?" asks for help
 * with a subject of its own.
 */
const WHO_CAN_ANSWER = /\bqui\s+(?:peut|pourrait|pourra|saura|sait|va|peux)\s+(?:nous\s+|me\s+|m\s+|te\s+|vous\s+)?(?:repondre|renseigner|informer|conseiller|expliquer|aider)(?:\s+\w+){0,2}$/;

export function asksWhoCanAnswer(normalized: string): boolean {
  return WHO_CAN_ANSWER.test(normalized);
}

/**
 * "c'est lui qui paie ma formation ?", "c'est l'OPCO qui verse ?": the one who does it is named, and the person asks
 * whether it is so (a yes or a no), not whom to turn to.
 */
/** "c'est mon patron qui paie ou la région ?": two possible doers offered, which one is asked — still a who question. */
const CHOICE_OF_DOERS = /\bqui(?: \w+){1,4} ou (?:le|la|l|les|mon|ma|son|sa|ton|ta|leur|votre|notre|moi|lui|elle|eux|un|une|pole|france)\b/;
const NAMED_ONE_WHO = /\bce est (?:lui|elle|eux|elles|ca|cela|le \w+|la \w+|l \w+|les \w+|mon \w+|ma \w+|son \w+|sa \w+|ton \w+|ta \w+|leur \w+|votre \w+|notre \w+) qui\b/;

export function asksWhoHandles(normalized: string): boolean {
  if (NAMED_ONE_WHO.test(normalized) && !/\bce est qui\b/.test(normalized) && !CHOICE_OF_DOERS.test(normalized)) return false;
  return WHO_TO_SEE.test(normalized) || WHO_TO_TELL.test(normalized);
}

/**
 * The organisations our answers send people to: a sentence that names one of them says who to see. Kept to the
 * names the knowledge uses; "employeur" is left out (every answer speaks of the employer, rarely as the one to see).
 */
const ORGANISATION_NAME =
  /\b(?:missions? locales?|france travail|action logement|cap emploi|agefiph|fiphfp|mdph|région|chambres? (?:de métiers|de commerce|d'agriculture)|médiateur|inspection du travail|dreets|cpam|assurance maladie|caisse d'assurance maladie|france compétences|onisep|1jeune1solution|la bonne alternance|visale|crous|mairie|préfecture|0800 050 000)/i;
/** Acronyms, read in capitals only ("CAF", not the "caf" of a word); "CFA" is weaker: answers name it as a place too. */
const ORGANISATION_ACRONYM = /\b(?:OPCO|CAF|URSSAF|CMA|CCI|CIO|ASP|MSA)\b/;
const SCHOOL = /\bCFA\b/;
/** A verb that sends the person somewhere: the sentence that says who to see, not one that only names the place. */
const SENDS_TO = /\b(?:adress|contact|appel|demand|déclar|dépos|saisi|renseign|rapproch|auprès|vois|voyez|voir|envoi|transmet|inscri|signal|prévien|informe|accompagn|aide|peut t'|peut vous)/i;

const namesOrganisation = (s: string): boolean => ORGANISATION_NAME.test(s) || ORGANISATION_ACRONYM.test(s);

/**
 * The sentence of an answer that says which organisation to turn to: first one that names an organisation with a verb
 * that sends the person to it, then one that names an organisation, then one that names the CFA with such a verb.
 */
export function organisationSentence(text: string): string | undefined {
  const sentences = sentencesOf(text);
  return (
    sentences.find((s) => namesOrganisation(s) && SENDS_TO.test(s)) ??
    sentences.find(namesOrganisation) ??
    sentences.find((s) => SCHOOL.test(s) && SENDS_TO.test(s))
  );
}
