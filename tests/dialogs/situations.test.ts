import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/**
 * A person who tells what happens to them gets the answer to their situation: an age, an amount or a number of
 * hours in the message is a detail of it, not the topic. Phrasings are ours, none of them in the training data.
 */
describe('situations told in the first person', () => {
  it.each([
    ["j'ai la fièvre depuis hier soir, je peux pas aller chez mon patron", 'arret-maladie'],
    ['gastro depuis cette nuit, je vais pas pouvoir aller au travail', 'arret-maladie'],
    ['jai 19 ans et je fais 43h par semaine cest normal ?', 'heures-supplementaires'],
    ['à 21 ans mon patron me fait travailler 46 heures par semaine', 'heures-supplementaires'],
    ["j'ai 34 ans et je suis reconnue travailleuse handicapée, c'est encore possible l'apprentissage ?", 'age-sans-limite'],
  ])('"%s" → %s', async (text, entry) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    const data = await c.data();
    expect(data.lastTopic).toBe('faq');
    expect(data.lastFaq).toBe(entry);
    expect(answer).not.toMatch(/aide de \d|Au revoir/);
  });

  it('a low payslip with its amount and no age: the grid and the age, then the comparison and what to do', async () => {
    // Round 6: a pay told is compared with the minimum (it was the FAQ entry on pay under the minimum, which is now
    // one click away from the comparison when the pay is under it).
    const c = await startConversation();
    const first = read(await c.send('sur ma fiche de paie y a 620 euros, je trouve ça peu'));
    expect(first).toMatch(/Moins de 18 ans : 27 %/);
    expect(first).toMatch(/Quel âge/);
    expect(first).not.toMatch(/aide de \d|Au revoir/);
    await c.send('19 ans');
    const compared = read(await c.send('1re année'));
    expect(compared).toMatch(/sous ce minimum/);
    expect(compared).toMatch(/médiateur de l'apprentissage/);
    expect(compared).toMatch(/\[Ma fiche de paie est inférieure au salaire minimum d'apprenti\]/);
  });

  it('an amount on a payslip is never read as an aid someone heard of', async () => {
    const c = await startConversation();
    const answer = read(await c.send('mon bulletin de paie dit 540 € pour le mois, c’est normal ?'));
    expect(answer).not.toMatch(/Je n'ai pas connaissance d'une aide/);
  });

  it('"45 heures par semaine à 20 ans" does not name the aid for job seekers aged 45 and over', async () => {
    const c = await startConversation();
    const answer = read(await c.send('je travaille 45 heures par semaine à 20 ans, on me paie pas les heures en plus'));
    expect(answer).not.toMatch(/45 ans/);
  });

  it.each([
    ['la journée portes ouvertes du CFA de Caen c’est quand ?', 'tu'],
    ['vous auriez le téléphone du lycée de Coutances ?', 'vous'],
    ["le mail de l'école de Rouen svp", 'tu'],
  ] as const)(
    '"%s": no record of it, said so, with the free line and a callback',
    async (text, register) => {
      const c = await startConversation();
      const replies = await c.send(text);
      await expectKey(replies, 'smalltalk.no_record', register);
      expect(read(replies)).toMatch(/0800 050 000/);
      expect(read(replies)).toMatch(/\[Être rappelé|rappel/i);
    },
  );
});

describe('who asks', () => {
  it.each([
    ["moi je suis apprentie, je la demande comment l'aide à l'embauche ?", 'tu'],
    ["Mon fils est apprenti, comment obtenir l'aide à l'embauche pour lui ?", 'vous'],
  ] as const)('"%s": the hiring aid is the employer\'s, not the employer\'s steps', async (text, register) => {
    const c = await startConversation();
    const replies = await c.send(text);
    await expectKey(replies, 'aids.employer_only', register);
    expect(replies[0]?.text ?? '').not.toMatch(/Si (tu embauches|vous embauchez)/);
  });

  it('an employer asking the same still gets the aid and its steps', async () => {
    const c = await startConversation();
    const text = read(await c.send("je suis gérant d'une PME, comment obtenir l'aide à l'embauche d'un apprenti ?"));
    expect(text).not.toMatch(/pas à l'apprenti/);
  });
});
