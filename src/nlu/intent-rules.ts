import type { IntentId } from '../knowledge/schema/intents.js';

/**
 * Whole-message keyword rules, checked before the classifier. A bag-of-words model is weakest on one- or two-word
 * messages ("oui", "menu", "bye"), which are also the easiest to list. Keys are normalised text (see normalize.ts).
 */
const WHOLE_MESSAGE: ReadonlyArray<[IntentId, readonly string[]]> = [
  ['greeting', ['bonjour', 'salut', 'coucou', 'bonsoir', 'hello', 'hey', 'yo', 'wesh', 'hi', 'bonjour bonjour',
    'hello hello', 're', 'rebonjour', 'kikou']],
  ['thanks', ['merci', 'merci beaucoup', 'merci bien', 'merci merci', 'cimer', 'thank you', 'merci a toi',
    'merci a vous', 'top merci', 'nickel merci', 'parfait merci',
    // With no question pending, "ok merci" closes the exchange; a yes/no question reads its answer before this.
    'ok merci', 'ok merci beaucoup', 'ok merci bien', 'ah ok merci', 'de accord merci', 'super merci',
    // "t'es" would read as a question about the bot: praise with a thank-you is a thank-you.
    'merci tu es au top', 'merci tu es genial', 'merci tu es trop fort', 'tu es au top merci', 'merci tu es le meilleur']],
  ['goodbye', ['au revoir', 'bye', 'bye bye', 'ciao', 'tchao', 'a plus', 'a plus tard', 'a bientot', 'adieu',
    'bonne nuit', 'bonne soiree', 'bonne journee', 'a demain', 'salut a plus', 'a la prochaine']],
  ['affirm', ['oui', 'ok', 'de accord', 'exact', 'exactement', 'carrement', 'bien sur', 'volontiers', 'oui oui',
    'tout a fait', 'absolument', 'ca marche', 'parfait', 'evidemment', 'vas y', 'grave', 'oui bien sur', 'ok ok',
    'oui si il te plait', 'oui si il vous plait']],
  ['deny', ['non', 'non non', 'jamais', 'pas du tout', 'non merci', 'surtout pas', 'negatif',
    'pas question', 'laisse tomber']],
  ['help', ['aide', 'menu', 'help', 'options', 'aide moi', 'au secours', 'sos', 'le menu', 'que sais tu faire',
    'besoin de aide']],
  ['restart', ['recommencer', 'recommence', 'reset', 'restart', 'reinitialiser', 'on recommence', 'recommencer a zero',
    'debut', 'retour au menu']],
  ['human', ['conseiller', 'un conseiller', 'humain', 'un humain', 'operateur', 'parler a quelquun']],
  ['callback', ['rappel', 'rappelez moi', 'rappelle moi', 'etre rappele']],
  ['erase', ['effacer', 'supprimer', 'effacer tout', 'efface tout', 'effacer ma conversation']],
];

const FILLERS = /\b(?:si il te plait|si il vous plait|stp|svp|merci)\b/g;

const RULES: ReadonlyMap<string, IntentId> = new Map(
  WHOLE_MESSAGE.flatMap(([intent, phrases]) => phrases.map((p): [string, IntentId] => [p, intent])),
);

/** The intent a whole short message obviously means, or undefined. Politeness around the keyword is ignored. */
export function ruleIntent(normalized: string): IntentId | undefined {
  const exact = RULES.get(normalized);
  if (exact) return exact;
  const stripped = normalized.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
  if (stripped.length === 0 || stripped === normalized) return undefined;
  const intent = RULES.get(stripped);
  // "non merci" is a refusal and "oui merci" an agreement; "merci" alone was matched above.
  return intent === 'thanks' ? undefined : intent;
}
