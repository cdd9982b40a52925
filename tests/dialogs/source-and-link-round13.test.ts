import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * "c'est quoi ta source ?", "t'es sûr ?" after a list of places or a trade's diplomas: the data files that list comes
 * from, with their date as the knowledge records them (not "yes, I am a robot"). "t'as le lien ?" after an answer:
 * the address of that answer's source or service, not the fallback (round 13).
 */
describe('the source of a list of places or of a trade', () => {
  it.each(["c'est quoi ta source ?", "t'es sûr ?", 'tu sors ça d ou ?', 'vous êtes sûrs de ces infos ?'])('after the places: "%s"', async (question) => {
    const c = await startConversation();
    await c.send('je cherche un CAP boulanger à Caen');
    const replies = await c.send(question);
    const text = replies[0]?.text ?? '';
    expect(text).toMatch(/Affelnet|Parcoursup|CFA conventionnés/);
    expect(text).toMatch(/20\d\d/);
    expect(text).not.toMatch(/robot/);
  });

  it.each(["c'est quoi ta source ?", "t'es sur ?"])('after a trade: "%s"', async (question) => {
    const c = await startConversation();
    await c.send('je veux devenir boulanger');
    const replies = await c.send(question);
    const text = replies[0]?.text ?? '';
    expect(text).toMatch(/ROME|Certif Info/);
    expect(text).toMatch(/20\d\d/);
  });
});

describe('the link of the last answer', () => {
  it.each(["t'as le lien ?", 'il est où le site ?', 'vous avez un lien ?', 'tu as le lien stp'])('after a FAQ answer: "%s"', async (question) => {
    const c = await startConversation();
    await c.send("c'est quoi la période d'essai en apprentissage ?");
    const replies = await c.send(question);
    expect(replies[0]?.text ?? '').toMatch(/https:\/\/\S+/);
    expect(c.rule()).not.toBe('fallback');
  });

  it.each(["t'as le lien ?", 'c quoi le site ?'])('after the places: "%s"', async (question) => {
    const c = await startConversation();
    await c.send('je cherche un CAP boulanger à Caen');
    expect((await c.send(question))[0]?.text ?? '').toMatch(/https:\/\/labonnealternance/);
  });

  it("after an aid's card: \"vous avez le lien ?\"", async () => {
    const c = await startConversation();
    await c.send("c'est quoi l'aide mobili-jeune ?");
    expect((await c.send('vous avez le lien ?'))[0]?.text ?? '').toMatch(/https:\/\/\S+/);
  });
});
