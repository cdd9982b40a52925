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
    expect(c.read(casual)).not.toMatch(/\b(?:vous|votre|vos)\b/i);
  });

  it('keeps tu for an employer who writes tu', async () => {
    const c = await startConversation();
    await c.send('je suis patron d’une boulangerie de 8 salariés');
    const r = await c.send('tu peux me dire les aides pour embaucher un apprenti ?');
    expect((await c.data()).profile.register).toBe('tu');
    expect(c.read(r)).not.toMatch(/\b(?:vous|votre|vos)\b/i);
  });
});
