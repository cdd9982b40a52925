import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 17: a delay asked in a few words right after an answer ("ça prend combien de temps ?" after the steps to hire)
 * got "my last answer does not cover this" although a sentence of it gives the delay (the OPCO's 20 days). The two share
 * no word, so a delay asked and a delay given are one concept of the answer's parts ('@delay'), and a bare delay
 * question points back at the answer just given.
 */
describe('a delay asked after an answer meets the sentence that gives it', () => {
  it.each([
    ["Nous voulons recruter un apprenti, par où commencer ?", 'ça prend combien de temps ?', /5 jours ouvrables|20 jours/],
    ["je suis patron, j'ai trouvé mon apprenti, je fais quoi maintenant ?", 'et quel délai ?', /5 jours ouvrables|20 jours/],
    ["C'est quoi le Cerfa du contrat d'apprentissage ?", "l'opco met combien de temps ?", /20 jours/],
  ])('"%s" then "%s"', async (first, second, expected) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvre pas/);
  });

  it('a delay asked with words of its own stays a question of its own', async () => {
    const c = await startConversation();
    await c.send("Nous voulons recruter un apprenti, par où commencer ?");
    const text = plain(read(await c.send('combien de temps dure un contrat d apprentissage ?')));
    expect(text).toMatch(/de 6 mois à 3 ans/);
  });

  it('"ça prend longtemps ?" is no agreement', async () => {
    const c = await startConversation();
    await c.send("je suis patron, j'ai trouvé mon apprenti, je fais quoi maintenant ?");
    const text = plain(read(await c.send('ça prend longtemps ?')));
    expect(text).not.toMatch(/^D'accord/);
  });
});
