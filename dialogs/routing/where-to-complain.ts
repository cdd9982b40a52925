import type { RoutingInput } from './route.js';

/** The FAQ entry on the labour inspectorate, which also points to the CFA and the apprenticeship mediator. */
export const INSPECTION_ENTRY = 'inspection-du-travail';

/**
 * Complaining or reporting: "me plaindre", "signaler ça", "dénoncer mon patron", "porter plainte", "alerter"; telling
 * someone of it, discreetly (round 32, review 22 J6: "jpeux en parler à qui sans que ça se sache ?"); or a rule
 * not kept: "si l'employeur ne respecte pas ça", "il applique pas les horaires".
 */
const COMPLAIN = /\b(?:plaindre|plains|plaint|signaler|signale|signalement|denoncer|denonce|plainte|alerter|alerte)\b|\b(?:en|lui|leur) (?:parler|parle|discuter|causer)\b|\bsans que (?:ca|sa|cela|il|elle|mon patron|mon employeur|personne) (?:se )?(?:sache|le sache|sachent)\b|\b(?:anonymement|anonyme|discretement|en toute discretion|confidentiel|confidentielle|confidentiellement)\b|\b(?:respecte|respectent|respecter|applique|appliquent|appliquer) (?:pas|plus|jamais)\b|\bne (?:\w+ )?(?:respecte|respectent|applique|appliquent)\b/;
/** Asked where, to whom or what to do: "à qui ?", "où ?", "auprès de quel service ?", "que faire ?", "je fais quoi ?". */
const WHERE_ASKED = /\b(?:qui|ou|comment|aupres|quel|quelle|quels|quelles|recours)\b|\b(?:que|quoi) faire\b|\b(?:faire|fais|fait|faisons|faites|peux|peut|pouvons|pouvez) quoi\b/;
/**
 * Reporting one's own absence, illness or accident ("je signale mon arrêt à qui ?") is a step the person owes, not a
 * complaint: other entries answer it.
 */
const OWN_EVENT = /\b(?:absence|absences|absent|absente|arret|malade|maladie|retard|accident|demission|rupture)\b/;
/** A story of work (the employer, the hours, the pay): what a complaint here is about. */
const WORK_STORY = /\b(?:patron|patronne|employeur|employeuse|boss|chef|boite|entreprise|heures|heure|horaires|paye|payee|payes|payees|paie|salaire|bosser|bosse|travail|travailler|travaille)\b|\b\d+ ?h\b/;
/** The FAQ's categories of work rules: an answer there is the story a short "je me plains à qui ?" continues. */
const WORK_RULES: ReadonlySet<string> = new Set(['temps-de-travail', 'remuneration', 'droits', 'contrat', 'rupture']);

/**
 * "je peux me plaindre à qui ?", "je peux signaler ça où ?" after too many hours or unpaid overtime, or said with that
 * story ("mon patron me paye pas mes heures sup, je peux me plaindre à qui ?"): who checks that the employer keeps the
 * rules, the labour inspectorate's entry (which also names the CFA and the mediator), not the adviser that "à qui"
 * reads, nor the organisation a sentence of the last answer happens to name.
 */
export function complaintAboutWork(input: RoutingInput): boolean {
  const n = input.understanding.normalized;
  if (!COMPLAIN.test(n) || !WHERE_ASKED.test(n) || OWN_EVENT.test(n) || !input.hasFaqEntry(INSPECTION_ENTRY)) return false;
  if (WORK_STORY.test(n)) return true;
  const { lastTopic, lastFaq } = input.data;
  if (lastTopic !== 'faq' || lastFaq === undefined || lastFaq === INSPECTION_ENTRY) return false;
  const category = input.faqEntry?.(lastFaq)?.category;
  return category !== undefined && WORK_RULES.has(category);
}
