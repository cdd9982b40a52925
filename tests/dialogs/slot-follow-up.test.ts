import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A question waiting for a detail (a course, a town) never eats a follow-up of the last answer: "et l'an prochain ?"
 * after the pay is the next contract year's pay, and the waiting question comes back after it.
 */
describe('a pending detail question and a follow-up of the last answer', () => {
  it.each([["et l'an prochain ?"], ['et l an d apres'], ["Et l'an suivant alors ?"]])(
    'pay, then "Où me former ?", then "%s": the 2nd year, then the course asked again',
    async (followUp) => {
      const c = await startConversation();
      await c.send('combien je gagne à 17 ans en apprentissage');
      await c.send('Où me former ?');
      const replies = read(await c.send(followUp));
      expect(replies).toMatch(/2e année/);
      expect(replies).not.toMatch(/pas reconnu la formation/);
      expect(replies).toMatch(/Quelle formation/);
      expect((await c.data()).profile.contractYear).toBe(2);
    },
  );

  it(`while the town is asked for a course, "et l'an prochain ?" after the pay gives the next year; a town still answers`, async () => {
    const c = await startConversation();
    await c.send('jai 18 ans ca paye combien');
    const asked = read(await c.send('et un cap coiffure je peux le faire où ?'));
    expect(asked).toMatch(/CAP/);
    expect((await c.data()).awaiting).toBe('commune');
    const followUp = read(await c.send("et l'an prochain ?"));
    expect(followUp).toMatch(/2e année/);
    expect(followUp).not.toMatch(/ne trouve pas cette ville/);
    expect(read(await c.send('Lisieux'))).toMatch(/Lisieux/);
  });
});
