import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * An employer's aid follow-up that names another diploma by the apprentice who prepares it ("et pour un apprenti
 * ingénieur ?") is computed again for that level: the amounts of aides.yaml for level 7, not the last answer's.
 * Phrasings written by the team.
 */
describe('the hiring aid computed again for the level of a follow-up', () => {
  it.each([
    ['nous sommes 400 salariés, quelle aide pour un apprenti en BTS ?', 'et pour un apprenti ingénieur ?'],
    ['On est une boîte de 300 personnes, on prend une alternante en BTS, quelle aide ?', 'et si c’est une alternante ingénieur ?'],
  ])('"%s" then "%s"', async (first, second) => {
    const c = await startConversation();
    const before = read(await c.send(first));
    const after = read(await c.send(second));
    expect(before).toMatch(/1\s?500\s?€/);
    expect(after).toMatch(/750\s?€/);
    expect(after).not.toMatch(/1\s?500\s?€/);
  });
});
