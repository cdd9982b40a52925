import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../dialogs/support/yes-no.js';
import { normalize } from '../../src/text/normalize.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { expectKey, startConversation } from './harness.js';

/** Replies to a yes/no question that are not a clear yes: none of them may record a consent. */
const NOT_A_YES = ['ok merci', 'non 1', 'x 1 y', '1', '2', 'nan 1', 'non, oui', 'oui mais non', 'oui… enfin non', 'pas du tout', 'oui non', 'bof', 'euh 1'];

describe('consent only on a clear yes', () => {
  it('reads a yes/no answer: a "non" anywhere wins, digits alone say nothing', () => {
    const cases: [string, 'yes' | 'no' | undefined][] = [
      ['oui', 'yes'], ['Oui, je partage', 'yes'], ['ouais vas-y', 'yes'], ['ok', 'yes'], ["d'accord", 'yes'], ['dac', 'yes'],
      ['oui pas de souci', 'yes'], ['bien sûr', 'yes'], ['Oui, rappelez-moi', 'yes'],
      ['non', 'no'], ['Non merci', 'no'], ['Non, annuler', 'no'], ['non 1', 'no'], ['nan 1', 'no'], ['oui mais non', 'no'],
      ['pas du tout', 'no'], ['je ne veux pas', 'no'], ['oui je veux pas', 'no'], ['non pas de souci', 'no'], ['surtout pas', 'no'],
      ['oui merci', 'yes'], ['oui je partage merci', 'yes'], ['ok oui merci', 'yes'],
      // An acknowledgement with thanks closes the exchange; it answers nothing (read as thanks instead).
      ['ok merci', undefined], ["d'accord merci beaucoup", undefined], ['ok super merci !', undefined], ['dac merci bonne journée', undefined],
      ['1', undefined], ['x 1 y', undefined], ['2', undefined], ['bof', undefined], ['', undefined], ['euh 1', undefined],
    ];
    for (const [text, expected] of cases) expect(readYesNo(normalize(text)), text).toBe(expected);
  });

  it('every yes and no quick reply of the knowledge reads as what it says', async () => {
    const messages = (await sharedKnowledge()).current.knowledge.messages;
    for (const key of ['choice.yes_consent', 'choice.yes_callback', 'choice.yes_transcript']) {
      for (const register of ['tu', 'vous'] as const) expect(readYesNo(normalize(messages.render(key, register))), key).toBe('yes');
    }
    for (const key of ['choice.no_consent', 'choice.no_callback', 'choice.no_transcript']) {
      for (const register of ['tu', 'vous'] as const) expect(readYesNo(normalize(messages.render(key, register))), key).toBe('no');
    }
  });

  it.each(NOT_A_YES)('"%s" to the sharing question records no consent', async (answer) => {
    const c = await startConversation();
    await c.send("je voudrais parler à quelqu'un");
    await c.send(answer);
    const code = (await c.data()).referenceCode as string;
    expect((await c.records.byCode(code))?.consent).toBe(false);
    expect((await c.records.byCode(code))?.transcriptConsent).toBe(false);
  });

  it('"ok merci" after the free number is thanked, and the summary is not shared', async () => {
    const c = await startConversation();
    await c.send("je voudrais parler à quelqu'un");
    const replies = await c.send('ok merci');
    expect(replies.map((a) => a.text ?? '').join(' ')).toMatch(/plaisir|de rien|n'hésite/i);
    const code = (await c.data()).referenceCode as string;
    expect((await c.records.byCode(code))?.consent).toBe(false);
  });

  it('a yes shares the summary only; the transcript needs a second, explicit yes', async () => {
    const c = await startConversation();
    await c.send("je voudrais parler à quelqu'un");
    await expectKey(await c.send('oui'), 'contact.ask_transcript');
    const code = (await c.data()).referenceCode as string;
    expect(await c.records.byCode(code)).toMatchObject({ consent: true, transcriptConsent: false });
    await expectKey(await c.send('non 1'), 'contact.shared');
    expect(await c.records.byCode(code)).toMatchObject({ consent: true, transcriptConsent: false });

    const d = await startConversation();
    await d.send("je voudrais parler à quelqu'un");
    await d.send('Oui, je partage');
    await expectKey(await d.send('Oui, toute la conversation'), 'contact.shared_all');
    expect(await d.records.byCode((await d.data()).referenceCode as string)).toMatchObject({ consent: true, transcriptConsent: true });
  });

  it('"non 1" to the callback consent saves nothing', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Julie');
    await c.send('06 12 34 56 78');
    await c.send('le matin');
    await expectKey(await c.send('non 1'), 'callback.cancelled');
    expect(await c.records.listCallbacks()).toEqual([]);
  });
});
