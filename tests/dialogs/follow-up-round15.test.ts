import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const NOT_COVERED = /ne couvre pas cette question/;
const MENU = /Voici ce que je sais faire/;

/**
 * Round 15: follow-ups and context. A follow-up keeps what should carry (the last answer's subject), a change of
 * context wins over it.
 */
describe('"when can I start?" after a trade or a diploma: the start of the contract, not the menu', () => {
  it.each([
    ['je veux être boulanger', 'je peux commencer quand ?'],
    ['je voudrais faire un CAP coiffure', 'on peut démarrer quand ?'],
    ['jveu etre mecano', 'je pe commencer qd'],
    ['Notre fils veut devenir électricien', 'Et il peut débuter quand son contrat ?'],
  ])('"%s" then "%s": the 3 months before / after the start of the course', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).not.toMatch(MENU);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/3 mois/);
  });

  it('"je peux commencer quand ?" with nothing before: the start of the contract too', async () => {
    const c = await startConversation();
    const text = read(await c.send('je peux commencer quand ?'));
    expect(text).not.toMatch(MENU);
    expect(text).toMatch(/3 mois/);
  });

  it('"qu\'est-ce que tu peux faire ?" is still the menu', async () => {
    const c = await startConversation();
    expect(read(await c.send("qu'est-ce que tu peux faire ?"))).toMatch(MENU);
  });
});
