import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const NOT_COVERED = /ne couvre pas cette question/;

/**
 * Round 15: follow-ups and context. A follow-up keeps what should carry (the last answer's subject), a change of
 * context wins over it.
 */
/**
 * "je fais quoi si mon patron veut pas corriger ?" after the answer on a pay below the minimum: a what-to-do question
 * with its own clause saying the step advised fails (he refuses, nothing changes) asks for the rest of that answer's
 * advice (the mediator), not "not covered" nor another entry that shares "patron".
 */
describe('"what do I do if he refuses?" after an answer that advises steps', () => {
  it.each([
    ["mon patron me paye moins que le minimum c'est normal ?", 'je fais quoi si mon patron veut pas corriger ?'],
    ['ma paie est trop basse pour mon age', "et s'il refuse de corriger je fais comment ?"],
    ['Notre fils touche moins que le pourcentage prévu pour son âge', "Que faire si l'employeur ne veut rien changer ?"],
    ['je suis pas payé assez en apprentissage', "je fais koi s'il veut pa corriger"],
  ])('"%s" then "%s": the mediator the answer advises', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(c.rule()).toBe('what-now-if-refused');
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/médiateur/);
  });

  it('"je fais quoi s\'il refuse de me payer mes heures sup ?" after the pay: the overtime entry, read clearly, answers', async () => {
    const c = await startConversation();
    await c.send("mon patron me paye moins que le minimum c'est normal ?");
    const text = read(await c.send("je fais quoi s'il refuse de me payer mes heures sup ?"));
    expect(c.rule()).not.toBe('what-now-if-refused');
    expect(text).toMatch(/heures? suppl/i);
  });
});

/**
 * After the hiring aid, whose rules depend on the contract's signing date, a date told in a follow-up is that aid's
 * date: "et s'il commence le 28 décembre ?" is not the FAQ on when a contract may start; "et aujourd'hui ?" after a
 * dated answer means a contract signed today (the clock of the turn), never a goodbye nor the SMIC.
 */
describe('a date told after the hiring aid stays on the aid', () => {
  it.each([
    ["c'est quoi l'aide à l'embauche des apprentis ?", "et s'il commence le 28 décembre ?"],
    ['aide embauche apprenti', 'et si il demarre le 28/12 ?'],
    ["Quelle aide de l'État pour embaucher un apprenti ?", 'Et si son contrat débute le 28 décembre ?'],
  ])('"%s" then "%s": the signing date is what counts, not the contract-start FAQ', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).not.toMatch(/3 mois (?:avant|après)/);
    expect(text).toMatch(/date de signature/);
  });

  it.each([
    ["c'est quoi l'aide à l'embauche des apprentis ?", 'et si le contrat est signé en janvier 2027 ?', /janvier 2027/],
    ['aide embauche pour un contrat signé en février 2025 ?', "et aujourd'hui ?", /27 novembre 2026/],
    ['Quelle aide à l’embauche pour un contrat conclu le 10 janvier 2026 ?', "Et à ce jour ?", /27 novembre 2026/],
  ])('"%s" then "%s": the aids of that date', async (first, followUp, date) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).not.toMatch(/SMIC|Au revoir/);
    expect(text).toMatch(date);
  });
});

/**
 * "il peut rester au CFA ?" right after the answer on staying at the CFA after a rupture asks what that answer says:
 * the last answer is the prior of the reading, not the entry on starting at the CFA without an employer that shares
 * more of its words.
 */
describe('a follow-up whose words are all in the last answer keeps that answer', () => {
  it.each([
    ['mon contrat a été rompu', 'il peut rester au CFA ?'],
    ['mon patron a rompu mon contrat', 'je peux rester au cfa ?'],
    ["Le contrat d'apprentissage de notre fils a été rompu", 'Peut-il rester au CFA ?'],
  ])('"%s" then "%s": up to 6 months at the CFA after a rupture', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect(text).toMatch(/6 mois/);
    expect(text).not.toMatch(NOT_COVERED);
  });
});
