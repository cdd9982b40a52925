import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

const CALLBACK = ["Je voudrais être rappelé, mon numéro c'est 06 12 34 56 78", 'Camille', 'Le matin', 'Oui, rappelez-moi'];

/**
 * After a callback request, an erasure asked with what it is of ("supprimez tout, mon numéro aussi", "supprimez mon
 * numéro") erases the conversation: the callback, its number and the reference go, in the stores and in what the bot
 * knew. A question about what was erased gets what an erasure removes, never a new callback form.
 */
describe('erasing after a callback request', () => {
  it.each([['finalement supprimez tout, mon numéro aussi'], ['supprimez mon numéro svp'], ['effacez mes coordonnées']])('"%s" erases the callback and its number', async (request) => {
    const c = await startConversation();
    for (const m of CALLBACK) await c.send(m);
    expect((await c.data()).referenceCode).toBeDefined();
    expect((await c.records.listCallbacks()).length).toBe(1);
    const text = c.read(await c.send(request));
    expect(text).toMatch(/effacé/);
    const data = await c.data();
    expect(data.referenceCode).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/06 ?12|Camille/);
    expect(await c.records.listCallbacks()).toEqual([]);
  });

  it.each([
    ['Et ma demande de rappel avec mon numéro, elle est annulée aussi ?', /demande de rappel avec (?:ton|votre) numéro/],
    ["mon numéro vous l'avez bien effacé ?", /demande de rappel avec votre numéro/],
  ])('then "%s" says what an erasure removes', async (question, answer) => {
    const c = await startConversation();
    for (const m of CALLBACK) await c.send(m);
    await c.send('finalement supprimez tout, mon numéro aussi');
    const text = c.read(await c.send(question));
    expect(c.rule()).toBe('erased-asked');
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/prénom|Ta référence|Votre référence/);
  });

  it('a question about how long things are kept still erases nothing', async () => {
    const c = await startConversation();
    for (const m of CALLBACK) await c.send(m);
    await c.send('combien de temps vous gardez mon numéro ?');
    expect(c.rule()).toBe('privacy-asked');
    expect((await c.records.listCallbacks()).length).toBe(1);
  });
});
