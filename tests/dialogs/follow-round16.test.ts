import { describe, expect, it } from 'vitest';
import { lastReplyOf, read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

const lastReply = async (messages: readonly string[]): Promise<string> => (await lastReplyOf(messages)).text;

/**
 * Round 16, follow-ups (1): a new question wins over the last card. "et le cfa ça coûte combien ?" after the pay grid
 * showed the pay grid again (carry-over read "combien" as the pay's amount asked again); "et le cap ça dure combien de
 * temps ?" after a trade showed the trade's card again. A message that reads clearly as a question of its own
 * (own-question.ts) gets its answer, and the conversation goes on with the next new question.
 */
describe('a new question wins over the last card', () => {
  it.each([
    [['combien gagne un apprenti de 17 ans ?', 'et le cfa ça coûte combien ?'], /gratuite/, /1re année : 504,10 €/],
    [['jai 19 ans cest cb le salaire en apprentissage', 'et la formation au cfa c payant ?'], /gratuite/, /1re année/],
  ])('after the pay: %j', async (messages, expected, notExpected) => {
    const text = await lastReply(messages);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(notExpected);
  });

  it('pay, then the CFA cost, then how to find an employer: each its own answer', async () => {
    const c = await startConversation();
    await c.send('salaire apprenti 18 ans ?');
    expect(plain(read(await c.send('et le cfa ça coûte combien ?')))).toMatch(/gratuite/);
    expect(plain(read(await c.send('comment je trouve un patron ?')))).toMatch(/La bonne alternance/);
  });

  it.each([
    [['je veux devenir boulanger', 'et le cap ça dure combien de temps ?']],
    [['je voudrais etre coiffeuse', 'le cap ca dure cb de temps ?']],
  ])('after a trade, the diploma\'s duration: %j', async (messages) => {
    const text = await lastReply(messages);
    expect(text).toMatch(/en général en 2 ans/);
    expect(text).not.toMatch(/Diplômes ouverts à l'apprentissage/);
  });

  it('near miss: "c\'est combien exactement ?" after the pay grid is still that grid', async () => {
    const text = await lastReply(['combien gagne un apprenti de 17 ans ?', "c'est combien exactement ?"]);
    expect(text).toMatch(/504,10 €/);
  });

  it('near miss: "et pour 20 ans ?" after the pay is the pay for that age', async () => {
    const text = await lastReply(['combien gagne un apprenti de 17 ans ?', 'et pour 20 ans ?']);
    expect(text).toMatch(/À 20 ans|20 ans/);
    expect(text).toMatch(/brut par mois/);
  });
});

/**
 * Round 16, follow-ups (2): a short follow-up that names an aspect of the card just shown (when the aid is paid, up to
 * what age, when one may start) is answered from that card's record (card-aspect.ts), not by the menu, "out of scope"
 * or another aid's steps.
 */
describe("a short follow-up on an aspect of the last card, from that card's record", () => {
  const proAid = "quelle aide pour embaucher un demandeur d'emploi de 50 ans en contrat de professionnalisation ?";

  it.each([["c'est versé quand ?"], ['on la touche à quel moment'], ["quand est-ce qu'on reçoit l'argent ?"]])(
    'after the 45-and-over aid: "%s" is when it is paid',
    async (question) => {
      const text = await lastReply([proAid, question]);
      expect(text).toMatch(/après le 3e mois/);
      expect(text).toMatch(/10e mois/);
      expect(text).not.toMatch(/l'apprenti|OPCO/);
    },
  );

  it.each([["jusqu'à quel âge ?"], ['c jusqua quel age ?'], ["et ça marche jusqu'à quel âge ?"]])(
    'after the family benefits: "%s" is the age limit, 20',
    async (question) => {
      const text = await lastReply(['on garde les allocations familiales si notre fils est apprenti ?', question]);
      expect(text).toMatch(/jusqu'à ses 20 ans|moins de 20 ans/);
      expect(text).not.toMatch(/Je ne peux répondre qu'aux questions/);
    },
  );

  it.each([['je peux commencer quand ?'], ['on peut démarrer quand ?'], ['jpeu commencer qd ?']])(
    'after a trade: "%s" is when a contract may start',
    async (question) => {
      const text = await lastReply(['je veux devenir menuisier', question]);
      expect(text).toMatch(/3 mois avant et 3 mois après/);
      expect(text).not.toMatch(/Voici ce que je sais faire/);
    },
  );

  it.each([["c'est quelle année cette info ?"], ['ça date de quelle année ?'], ["c koi l'année de ces données"]])(
    'after a list of places: "%s" is the year and source of the offer',
    async (question) => {
      const text = await lastReply(['je veux être coiffeuse', 'ou me former vers caen', question]);
      expect(text).toMatch(/données publiques/);
      expect(text).toMatch(/2025/);
    },
  );

  it('after the hiring aid, "c\'est versé quand ?" is still its steps (paid each month), from the entry that proposes it', async () => {
    const text = await lastReply(["aide à l'embauche d'un apprenti", "c'est versé quand ?"]);
    expect(text).toMatch(/verse l'aide chaque mois/);
  });

  it('after the 45-and-over aid, "il faut faire une demande ?" is its own claim (France Travail), not the apprentice aid\'s OPCO', async () => {
    const text = await lastReply([proAid, 'il faut faire une demande ?']);
    expect(text).toMatch(/France Travail/);
    expect(text).not.toMatch(/OPCO/);
  });

  it.each([['il faut faire une demande ?'], ["c'est automatique ?"]])('after Mobili-Jeune, "%s" is that aid\'s claim, not the hiring aid\'s steps', async (question) => {
    const text = await lastReply(["c'est quoi l'aide mobili-jeune ?", question]);
    expect(text).toMatch(/Action Logement/);
    expect(text).not.toMatch(/OPCO/);
  });

  it('after Mobili-Jeune, whose record says neither when it is paid nor whether it combines: honestly not covered', async () => {
    const c = await startConversation();
    await c.send("c'est quoi l'aide mobili-jeune ?");
    const paid = plain(read(await c.send("c'est versé quand ?")));
    expect(paid).toMatch(/ne couvre pas/);
    expect(paid).not.toMatch(/OPCO/);
  });

  it('after Mobili-Jeune, "c\'est cumulable ?" is not small talk', async () => {
    const text = await lastReply(["c'est quoi l'aide mobili-jeune ?", "c'est cumulable ?"]);
    expect(text).not.toMatch(/D'accord ! (?:Tu as une (?:autre )?question|Que veux-tu savoir)/);
    expect(text).toMatch(/0800 050 000/);
  });

  it('near miss: "je suis payé quand ?" after an aid is not when the aid is paid', async () => {
    const text = await lastReply(['on garde les allocations familiales si notre fils est apprenti ?', 'je suis payé quand ?']);
    expect(text).not.toMatch(/jusqu'à ses 20 ans/);
  });

  it('near miss: the age limit of another aid named is that aid, not the last one', async () => {
    const text = await lastReply(['on garde les allocations familiales si notre fils est apprenti ?', "et mobili-jeune c'est jusqu'à quel âge ?"]);
    expect(text).toMatch(/Mobili-Jeune/i);
  });

  it('near miss: "je peux commencer quand à Caen ?" after a trade asks about places there, not the start date entry', async () => {
    const text = await lastReply(['je veux devenir menuisier', 'je peux commencer ma formation quand à Caen ?']);
    expect(text).not.toMatch(/3 mois avant et 3 mois après/);
  });
});
