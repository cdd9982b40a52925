import type { Understanding } from '../../src/nlu/understanding.js';

/**
 * Round 32 (review 22, X3): "est-ce que la boulangerie Martin à Fécamp cherche un apprenti ?", "le garage Dupont
 * embauche ?", "chez Leclerc ils prennent des alternants ?": whether ONE given business is hiring. The bot has no
 * company's offers: it says plainly it cannot know, then where to look (La bonne alternance, the CFA of the trade near
 * that town, who knows the companies that recruit). A search in general ("les boulangeries recrutent ?", "je cherche
 * une boulangerie qui prend des apprentis") is not this: it keeps its answer.
 */

/** The places of work a business is named by (the normalised words; "salon de coiffure" before "salon"). */
const WORKPLACE =
  '(?:boulangerie|patisserie|boulangerie patisserie|boucherie|charcuterie|poissonnerie|fromagerie|epicerie|superette|supermarche|hypermarche|magasin|boutique|pharmacie|garage|carrosserie|concession|salon de coiffure|salon d esthetique|salon|institut de beaute|institut|restaurant|brasserie|pizzeria|creperie|hotel|bar|cafe|traiteur|menuiserie|ebenisterie|plomberie|entreprise de (?:plomberie|maconnerie|peinture|couverture|menuiserie|paysage|nettoyage|transport)|entreprise|societe|agence|cabinet|clinique|ehpad|creche|ferme|exploitation|imprimerie|fleuriste|jardinerie|usine|atelier|chantier naval|cave|banque|enseigne)';

/** A business's own name, and where it is: one to five words, none of them a verb or a relative of a general search. */
const NAME = '(?: (?!(?:qui|que|ou|dont|doit|doivent|peut|peuvent|va|vont|veut|veulent|est|sont|a t|elle|il|ils)\\b)[a-z0-9][a-z0-9]*){1,5}';

/** Hiring now, said of that business: "cherche (un apprenti)", "recrute", "embauche", "prend des alternants". */
const HIRES = '(?:cherche|cherchent|recherche|recherchent|recrute|recrutent|recrute t elle|recrute t il|recrute te elle|recrute te il|embauche|embauchent|embauche t elle|embauche t il|embauche te elle|embauche te il|prend|prennent|prendrait|prendraient|accepte|acceptent)';
const WHOM = '(?: (?:un|une|des|d|de|quelqu un|quelquun|encore)(?: (?:apprenti|apprentie|apprentis|apprenties|alternant|alternante|alternants|alternantes|jeune|jeunes|stagiaire|stagiaires|en apprentissage|en alternance))?)?';

/** "la boulangerie Martin (à Fécamp) cherche un apprenti": a definite, singular business with its name, then hiring. */
const NAMED_BUSINESS_HIRES = new RegExp(`\\b(?:le|la|l|cette|ce|cet) ${WORKPLACE}${NAME} ${HIRES}${WHOM}(?: en ce moment| actuellement| cette annee| pour la rentree)?$`);
/** "chez Leclerc (à Lisieux) ils prennent des apprentis ?", "chez Martin on recrute ?". */
const AT_NAMED_BUSINESS = new RegExp(`\\bchez${NAME} (?:ils |elles |on |est ce qu ils |est ce qu on )?${HIRES}${WHOM}`);

/** The question asked of a business named, on the normalised message (its last clause). */
export function namedBusinessHiringAsked(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  // The last clause holds the question: "j'habite à Fécamp, est-ce que la boulangerie Martin recrute ?".
  const text = u.normalized.replace(/^.*\b(?:est ce que|est ce qu|savoir si|sais tu si|savez vous si|tu sais si|vous savez si)\b/, '').trim();
  return NAMED_BUSINESS_HIRES.test(text) || AT_NAMED_BUSINESS.test(text);
}
