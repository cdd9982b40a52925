/**
 * Round 30: the everyday words a follow-up asks with, and the words a card answers with, read as one NOTION on both
 * sides. A person asks "je peux repasser avec le même patron ?" and the card on a failed exam writes "avec ton employeur
 * actuel"; a parent asks "il rentre à 21h30, c'est normal ?" and the card writes "interdit de 20 h à 6 h": the two share
 * no word stem, only the notion. Each entry says why it is one notion. Normalised text (no accents, elisions spelled
 * out: "l'accompagne" is "le accompagne").
 */
export interface Notion {
  /** The notion's key, shared by both sides ("@same-employer"). */
  key: string;
  /** How a person asks it. Matched words are taken out of the question's own words: the notion stands for them. */
  asked: RegExp;
  /** How a card writes it. */
  written: RegExp;
}

const EMPLOYER = '(?:patron|patronne|boss|employeur|employeuse|chef|entreprise|boite|societe|maitre d apprentissage|tuteur|tutrice)';

export const NOTIONS: readonly Notion[] = [
  {
    // The employer one already has: "le même patron", "rester dans ma boîte", "garder mon employeur"; cards write
    // "ton employeur actuel", "le même employeur".
    key: '@same-employer',
    asked: new RegExp(`\\b(?:(?:rester|reste|restera|resterai|continuer|continue|repasser|repasse|refaire) (?:dans|chez|avec) )?(?:(?:la|le|ma|mon|sa|son|notre|leur) )?(?:(?:meme|mm) ${EMPLOYER}|${EMPLOYER} actuel(?:le)?)\\b|\\b(?:rester|reste|restera|resterai|continuer|continue) (?:dans|chez|avec) (?:ma|mon|sa|son|notre|leur|la|le) ${EMPLOYER}\\b|\\b(?:garder|garde|gardera|garderai) (?:ma|mon|sa|son|notre|leur|la|le) ${EMPLOYER}\\b`),
    written: /\b(?:employeur actuel|meme employeur|meme entreprise|entreprise actuelle|son employeur actuel)\b/,
  },
  {
    // A large firm in everyday words ("les grosses boîtes", "une grande entreprise", "on est 400"); aid cards write
    // the threshold ("250 salariés et plus").
    key: '@large-firm',
    asked: /\b(?:grandes?|grosses?|gros|grand) (?:entreprises?|boites?|societes?|structures?|groupes?|employeurs?|firmes?)\b|\bplus de 2[5-9]\d\b|\b(?:[3-9]\d\d|\d{4,}) (?:salaries|personnes|employes)\b/,
    written: /\b250 salaries (?:et|ou) plus\b|\b(?:plus de|au moins) 250\b/,
  },
  {
    // A small firm ("une petite boîte", "une PME", "un artisan"): cards write "moins de 250 salariés".
    key: '@small-firm',
    asked: /\b(?:petites?|petit) (?:entreprises?|boites?|societes?|structures?)\b|\b(?:pme|tpe|artisans?)\b/,
    written: /\bmoins de (?:250|11|50) salaries\b/,
  },
  {
    // Someone who follows the apprentice: "qui le suit ?", "qui s'occupe de lui ?", "il est encadré ?"; cards write
    // "accompagne", "suit", "référent", "maître d'apprentissage".
    key: '@accompany',
    asked: /\b(?:accompagn\w*|suivi|suivie|suivis|suivre|suit|encadr\w*|occupe de|occuper de|occupera de|soutien\w*)\b/,
    written: /\b(?:accompagn\w*|suit|suivre|suivi|encadr\w*|referent\w*)\b/,
  },
  {
    // Enrolling someone in a course: "comment l'inscrire ?", "il candidate où ?"; cards write the procedures' names.
    key: '@enrol',
    asked: /\b(?:inscri\w*|candidat(?:e|er|ez|ent|ure|ures)|postul\w*)\b/,
    written: /\b(?:inscri\w*|candidat(?:e|er|ez|ent|ure|ures)|affelnet|parcoursup|se demandent directement)\b/,
  },
  {
    // An employer looking for a young person: "où trouver un candidat ?", "je trouve des jeunes où ?"; cards write
    // "recrutez", "publier une offre", "trouver votre apprenti".
    key: '@recruit',
    asked: /\b(?:candidats?|recrut\w*|trouver (?:un|des|mon|notre) (?:apprentis?|jeunes?|alternants?)|trouve (?:un|des) (?:apprentis?|jeunes?|alternants?)|des jeunes)\b/,
    written: /\b(?:recrut\w*|publier une offre|(?:trouve|trouver) (?:ton|votre|un) apprenti)\b/,
  },
  {
    // Failing and retaking: "repasser", "rater", "redoubler"; cards write "échec", "échoue", "prolongé".
    key: '@fail',
    asked: /\b(?:rate|rater|ratee|loupe|louper|echou\w*|redoubl\w*|repass\w*)\b/,
    written: /\b(?:echec|echou\w*|redoubl\w*|prolong\w*)\b/,
  },
  {
    // Nobody found: "et si je trouve personne ?"; cards write the start without an employer.
    key: '@none-found',
    asked: /\b(?:trouve|trouves|trouvez|trouvons|trouvent|trouver) (?:personne|rien|aucun\w*|pas)\b|\bpas (?:de )?(?:patron|employeur|entreprise) trouve\b/,
    written: /\bsans employeur\b|\bpas encore (?:de |d )?employeur\b|\bsans contrat\b/,
  },
  {
    // Who pays or refunds a cost: "c'est remboursé ?", "qui paye ?"; cards write "prise en charge", "finance", "gratuit".
    key: '@paid-for',
    asked: /\b(?:paye|payer|paie|payent|financ\w*|rembours\w*|frais|gratuit\w*|payant\w*)\b/,
    written: /\b(?:paye|payer|paie|financ\w*|rembours\w*|pris en charge|prise en charge|gratuit\w*|a la charge)\b/,
  },
  {
    // How long: "ça dure combien de temps ?", "pendant combien de mois ?"; cards write the span.
    key: '@length',
    asked: /\bcombien de (?:temps|tps|mois|annees|ans|semaines|jours)\b|\b(?:duree|dure|durent|longtemps)\b/,
    written: /\b(?:pendant|premiere annee|deux ans|un an|trois ans|six mois)\b|\b\d+ (?:mois|ans|annees|semaines|jours)\b/,
  },
  {
    // When: "elle est versée quand ?", "à partir de quand ?"; cards write a rhythm or a deadline ("chaque mois", "au plus tard").
    key: '@when',
    asked: /\b(?:quand|qd|kan|a partir de quand|des quand|quelle date|quel jour|quel moment|quelle periode)\b/,
    // A month alone is often the window of a contract's signing, not when the thing happens: left out.
    written: /\b(?:chaque mois|tous les mois|chaque annee|avant le|apres le|au plus tard|a partir du|des le|des que|dans les \d+ (?:jours|mois|semaines))\b/,
  },
  {
    // Receiving money: "on la touche quand ?", "il la reçoit comment ?"; cards write who pays it ("verse", "versée").
    key: '@received',
    // "l'argent", "les sous" of an aid are the aid received; "elle tombe quand ?" is when it is received.
    asked: /\b(?:touche|touches|touchez|touchent|toucher|touchera|recoit|recois|recevoir|recevez|recoivent|percoit|percevoir|versee?s?|verse|tombe|tombent|argent|sous|thunes?|fric)\b/,
    written: /\b(?:verse\w*|paye|payee|recoi\w*|recev\w*|percoi\w*|percev\w*)\b/,
  },
  {
    // How to ask for it: "comment je la demande ?", "faut faire un dossier ?", "je fais comment pour l'avoir ?".
    key: '@how-to-ask',
    asked: /\b(?:demarches?|dossiers?|formulaires?|demande|demander|demandes|obtenir|obtien\w*|comment (?:je |on |tu |vous |nous )?(?:la |le |l |les )?(?:ai|avoir|touche|fais|fait))\b/,
    // A card or a document is given rather than asked for: "ton CFA te remet une carte".
    written: /\b(?:demande|demander|dossier|formulaire|deposer|depose|transmet\w*|en ligne|demarches?|remet\w*|remis|delivr\w*)\b/,
  },
];

/** An hour told as "21 h 30", "21 h", "5 h" (normalised from "21h30", "21h"). */
const HOUR = /\b(\d{1,2}) h(?: \d{2})?\b/g;

/**
 * An hour of the night (from 20 h, the earliest night limit for a minor, to 6 h) told in a question is the notion of
 * night work: the card writes the night's bounds ("entre 22 h et 6 h") or the word "nuit", never the hour asked.
 */
const NIGHT_WRITTEN = /\bnuit\b|\bminuit\b|\b(?:entre|de) 2[02] h (?:et|a) 6 h\b/;

export function hoursAsked(normalized: string): number[] {
  return [...normalized.matchAll(HOUR)].map((m) => Number(m[1])).filter((h) => h <= 24);
}

/** The notions a text holds, on the asking or the written side; for the asked side, the text left once they are taken out. */
export function notionsOf(normalized: string, side: 'asked' | 'written'): { notions: Set<string>; rest: string } {
  const notions = new Set<string>();
  let rest = normalized;
  for (const n of NOTIONS) {
    const re = n[side];
    if (!re.test(rest)) continue;
    notions.add(n.key);
    if (side === 'asked') rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  }
  if (side === 'asked') {
    const night = hoursAsked(normalized).some((h) => h >= 20 || h < 6) || /\b(?:nuit|minuit|soir|tard)\b/.test(normalized);
    if (night) notions.add('@night');
    rest = rest.replace(HOUR, ' ').replace(/\b(?:nuit|minuit|soir|tard)\b/g, ' ');
  } else if (NIGHT_WRITTEN.test(normalized)) {
    notions.add('@night');
  }
  return { notions, rest };
}
