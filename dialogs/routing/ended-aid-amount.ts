import type { Aid } from '../../src/knowledge/schema/aid.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { TITLE_STOP_WORDS } from '../../src/text/stop-words.js';
import { aidStatus } from '../../src/rules/aids.js';
import { aidMentionsAmount } from './facts.js';
import { amountOf, unknownAmount } from './aids-asked.js';
import type { RoutingInput } from './route.js';

/**
 * Round 31 (issue 12, review 21 E1): "l'aide régionale de 1 000 € existe-t-elle encore ?" asks an ended aid by its
 * amount. No current aid pays 1 000 €, so the amount was said unknown ("je n'ai pas connaissance d'une aide de
 * 1 000 €"), while the knowledge holds that aid as ended (`prime-regionale-employeur-1000`) and the same bot names it
 * elsewhere. An amount no current aid of the person pays, that an ended aid paid, with a word of that aid's own name
 * besides its amount and the words every aid bears, is that ended aid: its card says it ended and what replaced it.
 * A bare amount ("la région donne 2000 € à tous les apprentis ?") shares no such word and stays unknown.
 */

/** Words any aid's name bears: they do not say which aid ("aide", "prime", "apprenti", "euros"). */
const EVERY_AID_WORD: ReadonlySet<string> = new Set([
  'aide', 'aides', 'prime', 'primes', 'allocation', 'bonus', 'euro', 'euros', 'eur', 'apprenti', 'apprentie', 'apprentis', 'apprenties',
  'apprentissage', 'alternance', 'alternant', 'alternants', 'jeune', 'jeunes', 'contrat', 'contrats', 'plan', 'supplementaire', 'existe',
  'encore', 'toujours', 'touche', 'toucher', 'donne', 'donner', 'verse', 'verser', 'versee', 'versait', 'an', 'ans', 'mois',
]);

/** A word with its plural and feminine ends taken off: "régionale" and "régional" are one. */
const root = (w: string): string => w.replace(/(?:es|s|e)$/, '');

/** The roots that name this aid: its title's and keywords' words, less grammar, numbers and the words of every aid. */
const namingCache = new WeakMap<Aid, ReadonlySet<string>>();
function namingRoots(aid: Aid): ReadonlySet<string> {
  const cached = namingCache.get(aid);
  if (cached) return cached;
  const roots = new Set(meaningful(tokenize(normalize([aid.title, ...aid.keywords].join(' . ')))).map(root));
  namingCache.set(aid, roots);
  return roots;
}

const meaningful = (words: readonly string[]): string[] =>
  words.filter((w) => !TITLE_STOP_WORDS.has(w) && !EVERY_AID_WORD.has(w) && !/\d/.test(w) && w.length > 2);

/** The ended aid asked by its amount and a word of its name (see the module's comment); the one sharing most words. */
export function endedAidByAmount(input: RoutingInput): Aid | undefined {
  const u = input.understanding;
  const amount = amountOf(input);
  if (u.kind !== 'text' || u.aid !== undefined || amount === undefined || !unknownAmount(input)) return undefined;
  const asked = new Set(meaningful(tokenize(u.normalized)).map(root));
  let best: { aid: Aid; shared: number } | undefined;
  for (const aid of input.aids) {
    if (aidStatus(aid, input.today) !== 'ended' || !aidMentionsAmount(aid, amount)) continue;
    const shared = [...namingRoots(aid)].filter((r) => asked.has(r)).length;
    if (shared > 0 && (best === undefined || shared > best.shared)) best = { aid, shared };
  }
  return best?.aid;
}
