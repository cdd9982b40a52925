import { tokenize } from '../text/normalize.js';

/*
 * "Bonjour ! J'espère que vous allez bien. Je voudrais connaître le montant du SMIC", "salut ça va ? combien gagne un
 * apprenti de 17 ans", "ok tant pis. et pour me loger ?", "pardon je voulais dire : c quoi la durée d'un contrat": a
 * greeting, an acknowledgement or a correction before a question says how the person comes to it, not what is asked.
 * Read with it, the question is swallowed (the greeting's reply, "que souhaitez-vous savoir ?") or held to the
 * lead-in's words ("voulais", "trompé": words no entry writes). Read without it, the question gets its answer. Alone
 * ("bonjour", "ça va ?", "ok merci"), or before a statement ("ok, 17 ans"), the lead-in is the message and keeps its
 * reply.
 */

/** Greetings, and the wishes that go with them. */
const GREETING =
  '(?:bonjour|bonsoir|salut|slt|bjr|coucou|hello|hey|wesh|yo|re)(?: (?:a (?:vous|toi|tous)|madame|monsieur|tout le monde))?' +
  '|ca va(?: bien)?|ca roule|la forme|comment (?:allez vous|vas tu|ca va|tu vas|vous allez)|(?:tu vas|vous allez|vous allez) bien' +
  '|(?:je|j) espere que (?:vous allez|tu vas|tout va) bien|(?:je|j) espere que vous etes en forme';
/** Acknowledgements and thanks, what a person says on an answer before going on. */
const ACKNOWLEDGEMENT =
  '(?:ah |oh |bon |ben |bah )?(?:ok|okay|oki|okk|dac|de accord|daccord|dacc|tres bien|parfait|super|genial|top|cool|nickel|entendu|compris|je vois|tant pis|dommage|pas grave|ce est pas grave|c est pas grave)' +
  '|merci(?: (?:beaucoup|bien|bcp|infiniment|encore))?(?: pour (?:ca|la reponse|votre reponse|ta reponse|le info|les infos|ces infos|ces informations|votre aide|ton aide))?|mrc|thx';
/** A correction of the question just asked, said in a sentence of its own. */
const CORRECTION =
  '(?:(?:ah|oh|euh|non|ah non|oups|mince|zut) )?(?:pardon|dsl|desole|desolee|excuse moi|excusez moi|oups)?(?: ?(?:je|j) (?:me suis|me) (?:trompe|trompee|goure|gouree|mal exprime|mal exprimee)| ?erreur de ma part| ?(?:je|j) voulais dire| ?(?:je|j) reformule| ?(?:je|j) recommence)?';

const LEADING = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})(?: |$)`);
const SMALL_TALK_LEAD_IN = LEADING(`${GREETING}|${ACKNOWLEDGEMENT}`);
const CORRECTION_LEAD_IN = LEADING(CORRECTION);

/** Greeting words said alone before the message. */
const BARE_GREETING: ReadonlySet<string> = new Set(['bonjour', 'bonsoir', 'salut', 'slt', 'bjr', 'coucou', 'hello', 'hey', 'wesh', 'yo', 're', 'madame', 'monsieur', 'a', 'vous', 'toi', 'tous', 'tout', 'le', 'monde']);

/** What must remain to be read alone: a question of a few words, not a bare "oui". */
const QUESTION_MIN_WORDS = 3;
/** The words that make a question of the rest, or a request ("je voudrais connaître…", "j'aimerais savoir…"). */
const ASKS =
  /\b(?:combien|cmb|cb|comment|pourquoi|quel|quelle|quels|quelles|quoi|koi|quand|ou|qui|est ce|peut|peux|puis|pouvez|faut|dois|doit|ya|y a|existe|voudrais|voudrait|aimerais|souhaite|souhaiterais|veux savoir|cherche)\b/;

/** The message after its lead-ins of small talk (greetings, thanks, acknowledgements), when a question follows them. */
export function withoutSmallTalkLeadIn(normalized: string, raw: string): string {
  return withoutLeading(normalized, raw, [SMALL_TALK_LEAD_IN]);
}

/** The message after every lead-in, corrections too ("non je me suis trompé, c'est quoi…"), when a question follows. */
export function withoutLeadIn(normalized: string, raw: string): string {
  return withoutLeading(normalized, raw, [SMALL_TALK_LEAD_IN, CORRECTION_LEAD_IN]);
}

function withoutLeading(normalized: string, raw: string, leads: readonly RegExp[]): string {
  let rest = normalized;
  for (let progress = true; progress; ) {
    progress = false;
    for (const lead of leads) {
      const m = lead.exec(rest);
      if (m !== null && m[0].trim().length > 0) {
        rest = rest.slice(m[0].length);
        progress = true;
      }
    }
  }
  if (rest === normalized) return normalized;
  // A bare greeting ("bonjour, nous sommes une collectivité…") is already read with what follows: the greeting alone is
  // never small talk that swallows a question (small-talk.ts), and the rest of the message keeps its whole reading.
  if (tokenize(normalized.slice(0, normalized.length - rest.length)).every((w) => BARE_GREETING.has(w))) return normalized;
  const asks = ASKS.test(rest) || raw.trim().endsWith('?');
  return asks && tokenize(rest).length >= QUESTION_MIN_WORDS ? rest : normalized;
}
