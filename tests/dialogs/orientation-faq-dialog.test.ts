import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('orientation dialog', () => {
  it('walks interests → age → level → town → trades with a diploma and the nearest place', async () => {
    const c = await startConversation();
    await expectKey(await c.send('je sais pas quoi faire'), 'ask.interests');
    const interests = await c.send("j'aime cuisiner");
    await expectKey(interests, 'orientation.noted');
    await expectKey(interests, 'ask.age');
    await expectKey(await c.send('16 ans'), 'ask.levelHeld');
    await expectKey(await c.send("j'ai fini la 3e"), 'ask.commune');
    const proposal = await c.send('Caen');
    await expectKey(proposal, 'orientation.answer');
    const text = read(proposal);
    expect(text).toMatch(/Cuisinier/);
    expect(text).toMatch(/le plus proche : .*, \d+ km/);
    const chosen = await c.send('Cuisinier');
    await expectKey(chosen, 'trade.answer');
  });

  it('titles the trades card in the register of the person: a parent who says "vous" is not told "pour toi"', async () => {
    const c = await startConversation();
    await c.send('Bonjour, mon fils ne sait pas quoi faire, pouvez-vous nous aider ?');
    await c.send('il aime cuisiner');
    await c.send('16 ans');
    await c.send('il a fini la 3e');
    const proposal = await c.send('Caen');
    await expectKey(proposal, 'orientation.answer', 'vous');
    expect(read(proposal)).toMatch(/Des métiers qui peuvent convenir/);
    expect(read(proposal)).not.toMatch(/pour toi/);
  });

  it.each([
    'et ça paye combien quand on a 17 ans en première année ?',
    'au fait un apprenti de 18 ans il gagne cmb la 1re annee',
  ])('answers a pay question with its own age asked while the quiz waits for the age: %s', async (question) => {
    const c = await startConversation();
    await c.send('je sais pas quoi faire');
    await expectKey(await c.send("j'aime bricoler"), 'ask.age');
    const answer = await c.send(question);
    expect(read(answer)).toMatch(/SMIC/);
    expect((await c.data()).lastTopic).toBe('salary');
  });

  it('takes an interest clicked or typed from the list', async () => {
    const c = await startConversation();
    await c.send('aide moi à trouver un métier');
    await expectKey(await c.send('animaux'), 'orientation.noted');
  });
});

describe('faq dialog', () => {
  it.each([
    ["c'est quoi la période d'essai en apprentissage", /45/],
    ['combien de temps dure un contrat d apprentissage', /6 mois/],
    ["un apprenti c'est un élève ou un salarié ?", /salarié/],
    ["j'ai une RQTH et 34 ans, je peux encore faire un apprentissage ?", /limite/],
    ['mon fils a 16 ans, combien d heures il peut travailler par jour ?', /8 heures|8 h/],
  ])('%s → the answer with its source and date', async (question, fact) => {
    const c = await startConversation();
    const text = read(await c.send(question));
    expect(text).toMatch(fact);
    expect(text).toMatch(/Source : .*, vérifié le \d+/);
  });

  it('offers the two best matches when unsure, and answers the one picked', async () => {
    const c = await startConversation();
    const replies = await c.send('et pour la période d essai après ?');
    const text = read(replies);
    if (/Ta question porte sur/.test(text)) {
      const choice = replies.at(-1)?.suggestedActions?.actions[0]?.title as string;
      expect(read(await c.send(choice))).toMatch(/Source :/);
    } else {
      expect(text).toMatch(/Source :/);
    }
  });
});
