import { describe, expect, it } from 'vitest';
import { startConversation, type Conversation } from './harness.js';

/** The last reply of a turn, as a person reads it. */
async function last(c: Conversation, text: string): Promise<string> {
  const replies = await c.send(text);
  return c.read(replies.slice(-1));
}

describe('a waiting question interrupted by a real question comes back after the answer', () => {
  it.each([
    ['combien on est payé en apprentissage', "c'est gratuit le CFA ?", /Quel âge as-tu/],
    ['je sais pas quoi faire comme métier', 'on peut faire un apprentissage en étant au lycée ?', /Qu'est-ce que tu aimes faire/],
    ['je veux me former', 'c quoi la durée d\'un contrat d\'apprentissage', /Quelle formation cherches-tu/],
  ])('%s → %s', async (start, question, asked) => {
    const c = await startConversation();
    await c.send(start);
    expect((await c.data()).awaiting).toBeDefined();
    const replies = await c.send(question);
    const all = c.read(replies);
    expect(all).toMatch(/revenir à ma question/);
    expect(c.read(replies.slice(-1))).toMatch(asked);
    expect((await c.data()).awaiting).toBeDefined();
  });

  it('the answer given after the comeback is read as the answer to the question', async () => {
    const c = await startConversation();
    await c.send('c combien le salaire apprenti');
    await c.send('le CFA c payant ?');
    const r = c.read(await c.send('17'));
    expect(r).toMatch(/À 17 ans/);
  });

  it('is not asked again when the interrupting question gave its answer', async () => {
    const c = await startConversation();
    await c.send("j'aime les animaux mais je sais pas quel métier");
    expect((await c.data()).awaiting).toBe('age');
    const replies = await c.send('et ça paye combien quand on a 16 ans en première année ?');
    const all = c.read(replies);
    expect(all).toMatch(/504,10/);
    expect(all).not.toMatch(/Quel âge as-tu/);
  });
});

describe('what the person already said is used', () => {
  it.each([
    ["j'ai 33 ans et une RQTH", 'combien je serai payé en apprentissage ?'],
    ['g 31 ans je suis reconnu travailleur handicapé', 'et le salaire en alternance ?'],
  ])('the pay of someone over 29 with an RQTH: %s', async (first, second) => {
    const c = await startConversation();
    await c.send(first);
    const r = c.read(await c.send(second));
    expect(r).not.toMatch(/ne peux en principe plus|ne peut en principe plus/);
    expect(r).toMatch(/RQTH/);
    expect(r).toMatch(/1\s867,02/);
  });

  it('an employer who said the apprentice has an RQTH gets the pay without the age limit', async () => {
    const c = await startConversation();
    await c.send('je suis artisan boulanger, mon futur apprenti est reconnu travailleur handicapé');
    const r = c.read(await c.send('il a 35 ans, je dois le payer combien ?'));
    expect(r).not.toMatch(/en principe plus/);
    expect(r).toMatch(/1\s867,02/);
  });
});
