import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * Someone to talk with, and what about: "échanger avec un conseiller au sujet du recrutement", "parler à quelqu'un
 * concernant l'embauche d'un alternant", "être mis en relation avec une conseillère pour mon projet", "un rdv avec un
 * conseiller à propos de l'apprentissage". The subject after the adviser says why they want one; it does not make the
 * message a question of the FAQ on that subject (the cue asksForPerson leaves "un conseiller au/de …" to a named office,
 * "un conseiller de la Mission Locale").
 */
const CONTACT = '(?:parler|echanger|discuter|causer|joindre|contacter|rencontrer|voir|rendez vous|rdv|relation|rappele|rappelee|appeler|entretien|contact)';
const ADVISER = '(?:conseiller|conseillere|conseillers|conseilleres|quelqu un|quelquun|une personne|un interlocuteur|une interlocutrice|un expert|une experte|un specialiste)';
const SUBJECT = '(?:au sujet|a propos|concernant|pour|sur|afin|car|parce|rapport a|vis a vis|niveau)';
const ADVISER_ABOUT = new RegExp(`\\b${CONTACT}\\b(?:\\s+\\S+){0,4}?\\s+${ADVISER}\\s+${SUBJECT}\\b`);

/** "au sujet du conseiller de la Mission Locale": an office's adviser named is that office's contact (contact-named). */
const NAMED_OFFICE = /\b(?:mission locale|france travail|pole emploi|cfa|cio|cap emploi|chambre|cma|cci|opco|agefiph)\b/;

/**
 * "Bonjour, je souhaiterais échanger avec un conseiller au sujet du recrutement d'un apprenti": a person asked for,
 * with the subject; the free line and the callback (the adviser's card), not an FAQ entry the subject reads.
 */
export function adviserAskedAboutSubject(u: Understanding): boolean {
  return u.kind === 'text' && ADVISER_ABOUT.test(u.normalized) && !NAMED_OFFICE.test(u.normalized);
}
