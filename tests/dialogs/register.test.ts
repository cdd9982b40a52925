import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

describe('the register follows the person (issue 12 item 5)', () => {
  it('answers with vous as soon as a young person writes vous, and with tu when they write tu again', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans et je suis en 3e");
    const polite = await c.send('pouvez-vous me dire combien je vais gagner en apprentissage ?');
    expect((await c.data()).profile.register).toBe('vous');
    expect(c.read(polite)).not.toMatch(/\b(?:tu|ton|ta|tes)\b/i);
    const casual = await c.send('et toi tu sais pour les aides ?');
    expect((await c.data()).profile.register).toBe('tu');
    expect(c.read(casual)).not.toMatch(/(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu);
  });

  it('keeps tu for an employer who writes tu', async () => {
    const c = await startConversation();
    await c.send('je suis patron d’une boulangerie de 8 salariés');
    const r = await c.send('tu peux me dire les aides pour embaucher un apprenti ?');
    expect((await c.data()).profile.register).toBe('tu');
    expect(c.read(r)).not.toMatch(/(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu);
  });

  it('answers in vous an adult who writes formally without addressing anyone, over several turns', async () => {
    const c = await startConversation();
    const first = await c.send("Bonjour, j'ai 38 ans, je travaille dans un entrepôt à Rouen et j'aimerais devenir boulanger. Est-ce encore possible ?");
    expect(c.read(first)).not.toMatch(/(?<!\p{L})(?:tu|ton|ta|tes|toi)(?!\p{L})/iu);
    const pay = await c.send('Combien serai-je rémunéré ?');
    expect((await c.data()).profile.register).toBe('vous');
    expect(c.read(pay)).not.toMatch(/(?<!\p{L})(?:tu|ton|ta|tes|toi)(?!\p{L})/iu);
  });

  it('answers in tu an artisan who writes SMS, whatever the persona guess', async () => {
    const c = await startConversation();
    const r = await c.send('salut, jsuis carreleur a mon compte pres de lisieux, jveux prendre un apprenti en cap, ya des aides ?');
    expect((await c.data()).profile.register).toBe('tu');
    expect(c.read(r)).not.toMatch(/(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu);
  });

  it('keeps tu for a young person who asks about "votre numéro"', async () => {
    const c = await startConversation();
    await c.send('jhabite au havre je cherche un cap cuisine');
    const r = await c.send('je peux appeler votre numero gratuit ?');
    expect(c.read(r)).not.toMatch(/(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu);
  });
});
