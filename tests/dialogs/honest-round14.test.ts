import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** "17a", "17 a", "17ans": the SMS shortenings of an age answer the question "Quel âge as-tu ?" like "17 ans". */
describe('an age told in SMS spelling', () => {
  it.each(['17a', '17 a', '17ans', 'moi 17a'])('"%s" after the pay question', async (message) => {
    const c = await startConversation();
    await c.send('combien gagne un apprenti ?');
    const text = c.read(await c.send(message));
    expect(text).toMatch(/À 17 ans/);
    expect((await c.data()).profile.age).toBe(17);
  });

  it('"17 avril" is a date, not an age', async () => {
    const c = await startConversation();
    await c.send('mon contrat commence le 17 avril');
    expect((await c.data()).profile.age).toBeUndefined();
  });
});
