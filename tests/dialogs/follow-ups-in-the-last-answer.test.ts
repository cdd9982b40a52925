import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

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

  it('a topic named alone after the sick leave opens that topic', async () => {
    const c = await startConversation();
    await c.send('je suis en arret maladie que dois je faire');
    const text = read(await c.send('et le salaire ?'));
    expect(text).toMatch(/SMIC/);
    expect(text).not.toMatch(/indemnités journalières/);
  });

  it('a follow-up that names another entry of its own still goes there', async () => {
    const c = await startConversation();
    await c.send('je suis malade je dois prevenir qui en alternance ?');
    await c.send('et pour mes congés payés, ça marche comment ?');
    expect((await c.data()).lastFaq).toBe('conges-payes');
  });
});

/** Right after the pay, "what comes next" is the pay of the next contract year, and a new age or year is recomputed. */
describe('a follow-up of the pay', () => {
  it.each([
    ['je gagne combien a 18 ans en premiere annee ?', 'et après ?', /2e année/],
    ['Mon fils a 16 ans et entre en 2e année, combien va-t-il toucher ?', 'Et ensuite ?', /3e année/],
    ['g 22 ans 1ere annee c combien le salaire', 'et apres ??', /2e année/],
  ])('"%s" then "%s": the next contract year', async (first, next, line) => {
    const c = await startConversation();
    await c.send(first);
    const year = (await c.data()).profile.contractYear ?? 1;
    const text = read(await c.send(next));
    expect(text).toMatch(line);
    expect(text).toMatch(/€/);
    expect(text).not.toMatch(/CAP/);
    expect((await c.data()).profile.contractYear).toBe(year + 1);
  });

  it('"et la 3e année ?" then "et à 21 ans ?": each recomputed', async () => {
    const c = await startConversation();
    await c.send('jai 20 ans en 1ere annee combien je touche');
    const third = read(await c.send('et la 3e année ?'));
    expect(third).toMatch(/3e année/);
    expect(third).toMatch(/€/);
    const older = read(await c.send('et à 21 ans ?'));
    expect(older).toMatch(/21 ans/);
    expect(older).toMatch(/€/);
    expect((await c.data()).profile.age).toBe(21);
  });
});

/** Two questions in one message: the first is answered first (the pay computed with the age and year given), the other offered. */
describe('two questions in one message, the first one first', () => {
  it.each([
    ["je vais avoir 18 ans, je rentre en 2e année, je serai payé combien et il y a une aide pour passer le permis ?", /18 ans[\s\S]*2e année|2e année[\s\S]*18 ans/],
    ['Nous embauchons une apprentie de 22 ans en 1re année : quel salaire lui verser, et existe-t-il une aide pour nous ?', /22 ans/],
    ['c cb le salaire a 17 ans 1ere annee et jpeux avoir une aide pr me loger ?', /17 ans/],
  ])('"%s": the pay first, computed, and the aids offered', async (text, pay) => {
    const c = await startConversation();
    const replies = await c.send(text);
    const first = replies[0]?.text ?? '';
    expect(first).toMatch(pay);
    expect(first).toMatch(/€/);
    expect(read(replies)).toMatch(/autre question/);
    expect(read(replies.slice(-1))).toMatch(/aides/i);
  });
});
