import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('several acts in one message', () => {
  it.each(['ok merci ciao', 'merci bcp, bonne soirée !', 'super merci pour tout, au revoir', 'mrc a+'])(
    '"%s" is thanked and taken leave of, in one reply',
    async (text) => {
      const c = await startConversation();
      await c.send('combien de congés payés pour un apprenti ?');
      const replies = await c.send(text);
      await expectKey(replies, 'smalltalk.thanks_goodbye');
      expect(replies).toHaveLength(1);
    },
  );

  it('thanks alone are still only thanks, and a question after thanks is answered', async () => {
    const c = await startConversation();
    await expectKey(await c.send('merci beaucoup'), 'smalltalk.thanks');
    expect(read(await c.send('merci, et le salaire à 17 ans ?'))).toMatch(/17 ans/);
  });

  it.each([
    ['Bonjour, je suis conseillère en insertion à la Mission Locale. Qui doit signer le contrat d’un apprenti de 16 ans ?', /représentant légal/, 'vous'],
    ['bonjour je suis la maman de Tom, il a 16 ans, il peut bosser le dimanche ?', /dimanche/, 'vous'],
    ["Bonsoir. Je suis chef d'entreprise. Est-ce que la période d'essai d'un apprenti dure 45 jours ?", /45/, 'vous'],
  ])('greeting + who is writing + a question: "%s" gets the answer to the question', async (text, fact, register) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(fact);
    expect(answer).toMatch(/Source : /);
    expect((await c.data()).profile.register ?? 'vous').toBe(register);
  });
});
