import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/**
 * Questions about the free line, the call and the callback, around the contact card, the sharing question and the
 * callback form: answered from the line's record (free call; no hours nor e-mail in our sources, so said so with the
 * callback), never taken as a consent, a refusal or a first name; the waiting question comes back after the answer.
 */
describe('after the free line card, a question about the line is about the line', () => {
  /** The card, then the sharing question declined: the card is still what the next question is about. */
  async function afterCard(first = 'jveux parler a qqn') {
    const c = await startConversation();
    await c.send(first);
    await c.send('non merci');
    return c;
  }

  it.each([
    ['c payant ?', 'contact.about.free', 'tu'],
    ["Est-ce que l'appel est facturé pour une entreprise ?", 'contact.about.free', 'vous'],
    ['ya des horaires pour appeler ?', 'contact.about.no_hours', 'tu'],
    ['on peut les joindre le week-end', 'contact.about.no_hours', 'tu'],
    ["Pourriez-vous m'indiquer les heures d'ouverture de cette ligne ?", 'contact.about.no_hours', 'vous'],
    ['et si je leur écris par mail ?', 'contact.about.no_email', 'tu'],
    ['ok et par sms', 'contact.about.no_email', 'tu'],
  ] as const)('"%s" → %s', async (question, key, register) => {
    const c = await afterCard();
    const replies = await c.send(question);
    await expectKey(replies, key, register);
    expect((await c.data()).lastTopic).toBe('contact');
    // No invented hours: nothing that looks like opening times is said.
    expect(read(replies)).not.toMatch(/\d{1,2} ?h\b|du lundi au/);
  });

  it('the number asked again: the line and the reference of the conversation', async () => {
    const c = await afterCard();
    const code = (await c.data()).referenceCode as string;
    const replies = await c.send('c koi deja le numero');
    await expectKey(replies, 'contact.about.number_code');
    expect(read(replies)).toContain('0800 050 000');
    expect(read(replies).replace(/\s/g, '')).toContain(code);
  });

  it('after a callback request: when the adviser calls back, and the cost', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Nora');
    await c.send('07 55 44 33 22');
    await c.send('le matin');
    await expectKey(await c.send('oui'), 'callback.saved');
    await expectKey(await c.send('vous me rappelez dans combien de temps ?'), 'contact.about.callback_when', 'vous');
    await expectKey(await c.send('et ça coûte un truc ?'), 'contact.about.free', 'vous');
  });

  it('a question naming another subject after the card is about that subject', async () => {
    const c = await afterCard();
    const replies = await c.send('la formation au CFA elle est payante ?');
    expect(read(replies)).not.toMatch(/L'appel au 0800 050 000 est gratuit/);
  });

  it("after the FAQ answer that gives the free line, a question about the call is about that line", async () => {
    const c = await startConversation();
    await c.send('Nous sommes une petite entreprise, à quel numéro peut-on appeler pour se renseigner sur l’apprentissage ?');
    expect((await c.data()).lastFaq).toBe('numero-vert-0800');
    await expectKey(await c.send('Vos conseillers sont-ils joignables le soir ?'), 'contact.about.no_hours', 'vous');
    await expectKey(await c.send("Et le tarif de l'appel depuis un fixe ?"), 'contact.about.free', 'vous');
  });

  it('with no card in view, a question that names the line itself is about it', async () => {
    const c = await startConversation();
    await expectKey(await c.send('le numéro vert il est gratuit depuis un portable ?'), 'contact.about.free');
  });
});

describe('a question while a yes or no is awaited is answered, then the question comes back', () => {
  it('at the sharing question: answered, asked again in one line, no consent recorded', async () => {
    const c = await startConversation();
    await c.send('Je souhaiterais parler à une personne');
    const code = (await c.data()).referenceCode as string;
    const why = await c.send('ok mais ça sert à quoi');
    await expectKey(why, 'contact.about.summary_purpose', 'vous');
    await expectKey(why, 'contact.ask_share_again', 'vous');
    expect(await c.records.byCode(code)).toMatchObject({ consent: false });
    const cost = await c.send("c'est gratuit ?");
    await expectKey(cost, 'contact.about.free', 'vous');
    await expectKey(cost, 'contact.ask_share_again', 'vous');
    expect(await c.records.byCode(code)).toMatchObject({ consent: false });
    await expectKey(await c.send('oui'), 'contact.ask_transcript', 'vous');
    expect(await c.records.byCode(code)).toMatchObject({ consent: true, transcriptConsent: false });
  });

  it('at the transcript question: answered and asked again; the messages stay unshared until a yes', async () => {
    const c = await startConversation();
    await c.send('jpeux parler a un conseiller');
    await c.send('oui');
    const code = (await c.data()).referenceCode as string;
    const what = await c.send('il lira quoi exactement ?');
    await expectKey(what, 'contact.about.summary_purpose');
    await expectKey(what, 'contact.ask_transcript_again');
    expect(await c.records.byCode(code)).toMatchObject({ consent: true, transcriptConsent: false });
    await expectKey(await c.send('non'), 'contact.shared');
  });

  it('at the first name: a question is answered, never stored as a name', async () => {
    const c = await startConversation();
    await c.send('rappel stp');
    const cost = await c.send('c gratuit ?');
    await expectKey(cost, 'contact.about.free_callback');
    await expectKey(cost, 'callback.ask_name');
    const when = await c.send('il me rappelle qd ?');
    await expectKey(when, 'contact.about.callback_when');
    await expectKey(when, 'callback.ask_name');
    const why = await c.send('pourquoi faire ?');
    await expectKey(why, 'callback.why_name');
    await expectKey(await c.send('Sacha'), 'callback.ask_phone');
  });

  it('at the callback consent: a question with a yes in it saves nothing; the clear yes after it does', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Malo');
    await c.send('06 44 55 66 77');
    await c.send('peu importe');
    const replies = await c.send('oui mais vous rappelez quand');
    await expectKey(replies, 'contact.about.callback_when', 'vous');
    await expectKey(replies, 'callback.ask_consent', 'vous');
    expect(await c.records.listCallbacks()).toEqual([]);
    const cost = await c.send('ok et ça coûte quelque chose ?');
    await expectKey(cost, 'contact.about.free_callback', 'vous');
    expect(await c.records.listCallbacks()).toEqual([]);
    await expectKey(await c.send('oui'), 'callback.saved', 'vous');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: 'Malo', phone: '0644556677' })]);
  });
});

describe('the callback form keeps a name said with the request', () => {
  it.each([
    ["C'est Léa, pouvez-vous me rappeler au 06 12 34 56 78 ?", 'Léa', '0612345678', 'vous'],
    ['Yanis, rappelle moi au 0711223344 stp', 'Yanis', '0711223344', 'tu'],
    ["je m'appelle zoé et je voudrais être rappelée au 07 98 76 54 32", 'Zoé', '0798765432', 'tu'],
  ] as const)('"%s": the name and the number are kept, the moment is asked', async (request, name, phone, register) => {
    const c = await startConversation();
    await expectKey(await c.send(request), 'callback.ask_slot', register);
    const consent = await c.send('plutôt en fin de journée');
    await expectKey(consent, 'callback.ask_consent', register);
    await c.send('oui');
    expect(await c.records.listCallbacks()).toEqual([expect.objectContaining({ firstName: name, phone })]);
  });

  it('a word that is no name ("pressé") or a town is not taken for one: the name is asked', async () => {
    for (const request of ["c'est pressé, rappelez-moi au 06 12 34 56 78", 'Caen, rappelez-moi au 06 12 34 56 78']) {
      const c = await startConversation();
      // The register follows what the person wrote; the question is the first name's, whichever form.
      expect(read(await c.send(request))).toMatch(/quel est (?:ton|votre) prénom/);
    }
  });

  it.each(['plutôt vers 18h', 'en fin de journée svp', 'après 17 h'])('"%s" at the name question is the moment, not a name', async (moment) => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    const replies = await c.send(moment);
    await expectKey(replies, 'callback.noted.slot');
    await expectKey(replies, 'callback.ask_name');
  });
});

describe('the nearest office to a town, whose address our knowledge does not hold', () => {
  it.each([
    ['la mission locale la + proche de Vire c laquelle ?', 'contact.office.no_address.missions_locales', 'tu', true],
    ['Où se trouve la Mission Locale de Lisieux ? Mon fils voudrait y aller.', 'contact.office.no_address.missions_locales', 'vous', true],
    ['y a un cio pres de chez moi a falaise', 'contact.office.no_address.cio', 'tu', false],
    ["Pourriez-vous me donner l'adresse de l'agence France Travail d'Alençon ?", 'contact.office.no_address.france_travail', 'vous', false],
  ] as const)('"%s": said so, with how to find it and the free line, never a course or a trade card', async (question, key, register, viaLine) => {
    const c = await startConversation();
    const replies = await c.send(question);
    await expectKey(replies, key, register);
    const text = read(replies);
    expect(text).toContain('0800 050 000');
    // The Missions Locales' record says the free line knows the nearest one; the others get the line to be oriented.
    if (viaLine) expect(text).toMatch(/peut (?:t'|vous )indiquer la plus proche/);
    expect(text).not.toMatch(/le lieu le plus proche est|Pour « /);
  });

  it('what a Mission Locale is stays the FAQ answer', async () => {
    const c = await startConversation();
    await c.send("c'est quoi une mission locale ?");
    expect((await c.data()).lastFaq).toBe('mission-locale');
  });
});
