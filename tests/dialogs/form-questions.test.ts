import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/**
 * A real question asked while the callback form waits (first name, phone, moment) is answered like anywhere else
 * (the pay, an aid, a course search), then the form's waiting question comes back and what it held is kept.
 */
describe('callback form: a question of another topic is answered, then the form goes on', () => {
  it('the pay asked at the phone question: answered with the age given, the phone asked again, the name kept', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await expectKey(await c.send('Inès'), 'callback.ask_phone');
    const replies = await c.send('ca paye combien un apprenti de 20 ans en 2e année ?');
    expect(read(replies)).toMatch(/20 ans/);
    expect(read(replies)).not.toMatch(/pendant la demande de rappel/);
    await expectKey(replies, 'callback.ask_phone');
    // A follow-up of that answer is still read against it, and the form still waits.
    const next = await c.send('et pour 22 ans ?');
    expect(read(next)).toMatch(/22 ans/);
    await expectKey(next, 'callback.ask_phone');
    await expectKey(await c.send('06 12 34 56 78'), 'callback.ask_slot');
    const consent = await c.send('le matin');
    await expectKey(consent, 'callback.ask_consent');
    expect(read(consent)).toMatch(/Inès|06 12 34 56 78/);
    await c.send('oui');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Inès', phone: '0612345678', timeSlot: 'Le matin' })]);
  });

  it('an aid asked at the moment question (vous): the aid answered, the moment asked again', async () => {
    const c = await startConversation();
    await c.send('Pouvez-vous me rappeler ?');
    await c.send('Martine');
    await expectKey(await c.send('07 22 33 44 55'), 'callback.ask_slot', 'vous');
    const replies = await c.send("Existe-t-il une aide au permis de conduire pour les apprentis ?");
    expect(read(replies)).toMatch(/permis/i);
    expect(read(replies)).not.toMatch(/pendant la demande de rappel/);
    await expectKey(replies, 'callback.ask_slot', 'vous');
    await expectKey(await c.send("l'après-midi"), 'callback.ask_consent', 'vous');
  });

  it("an employer's question at the name question: the employer aid answered, the name asked again", async () => {
    const c = await startConversation();
    await c.send('je souhaite être rappelée svp');
    const replies = await c.send('on est 6 salariés, on touche quoi si on embauche un apprenti en bac pro ?');
    expect(read(replies)).toMatch(/aide/i);
    expect(read(replies)).not.toMatch(/compris (?:ton|votre) prénom/);
    await expectKey(replies, 'callback.ask_name', 'vous');
    await expectKey(await c.send('Hélène'), 'callback.ask_phone', 'vous');
  });

  it.each(['jveux une formation en alternance vers rouen en bts commerce', 'je cherche un cap boulanger sur caen en apprentissage'])(
    'a course search typed at the name question ("%s") is answered, not taken for a bad name',
    async (request) => {
      const c = await startConversation();
      await c.send('rappelle moi stp');
      const replies = await c.send(request);
      expect(read(replies)).not.toMatch(/compris ton prénom/);
      expect(read(replies)).toMatch(/le plus proche|lieux?/i);
      await expectKey(replies, 'callback.ask_name');
      await expectKey(await c.send('Sofiane'), 'callback.ask_phone');
    },
  );

  it('a new request that needs a detail first is followed: its question is asked, never "not understood your name"', async () => {
    const c = await startConversation();
    await c.send('je voudrais qu on me rappelle');
    const replies = await c.send('je cherche un centre de formation pres de lisieux');
    expect(read(replies)).not.toMatch(/compris ton prénom/);
    expect((await c.data()).inForm).toBeFalsy();
  });

  it('answers of the form stay answers: a name, a number, a moment in words', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await expectKey(await c.send('Marie-Louise'), 'callback.ask_phone');
    await expectKey(await c.send('c le 06 45 45 45 45'), 'callback.ask_slot');
    await expectKey(await c.send('plutot en fin de journée apres le boulot'), 'callback.ask_consent');
  });
});
