/**
 * "j'ai signé le 15 février 2026 pour un CAP, quelle aide ?", "on a signé en mars pour une licence pro, on a droit à
 * quoi ?", "nous avons conclu le contrat le 3 mars pour un BTS, quelle prime ?": a contract signed, dated, FOR a
 * diploma with an indefinite article, and an aid asked. The one who signs for "un CAP" is the one who hires for it (an
 * apprentice says "pour mon CAP", "mon contrat"); and the aid that a signing date decides is the hiring aid, the
 * employer's. Read as the employer, so that the aid regime in force at that date answers, in vous.
 */
export const SIGNED_FOR_A_DIPLOMA =
  / (?:je ai|j ai|nous avons|on a|avons) (?:signe|conclu|passe) (?:(?:un|le|notre) contrat (?:de apprentissage |d apprentissage |en alternance )?)?(?:[a-z0-9]+ ){1,5}?pour (?:un|une) (?:cap|capa|bac pro|bp|bts|btsa|but|licence|licence pro|master|titre|mention|cs|bac) (?:[a-z0-9]+ ){0,8}?(?:aide|aides|prime|primes|droit|toucher|touche|touchons|percevoir)\b/;
