import { tokenize } from '../text/normalize.js';

/*
 * The question inside its wrapper. "Bonjour ! J'espère que vous allez bien. Je voudrais connaître le montant du SMIC",
 * "ma question est peut-être bête mais c'est quoi un apprenti ?", "dsl de déranger, combien gagne un apprenti ?",
 * "ok tant pis. et pour me loger ?", "pardon je voulais dire : c quoi la durée d'un contrat", "au fait, ma question
 * c'est : on peut signer à 15 ans ?": a greeting, a hedge, an acknowledgement, a correction or a formula of asking
 * before a question says how the person comes to it, not what is asked. Read with it, the question is swallowed (the
 * greeting's reply, "que souhaitez-vous savoir ?") or held to the wrapper's words ("bête", "déranger", "voulais",
 * "trompé": words no entry writes). Read without it, the question gets its answer. Alone ("bonjour", "ça va ?", "ok
 * merci"), or before a statement ("ok, 17 ans"), the wrapper is the message and keeps its reply.
 *
 * One stage, layers peeled in any order (a greeting then a hedge, a thanks then a correction). A complaint about the
 * answer ("c'est nul ta réponse", "tu comprends rien") is never a wrapper: it has its own meaning and its own reply.
 * What the wrapper did (thanked, apologised, greeted…) is kept as speech acts, for the readers that answer them.
 */

/** What a wrapper does, beside carrying the question. */
export type SpeechAct = 'greeting' | 'thanks' | 'goodbye' | 'acknowledgement' | 'apology' | 'hedge' | 'correction' | 'asking';

/** How deep the stage peels: small talk and hedges only (what every reader sees), or corrections and formulas too. */
export type WrapperDepth = 'small-talk' | 'all';

/** What the wrapper holds and what it carries. */
export interface Unwrapped {
  /** The question inside, or the whole message when no question stands alone inside it. */
  core: string;
  /** What the peeled wrapper did, in the order said; empty when nothing was peeled. */
  acts: SpeechAct[];
}

/** Greetings, and the wishes that go with them. */
const GREETING =
  '(?:bonjour|bonsoir|salut|slt|bjr|coucou|hello|hey|wesh|yo|re)(?: (?:a (?:vous|toi|tous)|madame|monsieur|tout le monde))?' +
  '|ca va(?: bien)?|ca roule|la forme|comment (?:allez vous|vas tu|ca va|tu vas|vous allez)|(?:tu vas|vous allez|vous allez) bien' +
  '|(?:je|j) espere que (?:vous allez|tu vas|tout va) bien|(?:je|j) espere que vous etes en forme';
/** Acknowledgements, what a person says on an answer before going on. */
const ACKNOWLEDGEMENT =
  '(?:ah |oh |bon |ben |bah )?(?:ok|okay|oki|okk|dac|de accord|daccord|dacc|tres bien|parfait|super|genial|top|cool|nickel|entendu|compris|je vois|tant pis|dommage|pas grave|ce est pas grave|c est pas grave)';
/** Thanks. */
const THANKS =
  'merci(?: (?:beaucoup|bien|bcp|infiniment|encore))?(?: pour (?:ca|la reponse|votre reponse|ta reponse|le info|les infos|ces infos|ces informations|votre aide|ton aide))?|mrc|thx';
/** A correction of the question just asked, said in a sentence of its own. */
const CORRECTION =
  '(?:(?:ah|oh|euh|non|ah non|oups|mince|zut) )?(?:pardon|dsl|desole|desolee|excuse moi|excusez moi|oups)?(?: ?(?:je|j) (?:me suis|me) (?:trompe|trompee|goure|gouree|mal exprime|mal exprimee)| ?erreur de ma part| ?(?:je|j) voulais dire| ?(?:je|j) reformule| ?(?:je|j) recommence)?';

/** Softeners that may stand inside a hedge: "peut-être", "sans doute", "un peu". */
const SOFT = '(?:(?:peut etre|sans doute|surement|un peu|tres|trop|vraiment|completement|super|hyper) )*';
/** A question called silly. */
const SILLY = '(?:bete|betes|idiote?s?|stupides?|cons?|connes?|nulles?|naives?|debiles?|nazes?|bizarres?)';
/*
 * "ma question est peut-être bête", "dsl de déranger", "je sais pas si je suis au bon endroit": how the person feels
 * about asking. A bare "pardon", "dsl" starts a correction ("dsl je me suis trompée"), so the apology's object is
 * required here.
 */
const HEDGES = [
  // "ma question est peut-être bête", "question bête", "une petite question idiote", "ça va paraître bête"
  `(?:(?:ma|la|une|cette|petite|une petite) )*question (?:(?:est|va (?:sans doute |peut etre )?(?:paraitre|sembler)|risque de (?:paraitre|sembler)) )?${SOFT}${SILLY}`,
  `(?:ce est|c est|c|ca va|ca risque de) (?:(?:paraitre|sembler) )?${SOFT}(?:une )?(?:question )?${SOFT}${SILLY}(?: (?:comme )?question)?`,
  // "désolé de vous déranger", "dsl de déranger", "excusez-moi de poser la question", "pardon pour la question"
  '(?:desole|desolee|desoles|dsl|excuse moi|excusez moi|excuse|excusez|pardon) (?:de|pour|si) (?:(?:vous|te|je) )?(?:deranger|derange|le derangement|la question|ma question|poser (?:la|cette|une|ma) question|(?:vous |te )?demander ca)',
  // "je sais pas si je suis au bon endroit", "je ne sais pas si c'est le bon site"
  '(?:je|j) (?:ne )?(?:sais|sait|suis) (?:pas )?(?:trop |vraiment )?(?:si|sur que) (?:je suis|je suis bien|ce est|c est|on est|je me adresse|je demande) (?:au|a la|a le|le|la|ici|bien) ?(?:bon|bonne|bons)? ?(?:endroit|place|personne|site|adresse|service)?',
  // "dsl mon tel", "pardon pour les fautes", "désolé c'est le correcteur": an apology for the typing, not a subject
  `(?:desole|desolee|dsl|pardon|excuse moi|excusez moi|sorry)(?: (?:pour|de|c est|ce est|ca est))? (?:mon tel|mon telephone|mon portable|le correcteur|mon correcteur|la correction automatique|la correction auto|le autocorrect|l autocorrect|les fautes|mes fautes|le orthographe|l orthographe|mon orthographe|les fautes de frappe|la faute de frappe|la faute)`,
  // "j'ose à peine demander", "je n'ose pas demander"
  '(?:je|j) (?:ne )?(?:ose|osais|oserais) (?:pas|a peine|presque pas) (?:trop )?(?:demander|poser (?:la|ma|cette) question|le demander)',
];
/** Words that join the hedge to the question: "mais", "alors", "du coup", "bref". */
const JOINER = '(?: (?:mais|alors|du coup|quand meme|bref|donc|voila|enfin|bon|svp|stp))*';

/*
 * Formulas that announce a question without being one: "au fait", "sinon", "et aussi", "autre question", "ma question
 * c'est", "je voulais savoir (si)", "est-ce que vous pourriez me dire", "s'il vous plaît". Peeled only at the deepest
 * level (what the FAQ reads), as "sinon", "et aussi" tell the follow-up readers that the talk goes on.
 */
const ASKING =
  '(?:au fait|sinon|et aussi|et sinon|autre chose|(?:une )?autre question|(?:j ai )?une (?:petite )?question|(?:ma|la) (?:vraie )?question (?:ce est|c est|est|serait|etait)(?: la suivante)?|voici ma question' +
  '|(?:je|j) (?:voulais|voudrais|aimerais|souhaite|souhaiterais|veux|veut|voulait) (?:savoir|connaitre|demander|vous demander|te demander)(?: si)?' +
  '|(?:est ce que )?(?:vous pourriez|vous pouvez|pourriez vous|pouvez vous|tu pourrais|tu peux|pourrais tu|peux tu) (?:me dire|m expliquer|me renseigner(?: sur)?|me preciser)(?: si)?' +
  '|s il vous plait|s il te plait|si il vous plait|si il te plait|svp|stp)';

type Layer = { act: SpeechAct; lead: RegExp; enough: 'words' | 'asks' };

const LEADING = (alternatives: string, tail = ''): RegExp => new RegExp(`^(?:${alternatives})${tail}(?: |$)`);
/** A hedge, a formula of asking: they say a question follows, so the rest needs no question word of its own. */
const HEDGE_LAYER: Layer = { act: 'hedge', lead: new RegExp(`^(?:${HEDGES.join('|')})${JOINER} `), enough: 'words' };
const SMALL_TALK_LAYERS: readonly Layer[] = [
  HEDGE_LAYER,
  { act: 'greeting', lead: LEADING(GREETING), enough: 'asks' },
  { act: 'thanks', lead: LEADING(THANKS), enough: 'asks' },
  { act: 'acknowledgement', lead: LEADING(ACKNOWLEDGEMENT), enough: 'asks' },
];
/*
 * A correction that says the question is restated ("je voulais dire", "je reformule", "je me suis trompé"): like a
 * formula of asking it announces what follows, so a restated question without a question word ("pardon je voulais dire
 * l'âge minimum pour l'apprentissage") is read alone, not held to "pardon".
 */
const CORRECTION_RESTATES =
  '(?:(?:ah|oh|euh|non|ah non|oups|mince|zut) )?(?:(?:pardon|dsl|desole|desolee|excuse moi|excusez moi|oups) )?' +
  '(?:(?:je|j) (?:me suis|me) (?:trompe|trompee|goure|gouree|mal exprime|mal exprimee)|erreur de ma part|(?:je|j) voulais (?:plutot )?dire|(?:je|j) reformule|(?:je|j) recommence)';
const ALL_LAYERS: readonly Layer[] = [
  ...SMALL_TALK_LAYERS,
  { act: 'correction', lead: LEADING(CORRECTION_RESTATES, JOINER), enough: 'words' },
  { act: 'correction', lead: LEADING(CORRECTION), enough: 'asks' },
  { act: 'asking', lead: LEADING(ASKING, JOINER), enough: 'words' },
];

/** Greeting words said alone before the message. */
const BARE_GREETING: ReadonlySet<string> = new Set(['bonjour', 'bonsoir', 'salut', 'slt', 'bjr', 'coucou', 'hello', 'hey', 'wesh', 'yo', 're', 'madame', 'monsieur', 'a', 'vous', 'toi', 'tous', 'tout', 'le', 'monde']);

/** What must remain to be read alone: a question of a few words, not a bare "oui". */
const QUESTION_MIN_WORDS = 3;
/** The words that make a question of the rest, or a request ("je voudrais connaître…", "j'aimerais savoir…"). */
const ASKS =
  /\b(?:combien|cmb|cb|comment|pourquoi|quel|quelle|quels|quelles|quoi|koi|quand|ou|qui|est ce|peut|peux|puis|pouvez|faut|dois|doit|ya|y a|existe|voudrais|voudrait|aimerais|souhaite|souhaiterais|veux savoir|cherche)\b/;
/** Apologies inside a wrapper (of a hedge or a correction). */
const APOLOGY = /\b(?:pardon|dsl|desole|desolee|desoles|excuse moi|excusez moi|excuse|excusez|oups)\b/;

/**
 * The question inside its wrapper, and what the wrapper did. `normalized` is the message's normalized text, `raw` its
 * text as typed (its question mark asks too).
 */
export function unwrap(normalized: string, raw: string, depth: WrapperDepth): Unwrapped {
  const layers = depth === 'all' ? ALL_LAYERS : SMALL_TALK_LAYERS;
  const acts: SpeechAct[] = [];
  let rest = normalized;
  let announced = false;
  for (let progress = true; progress; ) {
    progress = false;
    for (const layer of layers) {
      const m = layer.lead.exec(rest);
      if (m === null || m[0].trim().length === 0) continue;
      rest = rest.slice(m[0].length);
      progress = true;
      if (layer.enough === 'words') announced = true;
      acts.push(layer.act);
      if (APOLOGY.test(m[0])) acts.push('apology');
    }
  }
  const whole: Unwrapped = { core: normalized, acts: [] };
  if (rest === normalized) return whole;
  const peeled = normalized.slice(0, normalized.length - rest.length);
  // A bare greeting ("bonjour, nous sommes une collectivité…") is already read with what follows: the greeting alone is
  // never small talk that swallows a question (small-talk.ts), and the rest of the message keeps its whole reading.
  if (!announced && tokenize(peeled).every((w) => BARE_GREETING.has(w))) return whole;
  const asks = announced || ASKS.test(rest) || raw.trim().endsWith('?');
  return asks && tokenize(rest).length >= QUESTION_MIN_WORDS ? { core: rest, acts } : whole;
}

/** The question inside its wrapper of small talk and hedges (what every reader sees); else the message. */
export const questionInWrapper = (normalized: string, raw: string): string => unwrap(normalized, raw, 'small-talk').core;

/** The question inside every wrapper, corrections and formulas of asking too; else the message. */
export const questionInWholeWrapper = (normalized: string, raw: string): string => unwrap(normalized, raw, 'all').core;

/** Agreement words a bare acknowledgement may also hold: "ok d'accord très bien", "ah ok je vois", "oui entendu". */
const ACKNOWLEDGEMENT_ALONE = new RegExp(`^(?:(?:${ACKNOWLEDGEMENT}|oui|ouais|bien|alors|donc|voila|ah|oh|bon|ben|bah|hmm|hm|mmh)(?: |$))+$`);

/**
 * The message is nothing but an acknowledgement ("très bien", "entendu", "ah ok je vois"): a wrapper with no question
 * inside, what a person says on an answer before going on.
 */
export function acknowledgesOnly(normalized: string): boolean {
  return normalized.length > 0 && ACKNOWLEDGEMENT_ALONE.test(normalized);
}

// ---- The aside: the first step of the wrapper, on the raw text (before normalising), so that the register, the
// message's kind and every reader see the question alone. ----

/**
 * An apology for the circumstances before the real question: "dsl mon tel a planté. cap coiffure c'est où ?",
 * "sorry batterie faible, un CAP cuisine près de Caen ?", "Excusez-moi de vous déranger, combien gagne un apprenti ?".
 * The aside says how the message comes (a phone, a battery, the network, a typo, the time taken), not what is asked:
 * read with it, its words lead elsewhere ("tel" is the phone line's entry). The question after it is the message.
 * Only an aside of a few words, about those circumstances, and ended by a sentence's or a clause's mark; the rest must
 * be a question of its own. "dsl j'ai pas compris, tu peux répéter ?" keeps its words: not understanding is the message.
 */

/** An apology said first. */
const ASIDE_APOLOGY = String.raw`(?:dsl|d[ée]sol[ée]e?s?|pardon|sorry|sry|excuse[sz]?[- ]moi|excusez[- ]moi|oups|oops)`;
/** The circumstances an aside tells: the device, the network, the typing, the time, a disturbance. */
const ASIDE_CIRCUMSTANCE =
  /\b(?:t[ée]l|t[ée]l[ée]phone|portable|phone|batterie|batt|r[ée]seau|connexion|co|wifi|wi-fi|4g|coup[ée]e?|bug(?:u[ée])?|beug(?:u[ée])?|plant[ée]|appli|clavier|correcteur|autocorrect|faute|fautes|orthographe|orthographes?|retard|d[ée]ranger|d[ée]range|longtemps|lent|[ée]cran|envoy[ée]|parti|appuy[ée]|mal [ée]crit|tap[ée]|capte|bus|train|m[ée]tro)\b/i;
/** The aside, from the apology to the first mark that ends it. */
const ASIDE = new RegExp(String.raw`^\s*${ASIDE_APOLOGY}\b([^.!?;:,\n…]{0,60})[.!?;:,\n…]+\s*`, 'i');
/** The rest asks something: a question mark, or a word of asking or of a request. */
const ASIDE_ASKS = /\?|\b(?:combien|cmb|comment|pourquoi|quel|quelle|quels|quelles|quoi|koi|quand|o[uù]|qui|est-ce|peut|peux|puis|pouvez|faut|dois|doit|ya|y a|voudrais|aimerais|souhaite|cherche)\b/i;
/** An aside longer than this (in words) is a story, read whole. */
const ASIDE_MAX_WORDS = 8;
/** What must remain: a question of a few words. */
const ASIDE_QUESTION_MIN_WORDS = 2;

/** The message without an apology for its circumstances said before the question (see the module's comment). */
export function withoutAside(raw: string): string {
  const m = ASIDE.exec(raw);
  if (m === null) return raw;
  const clause = m[1] ?? '';
  // A bare apology ("Pardon, combien…") is an aside too; a clause must tell circumstances.
  if (clause.trim().length > 0 && (!ASIDE_CIRCUMSTANCE.test(clause) || clause.trim().split(/\s+/).length > ASIDE_MAX_WORDS)) return raw;
  const rest = raw.slice(m[0].length);
  return ASIDE_ASKS.test(rest) && rest.trim().split(/\s+/).length >= ASIDE_QUESTION_MIN_WORDS ? rest : raw;
}
