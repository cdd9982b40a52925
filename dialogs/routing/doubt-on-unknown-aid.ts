import { hasQuestionWord } from './asks.js';
import type { Route, RoutingInput } from './route.js';

/**
 * A doubt on what the bot just said: "vous êtes sûr ?", "t'es certaine ?", "c'est vrai ?", "on m'a dit qu'elle
 * existait", "pourtant ma cousine l'a eue", "mon patron m'a dit que si". Normalised text ("t'es" is "tu es", "c'est"
 * is "ce est", "m'a dit" is "me a dit").
 */
const DOUBT =
  /\b(?:(?:tu es|vous etes|es tu|etes vous) (?:bien |vraiment |absolument )?(?:sur|sure|surs|sures|certain|certaine|certains|certaines)|ce est (?:sur|vrai|certain)|vraiment|pourtant|serieux|serieusement|me a dit|me ont dit|me la dit|me le a dit|je ai (?:vu|lu|entendu)|il parait|elle existe|elle existait|elle existera|ca existe|ca existait|existe bien|je suis (?:sur|sure|certain|certaine))\b/;
/** Alone, the doubt is one word: "sûr ?", "certain ?", "vraiment ?". */
const DOUBT_ALONE = /^(?:sur|sure|certain|certaine|vraiment|serieux|ah bon|ah oui|tu es sur|vous etes sur|vous etes sure)$/;
/** "quelles aides existent vraiment ?", "et les autres aides ?": the list asked, not a doubt on the one refused. */
export const ASKS_THE_LIST = /\baides\b/;
/** A doubt is said in a sentence or two; a longer message tells a story of its own that the routing reads. */
const DOUBT_MAX_WORDS = 16;

/**
 * "On m'a dit qu'elle existait en 2026, vous êtes sûr ?" right after the bot said an aid is not in its official sources
 * (unknown_aid_claim: an invented name, an amount no aid gives): the answer is confirmed honestly (it is not in the
 * sources we read; the free line can check), not "je n'ai pas bien compris" (review 21, X2). Only the message right
 * after that answer, naming no aid of ours, asking no list of aids and no question of its own (a "comment", a "quand").
 */
export function doubtOnUnknownAid(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  const said = unknownAidSaidJustBefore(data);
  if (u.kind !== 'text' || said === undefined) return undefined;
  if (u.aid !== undefined || u.words > DOUBT_MAX_WORDS || ASKS_THE_LIST.test(u.normalized) || hasQuestionWord(u)) return undefined;
  if (!DOUBT.test(u.normalized) && !DOUBT_ALONE.test(u.normalized)) return undefined;
  return { kind: 'unknown_aid_doubt', ...(said.name !== undefined ? { name: said.name } : {}) };
}

/** What the bot said unknown (unknown_aid_claim) when it was its answer to the message just before; else undefined. */
export function unknownAidSaidJustBefore(data: RoutingInput['data']): { name?: string } | undefined {
  const said = data.unknownAidSaid;
  return said !== undefined && said.at === (data.messageCount ?? 0) - 1 ? said : undefined;
}
