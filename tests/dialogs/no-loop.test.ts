import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/**
 * A different follow-up never gets the card just shown: it goes where its own words lead, or we say our knowledge
 * does not cover it (with the free line and a callback). The same card again only for a message that changes a
 * detail of that answer or asks about what it already says.
 */
describe('no loop on the last card', () => {
  it.each([
    // [first question, a different follow-up]
    ["c'est quoi la période d'essai ?", 'je dois contacter qui ?'],
    ['ma période d essai ca dure cb de temps', 'faut prévenir quelqu un ?'],
    ["l'aide à l'embauche d'un apprenti c'est combien ?", "faut la rembourser si l'apprenti part ?"],
    ['Quelle aide pour embaucher un apprenti ?', 'Devons-nous rendre cet argent si le contrat s’arrête avant la fin ?'],
    ['comment je trouve un patron pour mon apprentissage', 'qui peut m aider a trouver une boite ?'],
    ['Comment trouver une entreprise pour mon fils ?', 'Qui peut nous accompagner dans cette recherche ?'],
  ])('"%s" then "%s": not the same card again', async (first, followUp) => {
    const c = await startConversation();
    const before = read(await c.send(first));
    const after = read(await c.send(followUp));
    expect(after).not.toBe(before);
    const title = before.split('\n')[1]!;
    expect(after).not.toContain(title);
  });

  it('a follow-up the last answer does not cover says so, with the free line and a callback, in the register', async () => {
    const c = await startConversation();
    // (After the trial period, whose answer names the CFA and the OPCO, "who" gets them: tests/dialogs/who-handles.test.ts.)
    await c.send("c'est imposable le salaire d'un apprenti ?");
    const replies = await c.send('je dois contacter qui ?');
    await expectKey(replies, 'smalltalk.not_covered', 'tu');
    expect(read(replies)).toMatch(/0800 050 000[\s\S]*Être rappelé/);
    const v = await startConversation();
    await v.send("Le salaire de notre apprenti est-il imposable ?");
    await expectKey(await v.send('Qui devons-nous contacter ?'), 'smalltalk.not_covered', 'vous');
  });

  it('the same message sent twice gets the same answer', async () => {
    const c = await startConversation();
    const first = read(await c.send('comment trouver un employeur ?'));
    expect(read(await c.send('comment trouver un employeur ?'))).toBe(first);
  });

  it.each([
    // a follow-up that changes a detail of the answer, or asks about what it already says: the same entry
    ["mon employeur peut me virer au bout de 2 mois ?", 'et si ça fait 3 semaines ?'],
    ['la carte étudiant des métiers ça existe ?', 'ça sert à quoi ?'],
  ])('"%s" then "%s": the same answer, it is about it', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const before = await c.data();
    await c.send(followUp);
    expect((await c.data()).lastFaq).toBe(before.lastFaq);
  });
});
