import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Round 10: an answer is for the side of the person who asks (faq.yaml `audience`, dialogs/routing/side.ts). */
describe('the answer is told from the side of the person who asks', () => {
  it.each([
    ["c'est à moi de régler les frais du cfa ou à la boîte ?"],
    ['mon patron doit payer mon école ?'],
  ])('a young person asking who pays the training hears their own answer, not the employer\'s: %s', async (text) => {
    const c = await startConversation();
    const r = c.read((await c.send(text)).slice(0, 1));
    expect(r).toMatch(/gratuite pour toi/);
    expect(r).not.toMatch(/ton apprenti|tu verses|l'employeur verse/);
  });

  it.each([
    ['y a des aides si jembauche un gamin en apprentissage ?'],
    ['ya koi comme aide si jprends une jeune en cap ?'],
    ['tu connais des aides si on prend un jeune en alternance dans ma boîte ?'],
  ])('an employer who writes tu and SMS gets the employer aids, not "who are you?": %s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(/aides pour l'employeur|aides à l'embauche/);
    expect(r).not.toMatch(/dis-moi qui tu es/);
    expect((await c.data()).profile.persona).toBe('employeur');
  });

  it.each([
    ['comment je fais pour trouver une apprentie sérieuse pour mon salon ?'],
    ['jtrouve pas de jeune motivé pour ma menuiserie, tu sais où chercher ?'],
  ])('an employer looking for an apprentice gets the recruiter\'s steps, not the card to find an employer: %s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).not.toMatch(/Pour trouver une entreprise/);
    expect(r).toMatch(/apprenti/);
    expect(r).toMatch(/CFA/);
  });

  it('a young person looking for a company still gets the card to find an employer', async () => {
    const c = await startConversation();
    const r = c.read(await c.send("je galère à trouver un patron pour mon CAP cuisine, tu as des pistes ?"));
    expect(r).toMatch(/Pour trouver une entreprise/);
  });

  it('a parent asking what the family pays hears the family answer', async () => {
    const c = await startConversation();
    const r = c.read((await c.send('mon fils entre au CFA en septembre, ça va nous coûter quelque chose ?')).slice(0, 1));
    expect(r).toMatch(/gratuite pour l'apprenti et pour son représentant légal/);
  });

  it('an employer asking who pays the school hears the employer answer', async () => {
    const c = await startConversation();
    const r = c.read((await c.send("est-ce que c'est à moi de financer le cfa de mon alternant ?")).slice(0, 1));
    expect(r).toMatch(/OPCO/);
    expect(r).toMatch(/750/);
  });
});
