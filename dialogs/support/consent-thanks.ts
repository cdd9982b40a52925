/**
 * A thank-you typed at the callback form's consent question ("Dernière étape : acceptes-tu qu'un conseiller te
 * rappelle ?"). readYesNo (yes-no.ts) reads "ok merci" as no answer at all, rightly after an answer (it closes the
 * exchange); but at the consent question the person has just been asked to accept, and a thank-you is never a
 * refusal (review 17: "ok merci !" there cancelled the request).
 * - "ok merci", "d'accord merci", "parfait merci", "super" (an acknowledging word that accepts): a yes.
 * - "merci", "merci beaucoup" (thanks alone): neither; the question is asked again plainly, never cancelled.
 * A "non" anywhere ("non merci") is read by readYesNo first and stays a refusal. Works on the normaliser's output
 * (accents folded, "dac" → "de accord"). "c'est bon merci" is left a plain thank-you: "c'est bon" also says "no need".
 */
export type ThanksAtConsent = 'accepts' | 'thanks_only';

/** Words that acknowledge and accept what was just proposed. */
const ACCEPTING = /\b(?:ok|okay|oki|okk|de accord|ca marche|ca roule|parfait|super|top|genial|cool|nickel|impeccable|tres bien|bien recu|entendu)\b/;
const THANKING = /\b(?:merci|mrc|mercii|thanks|thx|remercie)\b/;
/** Every word of such a message: acknowledging, thanking, or polite filler. Anything else makes it another message. */
const POLITE_WORDS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'oki', 'okk', 'de', 'accord', 'ca', 'marche', 'roule', 'parfait', 'super', 'top', 'genial', 'cool', 'nickel',
  'impeccable', 'tres', 'bien', 'recu', 'entendu', 'c', 'ce', 'est', 'cest', 'bon', 'merci', 'mrc', 'mercii', 'thanks', 'thx',
  'je', 'vous', 'te', 'remercie', 'beaucoup', 'bcp', 'mille', 'fois', 'encore', 'a', 'toi', 'ah', 'ha', 'alors', 'et', 'bah', 'ben',
]);

export function thanksAtConsent(normalized: string): ThanksAtConsent | undefined {
  const words = normalized.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || !words.every((w) => POLITE_WORDS.has(w))) return undefined;
  if (ACCEPTING.test(normalized)) return 'accepts';
  return THANKING.test(normalized) ? 'thanks_only' : undefined;
}
