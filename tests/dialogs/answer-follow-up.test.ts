import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** A short follow-up continues the FAQ answer or the aid shown last, unless it clearly asks something else. */
describe('a follow-up of the last answer', () => {
  it.each([
    // [first question, follow-up, the FAQ entry the follow-up gets ("same": the entry answered first, new detail)]
    ['un apprenti a combien de semaines de vacances ?', 'et pour les jours feriés alors ?', /^travail-dimanche-feries$/],
    ['combien de congés payés en apprentissage', "j'ai 18 ans, j'en ai pas plus ?", /^conges-/],
    ['mon employeur peut me virer au bout de 2 mois ?', 'et si ça fait 4 semaines seulement ?', 'same'],
    ['la carte étudiant des métiers ça existe ?', 'on l a comment ?', 'same'],
    ["c'est quoi l'aide à l'embauche pour un patron ?", 'comment on la demande ?', /^aide-embauche-demarches$/],
  ] as const)('"%s" then "%s" → %s', async (first, followUp, entry) => {
    const c = await startConversation();
    await c.send(first);
    const before = await c.data();
    await c.send(followUp);
    const data = await c.data();
    expect(data.lastTopic).toBe('faq');
    if (entry === 'same') {
      expect(before.lastTopic).toBe('faq');
      expect(data.lastFaq).toBe(before.lastFaq);
    } else expect(data.lastFaq).toMatch(entry);
  });

  it('after an aid, a bare question about it ("et les conditions pour nous ?") shows that aid again, in vous', async () => {
    const c = await startConversation();
    await c.send("l'aide exceptionnelle à l'embauche d'un apprenti, c'est combien ?");
    const first = await c.data();
    expect(first.lastAid).toBeDefined();
    const text = read(await c.send('et les conditions pour nous ?'));
    const data = await c.data();
    expect(data.lastTopic).toBe('aids');
    expect(data.lastAid).toBe(first.lastAid);
    expect(text).toMatch(/vous/);
  });

  it.each([
    ['merci', /plaisir/],
    ["c'est imposable le salaire d'un apprenti ?", /impôt/],
    ['je veux être plombier', /Plombier/],
    ['je voudrais parler à un conseiller', /0800 050 000/],
  ])('after a FAQ answer, "%s" is its own message', async (next, expected) => {
    const c = await startConversation();
    await c.send("c'est quoi la période d'essai ?");
    const text = read(await c.send(next));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/45 premiers jours/);
  });
});
