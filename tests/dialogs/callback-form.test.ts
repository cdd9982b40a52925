import { describe, expect, it, vi } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/** Issue 12, item 6: the callback form keeps what was already said, and reads each answer for what it is. */
describe('callback form: what was already said is kept', () => {
  it('a number typed before the request fills the phone field and is not asked again', async () => {
    const c = await startConversation();
    await expectKey(await c.send('06.12.34.56.78'), 'callback.phone_heard');
    expect((await c.data()).callbackPhone).toBe('0612345678');
    await expectKey(await c.send('je voudrais être rappelé'), 'callback.ask_name');
    const afterName = await c.send('Julie');
    await expectKey(afterName, 'callback.ask_slot');
    expect(read(afterName)).not.toMatch(/À quel numéro/);
    const consent = await c.send('le matin');
    await expectKey(consent, 'callback.ask_consent');
    expect(read(consent)).toMatch(/06 12 34 56 78/);
    await expectKey(await c.send('oui'), 'callback.saved');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Julie', phone: '0612345678', timeSlot: 'Le matin' })]);
    // Saved with the request: the conversation's memory no longer holds it.
    expect((await c.data()).callbackPhone).toBeUndefined();
  });

  it('a number given to reach someone starts the callback form with it', async () => {
    const c = await startConversation();
    const replies = await c.send("je veux parler à un conseiller, mon numéro c'est le 06.12.34.56.78");
    await expectKey(replies, 'callback.ask_name');
    await expectKey(await c.send('Julie'), 'callback.ask_slot');
  });

  it('a number and a moment in the request itself are both taken', async () => {
    const c = await startConversation();
    await expectKey(await c.send('rappelez-moi au +33 6 98 76 54 32 demain 10h svp'), 'callback.ask_name');
    const consent = await c.send('Karim');
    await expectKey(consent, 'callback.ask_consent');
    expect(read(consent)).toMatch(/06 98 76 54 32/);
    await c.send("d'accord");
    // The harness's day is Friday 27 November 2026: "demain" is written as the date, for the adviser.
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Karim', phone: '0698765432', timeSlot: 'Samedi 28 novembre vers 10 h' })]);
  });

  it('a moment typed at the name question is the moment, not a name; the name is asked again', async () => {
    const c = await startConversation();
    await expectKey(await c.send('je veux être rappelé'), 'callback.ask_name');
    const replies = await c.send('entre 14h et 16h');
    await expectKey(replies, 'callback.noted.slot');
    await expectKey(replies, 'callback.ask_name');
    expect(read(replies)).not.toMatch(/Merci Entre/i);
    await expectKey(await c.send('Inès'), 'callback.ask_phone');
    await expectKey(await c.send('07 11 22 33 44'), 'callback.ask_consent');
    await c.send('oui');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Inès', phone: '0711223344', timeSlot: 'Entre 14 h et 16 h' })]);
  });

  it.each(['lundi', 'demain matin', "n'importe quand", 'Le matin', 'aprem'])('"%s" at the name question is never a first name', async (moment) => {
    const c = await startConversation();
    await c.send('pouvez-vous me rappeler ?');
    const replies = await c.send(moment);
    // The person wrote "vous": the bot answers with vous (issue 12 item 5).
    await expectKey(replies, 'callback.ask_name', 'vous');
    expect(read(replies)).not.toMatch(/À quel numéro/);
  });

  it('the person corrects the number at the consent question: the new one is asked about, nothing saved before a yes', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelée');
    await c.send('Zoé');
    await c.send('06 12 34 56 78');
    await c.send("l'après-midi");
    const corrected = await c.send("non c'est 06 98 76 54 32");
    await expectKey(corrected, 'callback.noted.phone');
    await expectKey(corrected, 'callback.ask_consent');
    expect(read(corrected)).toMatch(/06 98 76 54 32/);
    expect(await c.records.listCallbacks()).toEqual([]);
    await expectKey(await c.send('oui'), 'callback.saved');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Zoé', phone: '0698765432', timeSlot: "L'après-midi" })]);
  });

  it('a yes that changes the moment is not a consent yet; the same number said again with a yes is', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Julie');
    await c.send('06 12 34 56 78');
    await c.send('le matin');
    const changed = await c.send('oui mais plutôt le soir');
    await expectKey(changed, 'callback.noted.slot');
    await expectKey(changed, 'callback.ask_consent');
    expect(await c.records.listCallbacks()).toEqual([]);
    await expectKey(await c.send('oui, au 06 12 34 56 78'), 'callback.saved');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ phone: '0612345678', timeSlot: 'Le soir' })]);
  });

  it('the person corrects the moment while the number is asked', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé demain');
    await c.send('Léo');
    const replies = await c.send('plutôt lundi matin en fait');
    await expectKey(replies, 'callback.noted.slot');
    await expectKey(replies, 'callback.ask_phone');
    await c.send('0033 7 12 34 56 78');
    await c.send('oui');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ phone: '0712345678', timeSlot: 'Lundi 30 novembre le matin' })]);
  });

  it('a question while the name is asked is not stored as a name: it is answered and the name asked again', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    // From here the person has written "vous": the bot answers with vous (issue 12 item 5).
    const why = await c.send('pourquoi vous voulez mon numéro ?');
    await expectKey(why, 'callback.why_phone', 'vous');
    await expectKey(why, 'callback.ask_name', 'vous');
    const other = await c.send("c'est quoi un conseiller de la Région ?");
    expect(read(other)).not.toMatch(/Merci C/);
    await expectKey(other, 'callback.ask_name', 'vous');
    await expectKey(await c.send('Julie'), 'callback.ask_phone', 'vous');
  });

  it.each([
    ['+44 7911 123456', 'callback.bad_phone_foreign'],
    ['0800 050 000', 'callback.bad_phone_service'],
    ['06 12 34 56', 'callback.bad_phone'],
  ])('a number that is not a French personal line (%s) is asked again politely', async (typed, key) => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Julie');
    await expectKey(await c.send(typed), key);
    expect(await c.records.listCallbacks()).toEqual([]);
    await expectKey(await c.send('06 12 34 56 78'), 'callback.ask_slot');
  });

  it('consent still needs a clear yes: a refusal saves nothing and forgets the number typed before', async () => {
    const c = await startConversation();
    await c.send('0612345678');
    await c.send('être rappelé');
    await c.send('Julie');
    await c.send('peu importe');
    await expectKey(await c.send('non 1'), 'callback.cancelled');
    expect(await c.records.listCallbacks()).toEqual([]);
    expect((await c.data()).callbackPhone).toBeUndefined();
  });

  it('speaks vous to a person who writes vous', async () => {
    const c = await startConversation();
    await c.send('je suis parent, pouvez-vous me rappeler au 06 12 34 56 78 ?');
    const replies = await c.send('entre midi et deux');
    await expectKey(replies, 'callback.noted.slot', 'vous');
    await expectKey(replies, 'callback.ask_name', 'vous');
  });

  it('a phone number never reaches the unanswered questions', async () => {
    const c = await startConversation();
    const kept: string[] = [];
    const record = c.records.recordUnanswered.bind(c.records);
    vi.spyOn(c.records, 'recordUnanswered').mockImplementation(async (question, id) => {
      kept.push(question);
      await record(question, id);
    });
    await c.send('mon tel 06 12 34 56 78 et je cherche un truc bizarre xyz');
    await c.send('qsdfgh 06 98 76 54 32 wxcvb');
    await c.send('zzz +33 7 11 22 33 44 zzz');
    expect(kept.join(' ').replace(/\D/g, '')).not.toMatch(/12345678|98765432|11223344|987654/);
  });
});
