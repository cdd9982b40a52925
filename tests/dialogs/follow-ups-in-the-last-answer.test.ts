import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A short follow-up whose words also name a topic of its own ("payé", "patron", "CFA") asks first about the answer just
 * given: the part of that entry (or of an entry it links to) that answers it opens the reply, before any global reading
 * of the words sends it to the pay grid or to another entry.
 */
describe('a follow-up answered by a part of the last answer', () => {
  it.each([
    ['g un arret maladie de 5 jours comment ca se passe', 'et je touche des sous pendant ??', /indemnités journalières/],
    ['Notre fils apprenti est malade cette semaine, que doit-il faire ?', 'Et il sera rémunéré durant son absence ?', /indemnités journalières/],
    ['si je rate mon examen de fin d apprentissage mon contrat s arrete ?', "et si l'employeur veut plus de moi ?", /autre employeur/],
    ['Mon fils a échoué à son CAP, que devient son apprentissage ?', 'Et si son patron refuse de le reprendre ?', /autre employeur/],
    ["jpeux changer d'entreprise en cours d'apprentissage ?", 'mais en attendant le nouveau je reste au cfa ?', /6 mois/],
    ["Notre fille voudrait changer d'employeur en cours de contrat, comment faire ?", 'Et entre les deux contrats, elle garde sa place en formation ?', /6 mois/],
    ['mon maitre d apprentissage me rabaisse tout le temps devant les autres', "et à part le cfa qui peut m'aider ?", /médecin du travail|médiateur/],
  ])('"%s" then "%s": the part that answers it comes first', async (first, followUp, part) => {
    const c = await startConversation();
    await c.send(first);
    const before = await c.data();
    const replies = await c.send(followUp);
    expect(replies[0]?.text ?? '').toMatch(part);
    expect((await c.data()).lastFaq).toBe(before.lastFaq);
  });

  it.each([
    ["j'ai droit à combien de congés en apprentissage ?", "et quand on a pas encore 21 ans ?"],
    ['Combien de semaines de congés payés pour notre apprentie ?', 'Et si elle a moins de 21 ans ?'],
  ])('"%s" then "%s": the linked entry with the under-21 rule', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    expect((await c.data()).lastFaq).toBe('conges-payes');
    const replies = await c.send(followUp);
    expect(replies[0]?.text ?? '').toMatch(/21 ans/);
    expect((await c.data()).lastFaq).toBe('conges-moins-21-ans');
  });

  it('a follow-up that names another entry of its own still goes there', async () => {
    const c = await startConversation();
    await c.send('je suis malade je dois prevenir qui en alternance ?');
    await c.send('et pour mes congés payés, ça marche comment ?');
    expect((await c.data()).lastFaq).toBe('conges-payes');
  });
});
