import { stem } from '../../src/text/stem.js';
import { tokenize } from '../../src/text/normalize.js';
import { partKeys } from '../support/answer-parts.js';
import type { Route, RoutingInput } from './route.js';
import { payOfItsOwn } from './own-question.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * Ways of asking whether an aid applies to a case, or what a detail of the case changes: "c'est pour moi ?", "j'y ai
 * droit ?", "je suis concerné ?", "ça change quoi ?", "quelle que soit la taille ?", "même pour un bac pro ?", "peu
 * importe le diplôme ?" (normalised text: no accents, "c'est" read "ce est", "j'y" read "je y").
 */
const APPLIES_ASKED = new RegExp(
  [
    String.raw`\b(?:ce est|c est|cest|ca est|et) (?:pour|pr) (?:moi|lui|elle|nous|eux|mon fils|ma fille|notre fils|notre fille|mon enfant)\b`,
    String.raw`^(?:et )?(?:pour|pr) (?:moi|lui|elle|nous|eux)\b`,
    String.raw`\b(?:y|le|la) (?:ai|as|a|avons|avez|ont) droit\b|\b(?:ai|as|a|avons|avez|ont) (?:le )?droit a (?:ca|cela|cette aide|elle)\b|\bdroit a (?:ca|cela|cette aide)\b`,
    String.raw`\b(?:je|j|il|elle|on|nous|vous|tu) (?:peux|peut|pouvons|pouvez) (?:la |l |y )?(?:avoir|toucher|demander|pretendre|beneficier)\b`,
    String.raw`\b(?:concerne|concernee|concernes|eligible|eligibles)\b`,
    String.raw`\b(?:ca|cela) (?:change|changera|changerait|compte|joue) (?:quoi|quelque chose|qqch|qqc|rien|pour)\b|\bca change quoi\b`,
    String.raw`\bquel(?:le)?s? que soi(?:t|ent)\b|\bpeu importe\b|\bmeme (?:pour|si|avec|en|dans|quand)\b`,
  ].join('|'),
);

/**
 * What a follow-up's words are about, in the words an aid's text uses for it: the company's size ("effectif"), the
 * diploma, the household the apprentice lives in ("foyer", "ressources"), being out of work or training. A message
 * that says "taille" meets "quels que soient l'effectif et le diplôme"; "elle vit chez nous" meets "le foyer".
 */
const CONDITION_WORDS: ReadonlyArray<[RegExp, string[]]> = [
  [/\b(?:taille|effectifs?|salaries|employes|grande|grosse|petite|tpe|pme|boite|entreprise)\b/, ['taille', 'effectif', 'entreprise']],
  [/\b(?:diplomes?|niveau|cap|bac|bac pro|bp|bts|but|licence|master|titre)\b/, ['diplome', 'niveau']],
  [/\b(?:chez (?:nous|moi|ses parents|mes parents|nos parents|toi|vous|lui|elle)|maison|a la maison|habite|habitent|vit|vivent|loge|foyer|parents|famille)\b/, ['foyer', 'ressources', 'famille']],
  [/\b(?:fais rien|fait rien|rien depuis|sans emploi|sans travail|sans formation|chomage|chomeur|chomeuse|deco|decroche|neet|sans rien)\b/, ['emploi', 'formation']],
];

/** Words that only ask ("même pour", "quelle que soit", "ça change quoi"): "même" must not meet "le même apprenti". */
const ASKING_STEMS: ReadonlySet<string> = new Set(
  'meme quel quelle quels quelles soit soient change changera quoi compte droit peu importe concerne concernee eligible toujours encore'.split(' ').map(stem),
);

/**
 * The keys of a follow-up about an aid: its own words but the asking ones, the words of the aid's text for the
 * conditions it names.
 */
export function aidFocusOf(normalized: string): string[] {
  const keys = new Set([...partKeys(normalized)].filter((k) => !ASKING_STEMS.has(k)));
  for (const [words, aidWords] of CONDITION_WORDS) if (words.test(normalized)) for (const w of aidWords) keys.add(stem(w));
  return [...keys];
}

/** A follow-up that tells a case and asks about it may run longer than a bare question ("j'ai 24 ans et je fais rien depuis un an, c'est pour moi ?"). */
const CASE_FOLLOW_UP_MAX_WORDS = 20;

/**
 * "j'ai 24 ans et je fais rien depuis un an, c'est pour moi ?" after the CEJ, "quelle que soit la taille ?" or "même
 * pour un bac pro ?" after the hiring aid, "elle vit toujours chez nous, ça change quoi ?" after the family benefits:
 * whether that aid applies to the case told, or what the detail changes. The aid's card again, judged on what the
 * person has told (its conditions, its amounts for that profile, where to apply, and what its summary says of the
 * size, the diploma or the household): not the list of every aid, nor an entry that shares one word, nor "my last
 * answer does not cover this". Only right after one aid's card, and naming no trade, place or other aid.
 */
export function aidAppliesFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || data.lastAid === undefined) return undefined;
  if (!APPLIES_ASKED.test(u.normalized)) return undefined;
  if (tokenize(u.normalized).length > CASE_FOLLOW_UP_MAX_WORDS) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside || (u.aid && u.aid.id !== data.lastAid)) return undefined;
  // "l'apprentie est handicapée, ça change quoi pour nous ?": a disability told in the message opens aids of its own
  // (the Agefiph, the FIPHFP) that one card does not show; the aids again with it, not this card. One told before
  // ("même pour un bac pro ?" about the disabled apprentice) is the case this card is judged on.
  if (u.facts.disability === true) return undefined;
  // "même s'il a 16 ans, je le paie combien ?": the pay asked, a question of its own.
  if (payOfItsOwn(u)) return undefined;
  return input.aids.some((a) => a.id === data.lastAid) ? { kind: 'aid', id: data.lastAid, focus: aidFocusOf(u.normalized) } : undefined;
}
