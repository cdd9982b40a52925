import type { Understanding } from '../../src/nlu/understanding.js';
import { tokenize } from '../../src/text/normalize.js';

/**
 * "dsl pour l'ortho", "désolé pour les fautes", "je suis nulle en orthographe", "jsuis pas très fort", "excusez mon
 * français": a person excusing their own writing, and nothing else. It is no question, so the classifier reads it as
 * anything ("fautes" as a trade word); the fallback's "je n'ai pas compris" then tells them exactly what they feared.
 * The reply reassures and invites the question (smalltalk.writing_excused). The same words before a question are
 * peeled by src/nlu/wrapper.ts and the question is answered: this reads only a message that holds no more than that.
 */

/** The apology for the writing: "dsl pour l'ortho", "pardon pour mes fautes", "excusez mon français". */
const APOLOGY_FOR_WRITING =
  /\b(?:desole|desolee|desoles|dsl|pardon|excuse moi|excusez moi|excuse|excusez|sorry|sry)(?: (?:de|d|par) avance)?(?: (?:pour|de|si|pr))? (?:la |le |l |les |mon |ma |mes )?(?:ortho|lortho|orthographe|lorthographe|fautes?(?: de (?:frappe|orthographe|francais))?|francais|ecriture|facon de ecrire|maniere de ecrire|correcteur|tel|telephone)\b/g;
/** Saying one writes badly: "je suis nul en ortho", "jsuis pas très fort", "je sais pas bien écrire", "j'écris mal". */
const POOR_WRITER =
  /\b(?:(?:je|j) (?:suis|sui)|jsuis|jsui|chui|chuis)(?: (?:vraiment|trop|super|tres|un peu))? (?:nul|nulle|pas (?:tres |trop |super |vraiment )?(?:fort|forte|doue|douee|bon|bonne|balaise))(?: en (?:ortho|orthographe|francais|ecriture))?\b|\b(?:je|j)(?: ne)? (?:sais|sait) pas (?:bien |trop |tres bien )?ecrire\b|\b(?:je|j) ecris (?:mal|comme je parle)\b|\b(?:je|j) fais (?:beaucoup de |plein de |pas mal de |des )fautes\b/g;
/** What may stand around it: hesitations, laughter, politeness. */
const AROUND = new Set(['desole', 'desolee', 'dsl', 'pardon', 'sorry', 'sry', 'oups', 'hein', 'lol', 'mdr', 'haha', 'hihi', 'ok', 'bon', 'bref', 'voila', 'mais', 'et', 'alors', 'vraiment', 'deja', 'd', 'avance', 'en', 'merci', 'stp', 'svp', 'bonjour', 'salut', 'slt', 'bjr', 'encore']);

/** Whether the message only excuses the person's own writing (see the module's comment). */
export function excusesOwnWritingOnly(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const found = u.normalized.replace(APOLOGY_FOR_WRITING, ' ').replace(POOR_WRITER, ' ');
  if (found === u.normalized) return false;
  return tokenize(found).every((w) => AROUND.has(w));
}
