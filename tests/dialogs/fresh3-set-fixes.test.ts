import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/** Bugs found by the third blind conversation set tests/eval/fresh3.yaml, each tested with a wording of its own. */
describe('fixes from the third fresh conversation set', () => {
  it('"which course leads to trade X" lists the diplomas instead of asking the town first', async () => {
    const c = await startConversation();
    const replies = await c.send("couvreuse c'est quelle formation qu'il faut ?");
    await expectKey(replies, 'trade.answer');
    // The CAP couvreur under its current code's title (the old code's record read "Couvreur (CAP)"): one diploma, one line.
    expect(read(replies)).toMatch(/CAP couvreur/);
    expect(read(replies)).not.toMatch(/Couvreur \(CAP\)/);
    expect(read(replies)).not.toMatch(/Dans quelle ville/);
  });

  it('"taffer", "l\'info" and "les ordis" name work and computing, so the orientation proposes computing trades', async () => {
    const c = await startConversation();
    const replies = await c.send("moi j'ai envie de taffer dans l'info, les ordis c'est mon truc");
    expect(read(replies)).toMatch(/[Ii]nformatique|[Dd]éveloppeu/);
    expect((await c.data()).profile.interests).toContain('informatique');
  });

  it('a wish to work in a field is the guided orientation, not the FAQ on working hours', async () => {
    const c = await startConversation();
    const replies = await c.send("j'ai vraiment envie de travailler dans la construction");
    expect(read(replies)).toMatch(/maçon|plombier|menuisier|couvreur/i);
    expect(read(replies)).not.toMatch(/35 heures/);
  });

  it('"ah ok merci" after an answer is a thank-you, not a yes waiting for a question', async () => {
    const c = await startConversation();
    await c.send("combien gagne un apprenti de 20 ans la 2e annee");
    const replies = await c.send('ah ok merci');
    await expectKey(replies, 'smalltalk.thanks');
  });

  it('changing one\'s mind while the callback form asks the name cancels it; a sentence is not a first name', async () => {
    const c = await startConversation();
    await c.send('pouvez vous me rappeler');
    const replies = await c.send("non c'est bon j'ai changé d'avis");
    // The person wrote "vous": the bot answers with vous (issue 12 item 5).
    await expectKey(replies, 'callback.cancelled', 'vous');
    expect(read(replies)).not.toMatch(/numéro de téléphone/);
  });

  it('"ça veut dire quoi BTS" is explained by the FAQ (bac+2), not answered with a course search', async () => {
    const c = await startConversation();
    const replies = await c.send('ça veut dire quoi BTS en fait ?');
    expect(read(replies)).toMatch(/brevet de technicien supérieur/);
    expect(read(replies)).toMatch(/bac\+2/);
  });

  it('a diploma speciality given by its initials ("BTS MCO") is the one searched', async () => {
    const c = await startConversation();
    const replies = await c.send('je cherche un bts mco en apprentissage vers flers');
    expect(read(replies)).toMatch(/management commercial opérationnel/i);
    expect(read(replies)).toMatch(/Flers/);
  });

  it('"ça se prépare où ?" right after a trade asks for the town instead of answering an unrelated FAQ', async () => {
    const c = await startConversation();
    await c.send('je voudrais devenir fleuriste');
    const replies = await c.send("ok et ça se prépare où en normandie ?");
    await expectKey(replies, 'ask.commune');
  });

  it('a hesitant aid question that a FAQ entry answers exactly gets that entry (lodging near the CFA)', async () => {
    const c = await startConversation();
    const replies = await c.send('y a des logements pour nous les apprentis ? mon cfa est super loin');
    expect(read(replies)).toMatch(/6 € par nuit|internat/);
    expect(read(replies)).not.toMatch(/dis-moi qui tu es/);
  });

  it('"prothésiste" alone is the dental technician', async () => {
    const c = await startConversation();
    const replies = await c.send('prothésiste en alternance ça existe ?');
    expect(read(replies)).toMatch(/Prothésiste dentaire/);
  });
});
