/**
 * An apology for the circumstances before the real question: "dsl mon tel a planté. cap coiffure c'est où ?",
 * "sorry batterie faible, un CAP cuisine près de Caen ?", "Excusez-moi de vous déranger, combien gagne un apprenti ?".
 * The aside says how the message comes (a phone, a battery, the network, a typo, the time taken), not what is asked:
 * read with it, its words lead elsewhere ("tel" is the phone line's entry). The question after it is the message.
 * Only an aside of a few words, about those circumstances, and ended by a sentence's or a clause's mark; the rest must
 * be a question of its own. "dsl j'ai pas compris, tu peux répéter ?" keeps its words: not understanding is the message.
 */

/** An apology said first. */
const APOLOGY = String.raw`(?:dsl|d[ée]sol[ée]e?s?|pardon|sorry|sry|excuse[sz]?[- ]moi|excusez[- ]moi|oups|oops)`;
/** The circumstances an aside tells: the device, the network, the typing, the time, a disturbance. */
const CIRCUMSTANCE =
  /\b(?:t[ée]l|t[ée]l[ée]phone|portable|phone|batterie|batt|r[ée]seau|connexion|co|wifi|wi-fi|4g|coup[ée]e?|bug(?:u[ée])?|beug(?:u[ée])?|plant[ée]|appli|clavier|correcteur|autocorrect|faute|fautes|orthographe|orthographes?|retard|d[ée]ranger|d[ée]range|longtemps|lent|[ée]cran|envoy[ée]|parti|appuy[ée]|mal [ée]crit|tap[ée]|capte|bus|train|m[ée]tro)\b/i;
/** The aside, from the apology to the first mark that ends it. */
const ASIDE = new RegExp(String.raw`^\s*${APOLOGY}\b([^.!?;:,\n…]{0,60})[.!?;:,\n…]+\s*`, 'i');
/** The rest asks something: a question mark, or a word of asking or of a request. */
const ASKS = /\?|\b(?:combien|cmb|comment|pourquoi|quel|quelle|quels|quelles|quoi|koi|quand|o[uù]|qui|est-ce|peut|peux|puis|pouvez|faut|dois|doit|ya|y a|voudrais|aimerais|souhaite|cherche)\b/i;
/** An aside longer than this (in words) is a story, read whole. */
const ASIDE_MAX_WORDS = 8;
/** What must remain: a question of a few words. */
const QUESTION_MIN_WORDS = 2;

/** The message without an apology for its circumstances said before the question (see the module's comment). */
export function withoutAside(raw: string): string {
  const m = ASIDE.exec(raw);
  if (m === null) return raw;
  const clause = m[1] ?? '';
  // A bare apology ("Pardon, combien…") is an aside too; a clause must tell circumstances.
  if (clause.trim().length > 0 && (!CIRCUMSTANCE.test(clause) || clause.trim().split(/\s+/).length > ASIDE_MAX_WORDS)) return raw;
  const rest = raw.slice(m[0].length);
  return ASKS.test(rest) && rest.trim().split(/\s+/).length >= QUESTION_MIN_WORDS ? rest : raw;
}
