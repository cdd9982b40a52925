import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation, type Conversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/** A callback form brought to its consent question, in the register the opening sets. */
async function atConsent(opening = 'je voudrais être rappelé', name = 'Julie', phone = '06 12 34 56 78', slot = 'demain matin'): Promise<Conversation> {
  const c = await startConversation();
  await c.send(opening);
  await c.send(name);
  await c.send(phone);
  await c.send(slot);
  return c;
}

/**
 * Round 27 (issue 11): a thank-you at the callback form's consent question was read as a refusal, and the request was
 * cancelled. A thank-you that accepts ("ok merci") is a yes; thanks alone ("merci") is asked again plainly; a "non"
 * anywhere stays a refusal (consent-thanks.ts).
 */
describe('a thank-you at the consent question is never a refusal', () => {
  it.each([['ok merci !'], ["d'accord merci"], ['oki merci bcp'], ['parfait merci'], ['super merci beaucoup'], ['ok merci a vous'], ['dac merci'], ['ah ok super merci']])(
    '"%s" accepts: the request is saved',
    async (message) => {
      const c = await atConsent();
      // "merci à vous" turns the register to vous: the saved line is read in either.
      expect(plain(read(await c.send(message)))).toMatch(/^C'est enregistré, Julie : un conseiller (?:te|vous) rappellera/);
      expect(await c.records.listCallbacks()).toHaveLength(1);
    },
  );

  it.each([['merci'], ['merci beaucoup'], ['Merci !'], ['mrc'], ['merci bcp'], ['je vous remercie'], ["c'est bon merci"], ['merci mille fois']])(
    '"%s" alone is asked again plainly, nothing saved and nothing cancelled',
    async (message) => {
      const c = await atConsent();
      const replies = await c.send(message);
      expect(plain(read(replies))).toMatch(/^Je confirme : /);
      expect(plain(read(replies))).not.toMatch(/je n'enregistre rien/);
      expect(await c.records.listCallbacks()).toEqual([]);
      expect(plain(read(await c.send('oui')))).toMatch(/^C'est enregistré/);
    },
  );

  it('vous is kept in the plain question again', async () => {
    const c = await atConsent('pouvez-vous me rappeler svp', 'Marc', '07 11 22 33 44', 'le soir');
    await expectKey(await c.send('merci beaucoup'), 'callback.confirm_consent', 'vous');
  });

  it.each([['non merci'], ['non'], ['non 1'], ['nan merci ça ira'], ['non merci c bon']])('"%s" stays a refusal', async (message) => {
    const c = await atConsent();
    await expectKey(await c.send(message), 'callback.cancelled');
    expect(await c.records.listCallbacks()).toEqual([]);
  });

  it.each([['oui'], ['oui merci'], ['ok'], ["oui d'accord"]])('"%s" stays a yes', async (message) => {
    const c = await atConsent();
    await expectKey(await c.send(message), 'callback.saved');
  });
});

/** A question typed in the middle of the form is answered, and one short sentence says the form goes on at that step. */
describe('a question in the middle of the form: answered, then the same step again', () => {
  it.each([
    ['c payé combien un apprenti de 17 ans ?', 'callback.ask_phone'],
    ["c'est quoi le smic en ce moment ?", 'callback.ask_phone'],
  ])('"%s" at the phone step', async (question, key) => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Julie');
    const replies = await c.send(question);
    expect(plain(read(replies))).toMatch(/Je reprends ta demande de rappel\./);
    await expectKey(replies, key);
  });

  it('at the time step, vous', async () => {
    const c = await startConversation();
    await c.send('pouvez-vous me rappeler ?');
    await c.send('Paul');
    await c.send('06 12 34 56 78');
    const replies = await c.send('Combien gagne un apprenti de 18 ans en première année ?');
    expect(plain(read(replies))).toMatch(/Je reprends votre demande de rappel\./);
    await expectKey(replies, 'callback.ask_slot', 'vous');
  });

  it('a number typed before the form fills the phone; a time typed at the first-name question is a time', async () => {
    const c = await startConversation();
    await c.send('mon num c 0612345678 rappelez moi');
    const slot = await c.send('plutot le matin');
    expect(plain(read(slot))).toMatch(/le matin/);
    expect(plain(read(slot))).not.toMatch(/Merci Plutot|Merci plutot/i);
    const consent = await c.send('Léa');
    await expectKey(consent, 'callback.ask_consent');
    expect(plain(read(consent))).toMatch(/06 12 34 56 78/);
  });
});
