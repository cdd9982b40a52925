import type { Register } from '../knowledge/schema/vocabulary.js';
import { letterLikeQuestion } from './written-greeting.js';

/** Words that address the reader as `vous` ("pouvez-vous", "votre fille"): a parent, an employer, anyone polite. */
const VOUS: ReadonlySet<string> = new Set(['vous', 'votre', 'vos']);
/**
 * Words that address the reader as `tu` ("tu peux", "t'es qui", "dis-moi toi"). Not "te": the normaliser also gives it
 * for the "-t-" of an inversion ("sera-t-elle").
 */
const TU: ReadonlySet<string> = new Set(['tu', 'toi', 'ton', 'tes']);

/**
 * The register the person writes in, from the words that address the bot: `vous` as soon as they write `vous`, `tu`
 * when they write `tu`; undefined when the message uses neither, or both (then the conversation's register stays).
 */
export function registerWritten(tokens: readonly string[], raw = ''): Register | undefined {
  // "svp" and "stp" (expanded to "s'il vous plaît", "s'il te plaît") are everyone's shorthand, not a register.
  const words = tokens.join(' ').replace(/\bsi il (?:vous|te) plait\b/g, ' ').split(' ');
  const vous = words.some((t, i) => VOUS.has(t) && !SERVICE_NOUNS.has(words[i + 1] ?? ''));
  const tu = words.some((t) => TU.has(t));
  if (vous !== tu) return vous ? 'vous' : 'tu';
  if (vous) return undefined;
  // Nobody is addressed: the way the message is written still tells. "Bonjour, je souhaiterais…, cordialement" or
  // "Combien serai-je payée ?" is written by someone who expects vous; "salut, jsuis plombier" by someone who says tu,
  // whatever their trade or age.
  if (words.some((t) => FORMAL.has(t)) || invertsSubject(words, raw) || letterLikeQuestion(raw)) return 'vous';
  if (FAMILIAR.test(raw)) return 'tu';
  return undefined;
}

/**
 * "votre numéro", "vos conseillers": the service is addressed, as an organisation, by everyone (a young person who says
 * tu to the bot too), so it is no evidence of the register.
 */
const SERVICE_NOUNS: ReadonlySet<string> = new Set([
  'numero', 'site', 'service', 'services', 'conseiller', 'conseillers', 'conseillere', 'conseilleres', 'equipe',
  'ligne', 'region', 'plateforme', 'chat', 'application', 'appli', 'standard', 'permanence',
]);

/** Verbs written before their subject "je" in a question ("puis-je", "ai-je droit", "serai-je payée"). */
const INVERTED_BEFORE_JE: ReadonlySet<string> = new Set([
  'puis', 'dois', 'ai', 'suis', 'serai', 'serais', 'pourrai', 'pourrais', 'devrai', 'devrais', 'aurai', 'aurais',
]);

/** What may stand before an inverted verb: nothing (the message starts), a question word, or "alors"/"donc". */
const QUESTION_HEAD: ReadonlySet<string> = new Set(['', 'bonjour', 'ou', 'comment', 'quand', 'combien', 'pourquoi', 'que', 'quel', 'quelle', 'alors', 'donc']);

/**
 * A question with its subject after the verb ("puis-je", "se forme-t-on", "doit-il", "peut-elle"): written French,
 * the mark of someone who expects vous. The raw text shows the hyphen; the words show "puis je" typed without it.
 */
function invertsSubject(words: readonly string[], raw: string): boolean {
  if (/\p{L}-(?:je|t-(?:il|elle|on)|il|elle|ils|elles|on)(?![\p{L}-])/iu.test(raw)) return true;
  // Only at the head of a question: in "et puis je vais", "puis" means "then".
  return words.some((w, i) => w === 'je' && INVERTED_BEFORE_JE.has(words[i - 1] ?? '') && QUESTION_HEAD.has(words[i - 2] ?? ''));
}

/**
 * Familiar writing: a greeting among friends ("salut", "slt", "wesh", "coucou") or the spoken "j" glued to its verb
 * ("jsuis", "jveux", "jpeux", "jcherche"); a person who writes so is answered in tu.
 */
const FAMILIAR = /(?:^|[^\p{L}])(?:salut|slt|wesh|coucou|j(?:suis|sui|veux|veu|peux|peu|vais|vai|sais|sai|fais|fai|cherche|habite|aime|kiffe|comprends|comprend))(?![\p{L}])/iu;

/** Words of a formal letter, written by someone who expects `vous` even when the message addresses no one. */
const FORMAL: ReadonlySet<string> = new Set(['souhaiterais', 'souhaiterions', 'cordialement', 'madame', 'monsieur', 'veuillez', 'salutations']);
