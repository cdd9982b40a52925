import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A rule the bot states is applied to what the person told (round 10): an aid's pay threshold against the legal
 * minimum pay of their age and contract year, a derogation against its age condition.
 */
describe("an aid's pay threshold is checked against the minimum pay of the person's age (round 10)", () => {
  it.each([
    ["salut g 19 ans je suis en 1ere annee de bac pro en alternance", "et la prime d'activité jy ai droit ?", /43 % du SMIC/, /1re année/],
    ['Bonjour, mon fils a 18 ans, il est apprenti en 2e année', "peut-il toucher la prime d'activité de la CAF ?", /51 % du SMIC/, /2e année/],
    ["j'ai 21 ans, apprentie en 2e année", 'prime d activite possible pour moi ?', /61 % du SMIC/, /2e année/],
    ["jsuis apprentie j'ai 22 ans 1ere annee", "la prime d'activité je peux la demander ?", /53 % du SMIC/, /1re année/],
  ])('"%s" then "%s": unlikely at that pay, with the figures and the CAF simulator', async (first, question, figure, year) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(question));
    expect(text).toMatch(/peu probable/);
    // The legal threshold (CSS L842-2 3°): a net pay above 55 % of the SMIC × 169 h, on the SMIC of 1 June 2026.
    expect(text.replace(/[\u202f\u00a0]/g, ' ')).toMatch(/salaire net de plus de 1 144,21 € par mois/);
    expect(text).toMatch(figure);
    expect(text).toMatch(year);
    expect(text).toMatch(/€ brut par mois/);
    expect(text).toMatch(/simulateur de la CAF/);
    expect(text).not.toMatch(/^Dès 18 ans, un apprenti peut toucher/);
  });

  it.each([
    ["j'ai 26 ans, apprenti en 1re année", "j'ai droit à la prime d'activité ?"],
    ["j'ai 23 ans et je suis en 3e année", "la prime d'activité c'est pour moi ?"],
    // 67 % of the SMIC in the 3rd year at 18-20 (1 250,90 € gross) is above the threshold.
    ["j'ai 20 ans", 'prime d activite possible pour moi ?'],
  ])('"%s": at or above the threshold the aid is explained, not ruled out', async (first, question) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(question));
    expect(text).not.toMatch(/peu probable|ne te concerne pas/);
    expect(text).toMatch(/78 % du SMIC/);
  });

  it('without an age, the threshold is stated, not judged', async () => {
    const c = await startConversation();
    const text = read(await c.send("c'est quoi la prime d'activité pour un apprenti ?"));
    expect(text).toMatch(/78 % du SMIC/);
    expect(text).not.toMatch(/peu probable/);
  });
});

describe('a night-work derogation is not told to someone it does not apply to (round 10)', () => {
  it.each([
    ['mon fils a 15 ans, apprenti en boulangerie, il peut commencer à 4h du matin ?'],
    ['Bonjour, notre apprentie a 15 ans, en pâtisserie, elle peut travailler dès 5 h du matin ?'],
  ])('"%s": not before 6 h under 16, the bakery derogation being for 16-17', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/^Non|Avant 16 ans/);
    expect(text).toMatch(/20 h et 6 h/);
    expect(text).toMatch(/qu'à partir de 16 ans/);
  });

  it('the age told before counts: a 15-year-old asking about night work hears the under-16 rule', async () => {
    const c = await startConversation();
    await c.send("j'ai 15 ans et je vais faire un cap boulanger");
    const text = read(await c.send('le patron veut que je commence à 4h du matin c autorisé ?'));
    expect(text).toMatch(/avant 16 ans/i);
    expect(text).toMatch(/qu'à partir de 16 ans/);
  });

  it('at 16 or 17 the derogation is still told', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans");
    const text = read(await c.send('apprenti boulanger mineur, travailler à partir de 4 h du matin c possible ?'));
    expect(text).toMatch(/dès 4 h|à partir de 4 h/);
    expect(text).not.toMatch(/qu'à partir de 16 ans/);
  });
});

describe('a birthday said to be coming: the grid of today, then the next band from the month after (round 10)', () => {
  it.each([
    ["g 20 ans mais jaurai 21 ans le mois prochain, en 2eme annee, je touche combien ?", /À 20 ans, en 2e année/, /À tes 21 ans[\s\S]*mois qui suit ton anniversaire[\s\S]*61 % du SMIC/],
    ['Ma fille est en 1re année de CAP, elle aura 18 ans dans trois mois : quel salaire ?', /À 17 ans, en 1re année/, /À 18 ans[\s\S]*mois qui suit l'anniversaire[\s\S]*43 % du SMIC/],
    ["bientôt 26 ans, je suis en 3e année d'apprentissage, c'est quoi mon salaire mini ?", /À 25 ans, en 3e année/, /26 ans[\s\S]*100 % du SMIC/],
  ])('"%s"', async (message, now, later) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(now);
    expect(text).toMatch(later);
  });

  it('the coming age given as the answer to "Quel âge as-tu ?" shows today\'s grid and says when the next applies', async () => {
    const c = await startConversation();
    await c.send("c'est combien le salaire d'un apprenti ?");
    const text = read(await c.send("21 ans en avril"));
    expect(text).toMatch(/À 20 ans/);
    expect(text).toMatch(/mois qui suit ton anniversaire[\s\S]*53 %, 61 % puis 78 % du SMIC/);
  });

  it('a coming birthday inside the same band changes nothing', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 19 ans, j'aurai 20 ans en mai, je suis en 1re année, combien je gagne ?"));
    expect(text).toMatch(/À 19 ans, en 1re année/);
    expect(text).not.toMatch(/tranche d'âge suivante/);
  });

  it('an age told later without a birthday forgets the coming one', async () => {
    const c = await startConversation();
    await c.send("j'aurai 21 ans en mars, je suis en 1re année, mon salaire ?");
    const text = read(await c.send("non en fait j'ai 23 ans"));
    expect(text).toMatch(/23 ans/);
    expect(text).not.toMatch(/tranche d'âge suivante/);
  });
});

describe('thanks while a question waits are thanked, and the question is kept (round 10)', () => {
  it.each([
    // Round 12: "c'est quoi les aides pour moi ?" is answered first now (the young person's aids); a message naming
    // the aids of both sides still asks who is asking, and that question waits the same way.
    ['aides apprentis et employeurs ?', 'merci !', /dis-moi qui tu es/],
    ['Bonjour, je cherche une formation en alternance', 'ok merci', /Quelle formation cherches-tu/],
    ['je sais pas du tout quoi faire plus tard', 'merci bcp', /Qu'est-ce que tu aimes faire/],
  ])('"%s" then "%s"', async (first, thanks, question) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(thanks));
    expect(text).toMatch(/Avec plaisir|De rien/);
    expect(text).not.toMatch(/Choisis dans la liste|Je n'ai pas reconnu/);
    expect(text).toMatch(question);
  });
});
