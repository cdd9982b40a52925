import type { Understanding } from '../../src/nlu/understanding.js';
import { situationOnly } from './orientation-situation.js';

/** Subjects of a university degree, said after "étudiant en", "année de" ("étudiante en psycho", "1re année de droit"). */
const SUBJECTS =
  'psycho|psychologie|droit|socio|sociologie|histoire|geo|geographie|lettres|langues|lea|llce|anglais|medecine|pass|las|staps|eco|economie|gestion|maths|mathematiques|physique|chimie|biologie|bio|philo|philosophie|info|informatique|sciences?';
/**
 * Round 28 (issue 11): at university now, told by the year, the degree or the subject: "je suis en L1 de droit" (normalised "en le 1"), "en
 * deuxième année de licence", "étudiante en psycho", "en prépa", "en BUT". Not a vocational degree already taken in
 * apprenticeship ("licence pro", "BUT en alternance"): that person is an apprentice already.
 */
const AT_UNIVERSITY = new RegExp(
  [
    String.raw`\b(?:en|a la|a l|de|d) (?:(?:1ere|1re|1e|2e|2eme|2nde|3e|3eme|premiere|deuxieme|troisieme) annee (?:de |d |a la |a l )?)?(?:fac|faculte|universite|univ|licence|l1|l2|l3|le [123]|prepa|but|dut)\b(?! pro\b)`,
    String.raw`\b(?:1ere|1re|1e|2e|2eme|2nde|3e|3eme|premiere|deuxieme|troisieme) annee (?:de|d) (?:${SUBJECTS})\b`,
    String.raw`\b(?:etudiante?s?|etudes?) (?:en|de|d|a la|a l) (?:fac|faculte|universite|univ|licence|l1|l2|l3|le [123]|prepa|${SUBJECTS})\b`,
  ].join('|'),
);
/**
 * Wanting out, or the path gone wrong: "je veux arrêter", "je m'ennuie", "ça me plaît pas", "j'ai raté", "je décroche",
 * "me réorienter", "un métier concret".
 */
const LEAVING_WISH =
  /\b(?:arreter|arrete|arret|quitter|quitte|lacher|lache|abandonner|abandonne|abandon|changer de (?:voie|filiere|chemin|domaine)|changer|reorienter|reorientation|ennuie|ennuies|ennuye|ennuyee|marre|plait pas|plais pas|plait plus|pas pour moi|pas fait pour moi|pas faite pour moi|decroche|decrocher|decrochage|rate|ratee|echec|echoue|redouble|redoublement|metier concret|metier manuel|vrai metier|apprendre un metier)\b/;
/** Already an apprentice in that degree ("en licence pro en alternance", "mon contrat", "mon maître d'apprentissage"). */
const ALREADY_APPRENTICE = /\b(?:licence pro|but en (?:alternance|apprentissage)|mon contrat|mon employeur|mon patron|ma patronne|mon maitre|ma maitre|ma tutrice|mon tuteur)\b/;

/**
 * "je suis en L1 de droit et je m'ennuie", "étudiante en psycho, je veux me réorienter vers un métier manuel",
 * "décrochage en licence, que faire ?": a student at university who wants to leave or change path asks what
 * apprenticeship offers after the fac (up to 29, the Mission Locale, the free line), as one who has already left it
 * does (universityLeftNoWish). Nothing narrower asked (no trade, place, pay or aid: situationOnly), and past the age
 * limit the age is the question.
 */
export function leavingUniversity(u: Understanding): boolean {
  if (u.facts.age !== undefined && u.facts.age >= 30) return false;
  const text = u.normalized;
  // "je suis en L1 psycho à Caen, j'en ai marre": the town says where they study, not where to look, unless asked.
  const placeInStoryOnly = !ASKS_WHERE.test(text) ? { ...u, commune: undefined, departement: undefined } : u;
  return situationOnly(placeInStoryOnly) && AT_UNIVERSITY.test(text) && LEAVING_WISH.test(text) && !ALREADY_APPRENTICE.test(text);
}

/** Where is asked: "où", "près de", "dans le coin", "autour de". */
const ASKS_WHERE = /\b(?:ou|pres|proche|proches|coin|autour|alentours|vers)\b/;
