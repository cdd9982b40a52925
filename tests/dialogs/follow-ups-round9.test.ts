import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A short follow-up after a FAQ answer keeps the thread: everyday words ("quand même", "pareil") are not a trade
 * misspelt, and a follow-up whose words another entry linked to the answer holds goes there.
 */
describe('a follow-up after a FAQ answer is not a trade read from everyday words', () => {
  it.each([
    ['je suis malade depuis lundi, je dois faire quoi ?', 'ils me versent quand même mon salaire ?'],
    ['Notre fils apprenti est en arrêt de travail, quelles démarches ?', 'Et il touchera quand même quelque chose ?'],
    ['g un arret de travail de 3 jours comment ca marche', 'c pareil si c le cfa ?'],
    ['chui malade cette semaine je previens qui', 'même pendant les semaines de cfa ?'],
    ["Notre apprentie est souffrante depuis hier, que doit-elle faire ?", 'Elle est rémunérée quand meme ?'],
  ])('"%s" then "%s": no trade card', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    await c.send(followUp);
    expect(c.rule()).not.toMatch(/trade/);
    expect((await c.data()).lastTopic).not.toBe('trade');
  });

  it('a trade named clearly after a FAQ answer still opens that trade', async () => {
    const c = await startConversation();
    await c.send('je suis malade depuis lundi, je dois faire quoi ?');
    await c.send('sinon je voudrais devenir boulanger');
    expect((await c.data()).lastTopic).toBe('trade');
  });
});

describe('a follow-up about meals after the cost of the training', () => {
  it.each([
    ['faut payer quelque chose pour aller au cfa ?', 'et pour manger le midi ?'],
    ['Y a-t-il des frais de formation pour notre fille au CFA ?', 'Et la cantine, qui la paie ?'],
  ])('"%s" then "%s": the meals and housing entry', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    expect((await c.data()).lastFaq).toBe('formation-gratuite');
    const text = c.read(await c.send(followUp));
    expect((await c.data()).lastFaq).toBe('equipement-hebergement-repas');
    expect(text).toMatch(/repas/i);
  });
});

/** "permis" is also the word for "allowed": only a licence named as such is the driving-licence aid. */
describe('"permis" meaning allowed', () => {
  it.each([
    ["j'ai 16 ans et je finis à 23h30 au resto, c'est permis ?", 'travail-nuit-mineurs'],
    ["Notre apprenti de 17 ans termine après minuit, est-ce permis ?", 'travail-nuit-mineurs'],
  ])('"%s" → %s, not the licence aid', async (message, entry) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect((await c.data()).lastFaq).toBe(entry);
    expect(text).not.toMatch(/permis B|permis de conduire/);
  });

  it.each([
    "est ce permis de bosser un jour férié quand on est apprenti ?",
    "mon patron me fait travailler le dimanche c'est permis ou pas",
  ])('"%s": not the licence aid', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).not.toMatch(/permis B|permis de conduire/);
    const data = await c.data();
    expect(data.lastFaq).not.toBe('aide-permis-terminee');
    expect(data.lastAid).not.toBe('aide-permis-apprentis');
  });

  it.each([
    'y a une aide pour passer le permis quand on est apprenti ?',
    'il y avait pas 500 euros pour le permis B ?',
    'mon permis de conduire peut être financé ?',
  ])('"%s": the licence aid still', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/permis/);
    expect(text).toMatch(/21 février 2026/);
  });
});

describe('the net pay after a pay answer', () => {
  it.each([
    ['je gagne combien a 19 ans en 1ere annee ?', 'et ça fait combien en net ??'],
    ['Quel salaire pour notre fils de 16 ans en deuxième année ?', 'Et en net, cela donne quoi ?'],
  ])('"%s" then "%s": the brut/net entry, no net figure invented', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = c.read(await c.send(followUp));
    expect((await c.data()).lastFaq).toBe('salaire-brut-net-apprenti');
    expect(text).not.toMatch(/\d[\d  ,]*€ net/);
  });
});
