import { describe, expect, it } from 'vitest';
import { recapTokenHash } from '../../src/services/recap-store.js';
import { read, startConversation } from './harness.js';

const URL_RE = /https:\/\/bot\.example\.fr\/recap\/([A-Za-z0-9_-]{22})/;

describe('Mon récap (dialog)', () => {
  it('at the end of the guided path offers "Mon récap"; the page holds the trade, places with km, pay for the age and aids with sources', async () => {
    const c = await startConversation();
    await c.send('je sais pas quoi faire');
    await c.send("j'aime cuisiner");
    await c.send('16 ans');
    await c.send("j'ai fini la 3e");
    await c.send('Caen');
    const card = await c.send('Cuisinier');
    expect(card.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toContain('Mon récap');

    const replies = await c.send('Mon récap');
    const text = read(replies);
    const token = URL_RE.exec(text)?.[1];
    expect(token, text).toBeDefined();
    expect(text).toContain('Ouvrir mon récap');
    const stored = await c.recaps.get(token!, 0);
    const doc = stored!.document;
    expect(doc.register).toBe('tu');
    const section = (id: string) => doc.sections.find((s) => s.id === id);
    expect(section('trade')?.items[0]?.text).toMatch(/Cuisinier/);
    expect(section('diplomas')?.items.length).toBeGreaterThan(0);
    expect(section('diplomas')?.items[0]?.text).toMatch(/niveau \d/);
    expect(section('places')?.items[0]?.text).toMatch(/ km$/);
    expect(section('places')?.items[0]?.details.join(' ')).toMatch(/offre 20\d\d/);
    expect(section('places')?.sources.join(' ')).toMatch(/données du/);
    expect(section('pay')?.table.map((r) => r.title)).toEqual(['1re année', '2e année', '3e année']);
    expect(section('pay')?.sources[0]).toMatch(/SMIC/);
    expect(section('aids')?.items.length).toBeGreaterThan(0);
    expect(section('aids')?.items[0]?.source).toMatch(/^Source :/);
    expect(section('aids')?.items[0]?.link?.url).toMatch(/^https:\/\//);
    expect(section('contacts')?.items.map((i) => i.text).join('\n')).toMatch(/0800|Mission Locale|La bonne alternance/);
    expect(section('contacts')?.items.some((i) => i.link?.url === 'tel:+33800050000')).toBe(true);
    expect(doc.map?.places.length).toBe(section('places')?.items.length);
    expect(doc.code).toMatch(/^[0-9A-Z]{3} [0-9A-Z]{3}$/);
    expect((await c.data()).referenceCode).toBe(doc.code.replace(' ', ''));
  });

  it('answers a typed "mon récap" at any point, even while a question waits, and keeps the same address after', async () => {
    const c = await startConversation();
    await c.send('combien gagne un apprenti ?');
    const first = read(await c.send('mon recap stp'));
    const token = URL_RE.exec(first)?.[1];
    expect(token, first).toBeDefined();
    // Nothing known yet: the reply says the page is still light.
    expect(first).toMatch(/encore léger/);
    await c.send("j'ai 19 ans");
    const again = read(await c.send('Mon Récapitulatif'));
    expect(URL_RE.exec(again)?.[1]).toBe(token);
    // Asked again, the same page now holds the pay for 19 (the bot also rewrites it after each turn: see tests/recap).
    const after = await c.recaps.get(token!, 0);
    expect(after?.document.sections.find((s) => s.id === 'pay')?.heading).toMatch(/19 ans/);
  });

  it('uses "vous" for a parent, and "effacer ma conversation" deletes the page', async () => {
    const c = await startConversation();
    await c.send('je suis parent, mon fils a 17 ans');
    const text = read(await c.send('mon récap'));
    const token = URL_RE.exec(text)?.[1];
    expect(text).toMatch(/votre récapitulatif/i);
    expect((await c.recaps.get(token!, 0))?.document.register).toBe('vous');
    await c.send('effacer ma conversation');
    expect(await c.recaps.get(token!, 0)).toBeUndefined();
    expect(recapTokenHash(token!)).not.toContain(token!);
  });
});
