/**
 * Where the person (or their child, or their apprentice) works already, as the message tells it: "je bosse dans un
 * garage", "j'ai commencé il y a 3 semaines en boulangerie", "ma fille travaille chez un coiffeur", "je tiens une
 * boulangerie". The trade words of that place say where the story happens, not what the person would like to learn:
 * they are not interests ("je travaille dans un entrepôt et j'aimerais devenir boulanger" wishes the bakery only).
 */

/** Someone working somewhere now, then the place: "je bosse dans", "il travaille chez", "j'ai commencé en". */
const WORKS_AT =
  /\b(?:bosse|bossons|bossent|travaille|travaillent|travaillons|taffe|fait son apprentissage|fais mon apprentissage|(?:suis|est) (?:apprentie?|salariee?|employee?)|(?:je|il|elle) (?:suis|est))(?: (?:depuis|il y a) (?:\d+|un|une|deux|trois|quelques) \w+)? (?:dans|chez|en)\b|\b(?:commence|commencee|embauche|embauchee|entre|entree|rentre|rentree)(?: (?:depuis|il y a) (?:\d+|un|une|deux|trois|quelques) \w+)? (?:dans|chez|en)\b/g;

/** Someone running a business: "je tiens une boulangerie", "on a un salon", "je gère un restaurant". */
const RUNS =
  /\b(?:je|on|nous) (?:tiens|tient|gere|dirige|possede|avons|ai|a) (?:un|une|mon|ma|notre|le|la) (?=(?:petit |petite )?(?:salon|restaurant|resto|magasin|boutique|garage|entreprise|societe|boulangerie|patisserie|boucherie|charcuterie|ferme|exploitation|cabinet|atelier|commerce|hotel|bar|brasserie|pharmacie|agence|epicerie|institut|pressing|cafe|creperie|pizzeria|camping|fleuriste|menuiserie|plomberie|entreprise)\b)/g;

/** Words that end the place: the next clause starts. */
const CLAUSE_START = new Set(['je', 'j', 'il', 'elle', 'on', 'nous', 'vous', 'et', 'mais', 'depuis', 'mon', 'ma', 'mes', 'ce', 'c', 'est', 'que', 'qui', 'pour', 'car', 'donc', 'alors', 'avec', 'sauf', 'ou', 'si', 'quand', 'comment']);
/** A place is a few words ("un salon de coiffure", "la restauration rapide"). */
const PLACE_MAX_WORDS = 5;

/** Where the places are in the message: each one's start and end, and where the words that introduce it start. */
function placesOf(normalized: string, patterns: readonly RegExp[] = [WORKS_AT, RUNS]): Array<{ said: number; start: number; end: number }> {
  const cut: Array<{ said: number; start: number; end: number }> = [];
  for (const pattern of patterns) {
    for (const m of normalized.matchAll(pattern)) {
      const start = (m.index ?? 0) + m[0].length;
      let end = start;
      let words = 0;
      for (const w of normalized.slice(start).matchAll(/\S+/g)) {
        if (words >= PLACE_MAX_WORDS || CLAUSE_START.has(w[0])) break;
        end = start + (w.index ?? 0) + w[0].length;
        words += 1;
      }
      if (end > start) cut.push({ said: m.index ?? 0, start, end });
    }
  }
  return cut;
}

/**
 * The words that tell what business someone runs, with the words that say it ("je tiens une boulangerie"): the setting
 * of the question, not what it asks (support/faq-coverage-of.ts does not hold them against an entry). Only a business
 * run: "je suis en seconde générale" also reads as a place one is at, and is what such a question asks about.
 */
export function businessSpans(normalized: string): string[] {
  return placesOf(normalized, [RUNS]).map((p) => normalized.slice(p.said, p.end));
}

/**
 * Where the story of a question happens, told around it: the place an apprentice is at ("apprenti dans une ferme",
 * "apprentie en pâtisserie à Granville", "je bosse chez un plombier"), the time spent at someone's ("des journées de
 * 10 heures chez un paysagiste"), the employer's trade ("mon patron, il est boulanger") and the course followed ("je fais
 * un CAP pâtisserie, après…"). Not "je suis en seconde" (WORKS_AT's "je suis en"), which is often what is asked.
 */
const SETTING: readonly RegExp[] = [
  /\b(?:apprentie?|alternante?|bosse|bossons|bossent|travaille|travaillent|travaillons|taffe|fait son apprentissage|fais mon apprentissage)(?: (?:depuis|il y a) (?:\d+|un|une|deux|trois|quelques) \w+)? (?:dans|chez)\b/g,
  // "apprentie en pâtisserie", but not "rémunérer l'apprenti en stock-options": the apprentice as a verb's object
  // ("le apprenti" once normalised) is not where the story happens, and what follows "en" is then what is asked.
  /(?<!\ble )\b(?:apprentie?|alternante?|bosse|bossons|bossent|travaille|travaillent|travaillons|taffe|fait son apprentissage|fais mon apprentissage)(?: (?:depuis|il y a) (?:\d+|un|une|deux|trois|quelques) \w+)? en\b/g,
  /\b(?:heures?|journees?|jours?|semaines?|mois|ans?) chez\b/g,
  /\b(?:patron|patronne|employeur|employeuse|boss|maitre de apprentissage|maitre d apprentissage)(?: (?:il|elle))? (?:est|c est)(?: un| une)?\b/g,
  /\b(?:je|il|elle|on) (?:fais|fait|prepare|passe|termine|finis|finit|suis en|est en)(?: un| une| mon| ma| son| sa| le| la)? (?=(?:cap|capa|bac|bp|bts|btsa|mc|but|bachelor|licence|master)\b)/g,
];

/**
 * The words that tell where the question's story happens (SETTING): what support/faq-coverage-of.ts does not hold
 * against an entry, since an entry on conflicts, hours or what comes after a CAP answers every trade alike (round 33:
 * "apprenti dans une ferme, à qui m'adresser pour un litige ?" was told the mediator's entry did not cover "ferme").
 */
export function settingSpans(normalized: string): string[] {
  return placesOf(normalized, SETTING).map((p) => normalized.slice(p.start, p.end));
}

/** The message without the words naming a place where someone already works (see the module's comment). */
export function withoutWorkplace(normalized: string): string {
  const cut = placesOf(normalized).map((p): [number, number] => [p.start, p.end]);
  if (cut.length === 0) return normalized;
  let out = '';
  let from = 0;
  for (const [start, end] of cut.sort((a, b) => a[0] - b[0])) {
    if (start < from) continue;
    out += normalized.slice(from, start);
    from = end;
  }
  return (out + normalized.slice(from)).replace(/\s+/g, ' ').trim();
}
