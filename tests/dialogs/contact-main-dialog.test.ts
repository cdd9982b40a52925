import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('contact dialog', () => {
  it('gives the free line, a reference code, and shares the summary only with consent', async () => {
    const c = await startConversation();
    const replies = await c.send("je voudrais parler à quelqu'un");
    await expectKey(replies, 'contact.human');
    await expectKey(replies, 'contact.ask_share');
    const text = read(replies);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/<tel:0800050000>/);
    const code = (await c.data()).referenceCode as string;
    expect(code).toMatch(/^[0-9A-Z]{6}$/);
    expect((await c.records.byCode(code))?.consent).toBe(false);

    // The summary first; the messages themselves only with a second yes.
    await expectKey(await c.send('Oui, je partage'), 'contact.ask_transcript');
    await expectKey(await c.send('Non, le résumé suffit'), 'contact.shared');
    const record = await c.records.byCode(code);
    expect(record?.consent).toBe(true);
    expect(record?.transcriptConsent).toBe(false);
    expect(record?.summary).toMatchObject({ last_topic: 'contact' });
  });

  it('the sharing question names only what was kept, in one short paragraph (review 26, J4 and X1)', async () => {
    const c = await startConversation();
    await c.send("mon patron me fait bosser le dimanche c normal ? j'ai 17 ans");
    const ask = read(await c.send('je peux parler a qqun de vrai ?'));
    const question = ask.split('\n').find((line) => /voie ce que j'ai retenu/.test(line)) ?? '';
    expect(question).toMatch(/\(.*l'âge.*le dernier sujet\)/);
    expect(question).not.toMatch(/taille de l'entreprise|handicap|aides montrées|la ville/);
    expect(question.length).toBeLessThan(170);
    const record = await c.records.byCode((await c.data()).referenceCode as string);
    expect(record?.consent).toBe(false);
  });

  it('does not share when the person says no', async () => {
    const c = await startConversation();
    await c.send('je veux parler à un conseiller');
    await expectKey(await c.send('non merci'), 'contact.not_shared');
    expect((await c.records.byCode((await c.data()).referenceCode as string))?.consent).toBe(false);
  });

  it('takes a callback request, validates the phone, and confirms only once saved', async () => {
    const c = await startConversation();
    await expectKey(await c.send('je veux être rappelé'), 'callback.ask_name');
    await expectKey(await c.send('Julie'), 'callback.ask_phone');
    await expectKey(await c.send('12 34'), 'callback.bad_phone');
    expect(await c.records.listCallbacks()).toEqual([]);
    await expectKey(await c.send('06 12 34 56 78'), 'callback.ask_slot');
    await expectKey(await c.send('le matin'), 'callback.ask_consent');
    expect(await c.records.listCallbacks()).toEqual([]);
    const saved = await c.send('Oui, rappelez-moi');
    await expectKey(saved, 'callback.saved');
    const [callback] = await c.records.listCallbacks();
    expect(callback).toMatchObject({ firstName: 'Julie', phone: '0612345678', timeSlot: 'Le matin', status: 'new' });
  });

  it('saves nothing without consent', async () => {
    const c = await startConversation();
    await c.send('rappelez-moi svp');
    await c.send('Karim');
    await c.send('0612345678');
    await c.send("l'après-midi");
    await expectKey(await c.send('non'), 'callback.cancelled');
    expect(await c.records.listCallbacks()).toEqual([]);
  });
});

describe('main dialog: small talk, fallback and interruptions', () => {
  it.each([
    ['bonjour', 'smalltalk.greeting'],
    ['merci beaucoup', 'smalltalk.thanks'],
    ['au revoir', 'smalltalk.goodbye'],
    ["t'es un robot ?", 'smalltalk.bot_identity'],
    ["t'es nul", 'smalltalk.insult'],
    ['météo demain', 'smalltalk.out_of_scope'],
    ['qsdfghjklm wxcvbn', 'fallback.first'],
    ['qsd fgh jkl ?', 'fallback.first'],
    ['xcv bnm', 'fallback.first'],
    ['😀😀😀', 'fallback.empty'],
    ['...', 'fallback.empty'],
    ['hello I want an apprenticeship', 'fallback.english'],
  ])('%s → %s', async (text, key) => {
    const c = await startConversation();
    const replies = await c.send(text);
    await expectKey(replies, key);
  });

  it('never leaves a dead end: the fallback offers topics, the line and a callback, and insists the second time', async () => {
    const c = await startConversation();
    const first = await c.send('qsdfghjklm wxcvbn');
    expect(read(first)).toMatch(/\[Parler à un conseiller\][\s\S]*\[Être rappelé\]/);
    expect(read(first)).toMatch(/<tel:0800050000>/);
    await expectKey(await c.send('zxcvbnmqwrt'), 'fallback.again');
  });

  it('handles hostile input without breaking the turn', async () => {
    const c = await startConversation();
    for (const text of ["'; DROP TABLE users; --", '<script>alert(1)</script><img src=x onerror=alert(1)>', 'x'.repeat(50_000), '\u0000\u0007', '{{constructor}} ${process.exit()}']) {
      const replies = await c.send(text);
      expect(replies.length).toBeGreaterThan(0);
      expect(read(replies)).not.toMatch(/<script|onerror=|undefined|\[object|NaN|at .*\.ts:\d+/);
    }
  });

  it.each([
    ['recommencer', 'restart.done'],
    ['aide', 'help.menu'],
    ['je veux parler à un conseiller', 'contact.human'],
    ['effacer ma conversation', 'erase.done'],
  ])('interrupts a waiting question: %s', async (text, key) => {
    const c = await startConversation();
    await expectKey(await c.send('combien gagne un apprenti'), 'ask.age');
    await expectKey(await c.send(text), key);
  });

  it('drops a waiting question when the subject clearly changes', async () => {
    const c = await startConversation();
    await expectKey(await c.send('combien gagne un apprenti'), 'ask.age');
    await expectKey(await c.send('je veux devenir boulanger'), 'trade.answer');
  });

  it.each(['vous êtes une intelligence artificielle ?', "t'es une IA ou un vrai conseiller ?"])('"%s" asks about the bot, and sets no trade of the person', async (text) => {
    const c = await startConversation();
    await c.send(text);
    expect((await c.data()).profile.tradeCode).toBeUndefined();
  });

  // Code-blind review 7 (X04): "combien de temps vous gardez ?" erased the conversation it asked about.
  it.each([
    ['combien de temps vous gardez mes messages ?', 'vous'],
    ['vous conservez ce que j\'écris ?', 'vous'],
    ['dans combien de temps mes données sont supprimées ?', 'tu'],
    ['tu gardes mes infos ?', 'tu'],
  ] as const)('"%s" is told what is kept and for how long, and loses nothing', async (text, register) => {
    const c = await startConversation();
    await c.send("j'ai 17 ans, je veux être boulanger à Caen");
    const replies = await c.send(text);
    await expectKey(replies, 'smalltalk.privacy', register);
    expect(read(replies)).toMatch(/30 jours après le dernier/);
    expect((await c.data()).profile).toMatchObject({ age: 17 });
  });

  it.each(['vous pouvez effacer mes données ?', 'supprime tout ce que je t\'ai dit'])('"%s" still erases', async (text) => {
    const c = await startConversation();
    await c.send("j'ai 17 ans, je veux être boulanger à Caen");
    await expectKey(await c.send(text), 'erase.done', text.startsWith('vous') ? 'vous' : 'tu');
  });

  it('forgets what it was told on "recommencer"', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans combien je gagne");
    await c.send('recommencer');
    expect((await c.data()).profile).toEqual({});
  });
});
