import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A question the bot waits for comes back once after another answer ("Et pour revenir à ma question"), not after
 * every answer: someone who moved on twice is not asked again (review 5: the same question nagged).
 */
describe('a waiting question comes back once', () => {
  it('after the first other question, then no more', async () => {
    const c = await startConversation();
    expect(read(await c.send('un apprenti touche combien ?'))).toMatch(/quel âge/i);
    expect(read(await c.send("c'est quoi la période d'essai ?"))).toMatch(/revenir à ma question/i);
    expect(read(await c.send('et les congés payés ?'))).not.toMatch(/revenir à ma question/i);
    expect(read(await c.send("le cfa c'est gratuit ?"))).not.toMatch(/revenir à ma question/i);
  });
});
