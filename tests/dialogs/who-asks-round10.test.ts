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

/** Round 10: a follow-up with a question of its own after a card never gets that card again (answer-follow-up.ts). */
describe('a new question right after a card gets its own answer, not the card again', () => {
  const rqth = "j'ai une reconnaissance travailleur handicapé, ça change quoi pour moi ?";

  it.each([
    [rqth, "et l'interlocuteur en cas de conflit avec le patron c'est qui ?"],
    [rqth, "et la personne qui règle les litiges c'est qui ?"],
    ["je fais des heures en plus le samedi, c'est autorisé ?", 'si je démissionne je garde mes notes du cap ?'],
    ["je fais des heures en plus le samedi, c'est autorisé ?", 'et si je démissionne, je perds quoi ?'],
  ])('%s → %s', async (first, second) => {
    const c = await startConversation();
    const card = c.read((await c.send(first)).slice(0, 1));
    const r = c.read((await c.send(second)).slice(0, 1));
    expect(r).not.toBe(card);
  });

  it.each([
    [rqth, 'et si jai pas la rqth en fait ?'],
    [rqth, 'bon moi je suis pas reconnu handicapé, ça marche pareil ?'],
    ["Mon enfant est reconnu handicapé, qu'est-ce que ça change pour son contrat ?", "Et s'il n'a pas de RQTH ?"],
  ])('someone who says they do not have what the card is about does not get it again: %s → %s', async (first, second) => {
    const c = await startConversation();
    const card = c.read((await c.send(first)).slice(0, 1));
    expect(card).toMatch(/RQTH/);
    const r = c.read(await c.send(second));
    expect(r).not.toContain(card);
    expect(r).not.toMatch(/^Avec une RQTH|^Oui\. Une personne reconnue/);
  });
});
