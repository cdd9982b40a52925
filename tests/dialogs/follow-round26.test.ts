import { describe, expect, it } from 'vitest';
import { aspectAsked } from '../../src/nlu/aspect.js';
import { normalize } from '../../src/text/normalize.js';
import { lastReplyOf } from './harness.js';

/**
 * Round 26: more aspects of the thing in view answered from its own sentences (src/nlu/aspect.ts `WordedAspect`,
 * dialogs/routing/aspect-own-words.ts): paid or not, its ceiling, who gives it, from when exactly, its conditions for
 * the asker, a case supposed on it. Phrasings of our own, tu and vous, SMS spelling.
 */
const READ: readonly (readonly [string, string | undefined])[] = [
  // paid
  ['ils sont payés ?', 'paid'],
  ['c rémunéré ?', 'paid'],
  ['payées ou pas ces journées ?', 'paid'],
  ['on est payé pendant ces jours là ?', 'paid'],
  ['est-ce que ces jours sont rémunérés ?', 'paid'],
  ['et elles sont payees ?', 'paid'],
  ['ils sont indemnisés ?', 'paid'],
  ['je suis payé quand ?', undefined],
  ['je suis payé combien ?', undefined],
  // ceiling
  ["c'est combien max ?", 'ceiling'],
  ['jusqu’à combien ?', 'ceiling'],
  ['cb max ?', 'ceiling'],
  ['y a un plafond ?', 'ceiling'],
  ['au maximum ça fait combien ?', 'ceiling'],
  ['le montant max svp', 'ceiling'],
  ['max c combien', 'ceiling'],
  ['et le max ?', 'ceiling'],
  // giver
  ['qui me la donne ?', 'giver'],
  ["c'est qui qui paie ?", 'giver'],
  ['qui la verse ?', 'giver'],
  ['ça vient de qui ?', 'giver'],
  ['qui nous la délivre ?', 'giver'],
  ['cest qui ki la donne', 'giver'],
  ['qui est-ce qui la finance ?', 'giver'],
  ['je la demande auprès de qui ?', 'giver'],
  // from when
  ['à partir de quand exactement ?', 'from_when'],
  ['dès quand ?', 'from_when'],
  ['ça prend effet quand ?', 'from_when'],
  ['a partir de qd ?', 'from_when'],
  ['quel mois exactement ?', 'from_when'],
  ['et à partir de quel mois ?', 'from_when'],
  ['quand précisément ?', 'from_when'],
  // conditions
  ['il y a des conditions pour nous ?', 'conditions'],
  ['sous quelles conditions ?', 'conditions'],
  ['y a des critères ?', 'conditions'],
  ['on est éligibles ?', 'conditions'],
  ['quelles conditions pour nous ?', 'conditions'],
  ['des conditions particulières ?', 'conditions'],
  // supposed
  ['et si le contrat dure 9 mois seulement ?', 'supposed'],
  ['si jamais il arrête avant ?', 'supposed'],
  ['pendant ce temps on peut arrêter sans raison ?', 'supposed'],
  ["et si j'ai 18 ans j'en ai plus ?", 'supposed'],
  ["et s'il est mineur ?", 'supposed'],
  ['dans le cas où le contrat est rompu ?', 'supposed'],
  ['mais si la boite ferme ?', 'supposed'],
  // near misses keep their former reading
  ['ça dure combien de temps ?', 'duration'],
  ['dans quel délai ?', 'delay'],
  ['ça veut dire quoi ?', 'meaning'],
];

describe('worded aspects of the thing in view', () => {
  it.each(READ)('%s → %s', (text, aspect) => {
    expect(aspectAsked(normalize(text))).toBe(aspect);
  });
});

describe('worded aspects answered from the thing in view', () => {
  it('is it paid: the exam leave says it is paid (never the pay calculator)', async () => {
    for (const q of ['ils sont payés ?', 'c rémunéré ?']) {
      const replies = (await lastReplyOf(["j'ai droit à des jours pour préparer mon exam ?", q])).text;
      expect(replies).toMatch(/pay/i);
      expect(replies).not.toMatch(/quel âge/i);
    }
  }, 120000);

  it("the ceiling of the OPCO costs, not the apprentice's pay", async () => {
    const replies = (await lastReplyOf(["c'est qui qui paie mes repas et l'internat au cfa ?", 'jusqu’à combien ?'])).text;
    expect(replies).toMatch(/500/);
  }, 120000);

  it('conditions for a company of 250 and more, and the prorata of a short contract', async () => {
    const replies = (await lastReplyOf(['Nous avons 320 salariés à Caen, nous embauchons un apprenti en CAP, quelle aide ?', 'des conditions particulières pour nous ?'])).text;
    expect(replies).toMatch(/engag/);
    const shorter = (await lastReplyOf(['Nous avons 320 salariés à Caen, nous embauchons un apprenti en CAP, quelle aide ?', 'et si le contrat ne fait que 10 mois ?'])).text;
    expect(shorter).toMatch(/prorata/);
  }, 120000);

  it('a case supposed: an age under the bound of a related entry, breaking the contract in the trial period', async () => {
    const replies = (await lastReplyOf(["j'aurai les vacances scolaires en apprentissage ?", "et si j'ai 20 ans j'en ai plus ?"])).text;
    expect(replies).toMatch(/21 ans|30 jours/);
    const trial = (await lastReplyOf(["c'est quoi la période d'essai d'un apprenti ?", 'pendant ce temps on peut arrêter sans raison ?'])).text;
    expect(trial).toMatch(/sans (?:donner de )?(?:raison|motif)/);
  }, 120000);

  it('from when exactly: the month after the birthday', async () => {
    const replies = (await lastReplyOf(['quand est-ce que la paie d’un apprenti augmente à ses 21 ans ?', 'à partir de quand exactement ?'])).text;
    expect(replies).toMatch(/mois|anniversaire/);
  }, 120000);

  it.each([
    [["j'ai envoyé mon dossier pour l'aide au permis en novembre 2025, je vais être payé ?", 'et si je dépose un dossier maintenant ?']],
    [["la carte jeunes apprentis normands c'était quoi ?", 'et si je la demande maintenant ?']],
    [["l'aide de 500 € au permis pour apprentis ça existe encore ?", 'et si j’envoie ma demande aujourd’hui ?']],
  ])('a case supposed on an ENDED aid: its end answers it %j', async (messages) => {
    const text = (await lastReplyOf(messages)).text;
    expect(text).toMatch(/n'existe plus|pris fin/);
  }, 120000);
});
