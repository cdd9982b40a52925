import type { RoutingInput } from './route.js';
import { WITHOUT_EMPLOYER_ENTRY } from './cfa-without-employer.js';

/** The entry on how to find an employer, the FAQ's side of the find-employer topic. */
const FIND_EMPLOYER_ENTRY = 'trouver-employeur';

/** A length of time: "2 mois", "trois semaines", "plusieurs mois", "un moment", "longtemps", "des semaines". */
const SPAN = '(?:(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|des|bientot) (?:jours|jour|semaines|semaine|mois|an|ans|annee|annees)|longtemps|un moment|un bail|une eternite|des lustres)';
/** A point in time the search started from: "depuis septembre", "depuis la rentrée". */
const SINCE = '(?:(?:la |le |l )?(?:rentree|septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|ete|printemps|hiver|debut de l annee))';
/** Searching, in the words people use: "je cherche", "je galère", "je postule", "j'envoie des CV". */
const SEARCHING = '(?:cherche|cherches|cherchons|cherchent|recherche|recherches|galere|galeres|galerons|postule|postules|postulons|candidate|envoie|envoies|envoye|demarche|demarches|essaie|essaye|rame)';

/**
 * A search told with its length: "ça fait 2 mois que je cherche", "je cherche depuis 3 semaines", "depuis septembre je
 * galère", "voilà 4 mois que j'envoie des CV", "ça fait longtemps que je postule".
 */
const SEARCH_FOR_A_WHILE = new RegExp(
  [
    `\\b(?:(?:ca fait|sa fait|cela fait|ca va faire|voila|depuis|il y a) ${SPAN}|depuis ${SINCE})\\b(?: \\S+){0,4}? (?:je|j|on|il|elle|nous|jsuis|jen) (?:\\S+ ){0,2}?${SEARCHING}\\b`,
    `\\b(?:je|j|on|il|elle|nous) (?:\\S+ ){0,2}?${SEARCHING}\\b(?: \\S+){0,5}? depuis (?:${SPAN}|${SINCE})\\b`,
  ].join('|'),
);

/** The employer searched for, named in the message itself: "un patron", "une entreprise", "une alternance". */
const EMPLOYER_SOUGHT = /\b(?:patron|patronne|employeur|entreprise|boite|contrat|alternance|apprentissage|maitre d apprentissage|stage)\b/;
/** An employer's own search: "je cherche un apprenti" is the other side, whose answer is hiring, not starting at the CFA. */
const APPRENTICE_SOUGHT = /\b(?:un|une|des|mon|notre) (?:apprenti|apprentie|apprentis|alternant|alternante|alternants|candidat|candidate|candidats)\b/;

/**
 * Round 30 (blind-36 faq-pas-patron): after how to find an employer, "ça fait 2 mois que je cherche" got "my last
 * answer does not cover this". A search told with its length is a situation: the rule for it is that one may start at
 * the CFA without an employer (3 months at most, the CFA helping to find one), the entry on starting without one. Only
 * right after the search for an employer, or with the employer sought named, and never for an employer's search.
 */
export function searchDurationTold(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(WITHOUT_EMPLOYER_ENTRY) || !SEARCH_FOR_A_WHILE.test(u.normalized)) return undefined;
  const persona = u.facts.persona ?? input.data.profile.persona;
  if (persona === 'employeur' || APPRENTICE_SOUGHT.test(u.normalized)) return undefined;
  if (u.trade !== undefined || u.commune !== undefined || u.outside !== undefined || u.aid !== undefined) return undefined;
  const { lastTopic, lastFaq } = input.data;
  const afterSearch = lastTopic === 'find_employer' || (lastTopic === 'faq' && lastFaq === FIND_EMPLOYER_ENTRY);
  return afterSearch || EMPLOYER_SOUGHT.test(u.normalized) ? WITHOUT_EMPLOYER_ENTRY : undefined;
}
