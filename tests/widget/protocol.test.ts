import { describe, expect, it } from 'vitest';
import { parseActivity, parseActivitySet } from '../../widget/app/protocol.js';
import { actionLink, actionRequest } from '../../widget/app/render/actions.js';

describe('parseActivitySet', () => {
  it('keeps well-formed activities and drops the rest', () => {
    const set = parseActivitySet({
      watermark: '3',
      activities: [
        { type: 'message', id: 'a1', from: { id: 'bot', role: 'bot' }, text: 'Bonjour', suggestedActions: { actions: [{ type: 'imBack', title: 'Oui', value: 'oui' }, { type: 'imBack' }] } },
        { id: 'no-type' },
        'nonsense',
        { type: 'message', id: 'a2', from: { id: 'u1' }, text: 5, channelData: { clientActivityID: 'c1' } },
      ],
    });
    expect(set?.watermark).toBe('3');
    expect(set?.activities.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(set?.activities[0]?.suggestedActions).toEqual([{ type: 'imBack', title: 'Oui', value: 'oui' }]);
    expect(set?.activities[1]?.text).toBe('5');
    expect(set?.activities[1]?.clientActivityId).toBe('c1');
  });

  it('refuses a frame without an activities array', () => {
    expect(parseActivitySet({ activities: 'x' })).toBeUndefined();
    expect(parseActivitySet(null)).toBeUndefined();
  });

  it('ignores attachments without a content type', () => {
    const a = parseActivity({ type: 'message', attachments: [{ content: {} }, { contentType: 'application/vnd.microsoft.card.hero', content: {} }] });
    expect(a?.attachments).toHaveLength(1);
  });
});

describe('card actions', () => {
  it('maps imBack, postBack and messageBack like Web Chat', () => {
    expect(actionRequest({ type: 'imBack', title: 'Salaire', value: 'salaire' })).toEqual({ text: 'salaire', display: 'salaire' });
    expect(actionRequest({ type: 'postBack', title: 'Menu', value: 'menu' })).toEqual({ text: 'menu', display: undefined });
    expect(actionRequest({ type: 'postBack', title: 'Menu', value: { go: 'menu' } })).toEqual({ text: '', display: undefined, value: { go: 'menu' } });
    expect(actionRequest({ type: 'messageBack', title: 'T', value: { a: 1 }, text: 't', displayText: 'Vu' })).toEqual({ text: 't', display: 'Vu', value: { a: 1 } });
    expect(actionRequest({ type: 'openUrl', title: 'x', value: 'https://a.fr' })).toBeUndefined();
  });

  it('renders openUrl/call only for https: and tel:', () => {
    expect(actionLink({ type: 'openUrl', title: 'ONISEP', value: 'https://www.onisep.fr/' })).toBe('https://www.onisep.fr/');
    expect(actionLink({ type: 'openUrl', title: 'Appeler', value: 'tel:0800050000' })).toBe('tel:0800050000');
    expect(actionLink({ type: 'call', title: 'Appeler', value: '0800 050 000' })).toBe('tel:0800050000');
    expect(actionLink({ type: 'openUrl', title: 'x', value: 'javascript:alert(1)' })).toBeUndefined();
    expect(actionLink({ type: 'openUrl', title: 'x', value: 'http://insecure.fr' })).toBeUndefined();
  });
});
