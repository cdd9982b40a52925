/**
 * Review 22 (issue 12, J5): "jai deja envoyé genre 30 cv personne repond" after the card on finding an employer was
 * told "ma réponse ne couvre pas cette question": the card's words ("trouver", "entreprise") are not in it, yet a search
 * told as failing (applications with no answer, refusals everywhere, nothing found) asks what that card answers — who
 * helps to find one (the Mission Locale, the CFA, La bonne alternance, France Travail). Normalised text.
 */
const SEARCH_FAILING = new RegExp(
  [
    '\\bpersonne (?:ne )?(?:me )?(?:repond|repondent|rappelle|rappellent|veut de moi|me prend|prend)\\b',
    '\\b(?:pas|aucune?|jamais|zero|0) (?:de )?(?:reponses?|retours?|nouvelles)\\b',
    '\\bsans (?:reponses?|retours?|nouvelles)\\b',
    '\\b(?:que|plein) (?:des|de) refus\\b',
    '\\b(?:refuse|refusee|refuses|refusees) (?:partout|a chaque fois|tout le temps)\\b',
    '\\b(?:toujours|encore) (?:rien|personne|aucune? reponse)\\b',
    '\\b(?:cv|candidatures?|lettres?|mails?) (?:envoye|envoyes|envoyee|envoyees)\\b',
    '\\benvoye (?:genre |au moins |plus de |deja )?\\d+ (?:cv|candidatures?|lettres?|mails?)\\b',
  ].join('|'),
);

/** The search for an employer told as failing. */
export const searchToldFailing = (normalized: string): boolean => SEARCH_FAILING.test(normalized);
