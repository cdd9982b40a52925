import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A FAQ answer's tu text speaks to the apprentice ("préviens ton employeur", "tu as 5 semaines"): a parent or an
 * employer who writes tu gets the text written of both parties (the entry's vous), or the entry of their own side;
 * the apprentice who writes tu keeps the tu (round 13, beyond the rupture entries of round 12).
 */
describe('a FAQ answer speaks to the side that asks', () => {
  it.each([
    'mon fils est apprenti, il s est blessé au boulot tu sais ce qu on doit faire ?',
    'salut ma fille est apprentie elle a droit a combien de congés payés tu sais ?',
    'slt mon fils est en apprentissage, tu sais si son patron peut le faire bosser le dimanche ?',
  ])('a parent who writes tu: "%s"', async (question) => {
    const c = await startConversation();
    const replies = await c.send(question);
    expect(c.read(replies)).not.toMatch(/\b(?:ton employeur|ton patron|ta blessure|tu as droit|tu avais|tu as 5|tes congés|préviens)\b/i);
  });

  it('an employer who writes tu: "slt jai un apprenti dans mon garage, il s est blessé, tu sais quoi faire ?"', async () => {
    const c = await startConversation();
    const replies = await c.send('slt jai un apprenti dans mon garage, il s est blessé, tu sais quoi faire ?');
    expect(c.read(replies)).not.toMatch(/\b(?:ton employeur|ta blessure|préviens)\b/i);
  });

  it('the apprentice who writes tu keeps the tu: "je me suis blessé au taf je fais quoi ?"', async () => {
    const c = await startConversation();
    expect((await c.send('je me suis blessé au taf je fais quoi ?'))[0]?.text ?? '').toMatch(/ton employeur|ta blessure/);
  });
});
