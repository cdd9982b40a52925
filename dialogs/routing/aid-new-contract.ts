import type { Aid } from '../../src/knowledge/schema/aid.js';
import { formatDateFr } from '../../src/knowledge/messages.js';
import { normalize } from '../../src/text/normalize.js';
import { aidStatus } from '../../src/rules/aids.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * Round 29 (review 19, E1 T2 and E7 T4): a follow-up about the hiring aid that adds a second contract for the same
 * apprentice — one to come ("et s'il enchaîne sur un BP chez moi ?", "on le garde pour un BTS ensuite, on retouche
 * l'aide ?") or one before ("il a déjà fait un CAP chez un autre patron, ça change quelque chose ?"). The aid's own
 * condition decides (no aid twice for the same apprentice and the same certification, knowledge/aides.yaml), so the
 * answer says first what that contract changes — yes/no and the aid's signing window — never the same aid list again.
 */

/** The entry on the pay of a new contract (at least the last year of the previous one once the diploma is obtained). */
export const SUCCESSIVE_CONTRACTS_PAY_ENTRY = 'remuneration-contrats-successifs';

/** The diplomas a next contract prepares or a previous one prepared (normalised words). */
const DIPLOMA = String.raw`(?:cap|bp|bac|bac pro|bts|but|mc|mention complementaire|licence|master|titre|titre pro|diplome|brevet|dut|cqp|formation)`;
const CONTRACT = String.raw`(?:apprenti|apprentie|apprentissage|alternance|alternant|alternante|contrat)`;

/** A contract before this one: "il a déjà fait un CAP", "ancien apprenti", "chez un autre patron", "son premier contrat". */
const PREVIOUS_CONTRACT = new RegExp(
  [
    String.raw`\bdeja (?:fait|eu|ete|signe|termine|fini|obtenu|passe|effectue|valide)\b(?: \w+){0,5} (?:${DIPLOMA}|${CONTRACT})\b`,
    String.raw`\bdeja (?:${CONTRACT}|ete en (?:apprentissage|alternance))\b`,
    String.raw`\b(?:ancien|ancienne|ex) (?:apprenti|apprentie|alternant|alternante)\b`,
    String.raw`\b(?:chez|avec|pour) (?:un|une) (?:autre|ancien|ancienne|precedent|precedente) (?:patron|patronne|employeur|entreprise|boite|artisan|garage|societe|maitre)\b`,
    String.raw`\b(?:precedent|premier|1er|ancien) (?:contrat|employeur|patron|apprentissage)\b`,
    String.raw`\b(?:sort|sortait|vient|venait|arrive) (?:de|d) (?:un|une|son|sa) (?:${DIPLOMA}|${CONTRACT})\b`,
  ].join('|'),
);

/**
 * A contract to come after the one in view: "il enchaîne sur un BP", "s'il continue en BTS", "on le garde pour un
 * bac pro ensuite", "un deuxième contrat", "il refait un contrat", "après son CAP il part en BP".
 */
const NEXT_CONTRACT = new RegExp(
  [
    String.raw`\benchain\w*\b`,
    String.raw`\b(?:continue|continuer|continuait|continuera|poursuit|poursuivre|poursuivra|repart|repartir|repartira|reprend|reprends|reprendre|reprendra|passe|passer|passera|part|partir|partira|monte|monter|montera|fait|faire|fera|prepare|preparer|preparera)\b(?: \w+){0,2} (?:en|sur|vers|avec|par|pour) (?:un|une|le|la|son|sa)? ?${DIPLOMA}\b`,
    String.raw`\b(?:nouveau|deuxieme|2e|2eme|second|seconde|autre|2nd|nouvel) (?:contrat|apprentissage|diplome)\b`,
    String.raw`\b(?:refait|refaire|refera|resigne|resigner|resignera|re signe|re signer|resignait|rempile|rempiler)\b`,
    String.raw`\b(?:garde|garder|gardons|gardez|garderai|garderait)\b(?: \w+){0,3} (?:pour|en|apres|sur) (?:un|une|le|la|son|sa)? ?${DIPLOMA}\b`,
    String.raw`\b(?:apres|ensuite|puis|derriere|a la suite)\b(?: \w+){0,4} (?:un|une|en) ${DIPLOMA}\b`,
  ].join('|'),
);

/** The aid's condition that a second contract meets or not: "Pas d'aide si … le même apprenti et la même certification." */
const SAME_APPRENTICE_RULE = /\bmeme apprenti\b/;

/** Whether an aid's conditions say it is not paid twice for the same apprentice (and certification). */
function perApprenticeAid(aid: Aid): boolean {
  return (aid.other_conditions ?? []).some((c) => SAME_APPRENTICE_RULE.test(normalize(c)));
}

/** A follow-up longer than this tells a new story with its own question. */
const MAX_WORDS = 30;

/** The aid such a follow-up is about: the one in view (or in the list just shown), else the current one the message names by its words. */
function aidInQuestion(input: RoutingInput): Aid | undefined {
  const { understanding: u, data } = input;
  const current = input.aids.filter((a) => perApprenticeAid(a) && aidStatus(a, input.today) === 'current');
  if (data.lastTopic === 'aids') {
    const inView = [data.lastAid, ...(data.lastAidList ?? [])].filter((id): id is string => id !== undefined);
    const found = current.find((a) => inView.includes(a.id));
    if (found) return found;
  }
  // "on retouche l'aide s'il enchaîne sur un BTS ?": the aid asked by its words, without a card in view.
  if (u.aid && perApprenticeAid(u.aid)) return u.aid;
  return u.cues.aidWord && u.aid === undefined ? current[0] : undefined;
}

export type NewContractTold = 'previous' | 'next';

/** Whether the message tells a previous contract of the apprentice, or one to come. */
export function newContractTold(normalized: string): NewContractTold | undefined {
  if (PREVIOUS_CONTRACT.test(normalized)) return 'previous';
  return NEXT_CONTRACT.test(normalized) ? 'next' : undefined;
}

/**
 * The answer to a second contract told after (or about) the hiring aid: for one to come, that aid again (for the
 * diploma now told) led by "yes, a new contract for another diploma opens it again, if signed from … to …"; for one
 * before, the rule that decides the aid said first, then the pay of a new contract (the entry on successive
 * contracts), which is the other thing a former apprenticeship changes.
 */
export function aidNewContract(input: RoutingInput): Route | undefined {
  const { understanding: u } = input;
  if (u.kind !== 'text' || u.words > MAX_WORDS) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside) return undefined;
  const told = newContractTold(u.normalized);
  if (told === undefined) return undefined;
  // A pay asked in the same message is the pay's question ("il a déjà fait un CAP, je le paie combien ?").
  if (u.cues.payFigure) return undefined;
  const aid = aidInQuestion(input);
  const window = aid?.conditions.contract_concluded;
  if (aid === undefined || window?.from === undefined || window.to === undefined) return undefined;
  const values = { from: formatDateFr(window.from), to: formatDateFr(window.to) };
  if (told === 'previous') {
    if (!input.hasFaqEntry(SUCCESSIVE_CONTRACTS_PAY_ENTRY)) return undefined;
    return { kind: 'faq_entry', id: SUCCESSIVE_CONTRACTS_PAY_ENTRY, lead: { key: 'aid.new_contract.previous', values } };
  }
  return { kind: 'aid', id: aid.id, lead: { key: 'aid.new_contract.next', values } };
}
