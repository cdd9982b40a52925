import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * What the bot knows about the person, applied in every answer (round 6). Wordings of our own: SMS, parents,
 * employers, the detail told first in a story and the question asked later.
 */
describe('a pay told is compared with the minimum of the known age and year', () => {
  it.each([
    // age and year in the same message, under the minimum (17, 1st year: 504,10 €)
    ["jsuis en 1ere annee jai 17 ans et mon patron me file 420 euros brut", /17 ans, en 1re année/, /sous ce minimum : il manque 84,10 €/],
    // a parent, in vous, at the minimum (18, 2nd year: 952,18 €)
    ['Notre fils a 18 ans, il est en deuxième année et son employeur lui verse 952 € brut par mois.', /18 ans, en 2e année/, /correspondent à ce minimum/],
    // above it
    ['elle a 20 ans en 3e année et sa boîte lui verse 1400 euros', /20 ans, en 3e année/, /au-dessus de ce minimum/],
  ])('"%s"', async (text, figure, verdict) => {
    const c = await startConversation();
    const reply = read(await c.send(text));
    expect(reply).toMatch(figure);
    expect(reply).toMatch(verdict);
    expect(reply).not.toMatch(/connaissance d'une aide/);
  });

  it('under the minimum, what to do comes with it and the FAQ entry on it is one click away', async () => {
    const c = await startConversation();
    const reply = read(await c.send("j'ai 19 ans en 2eme annee et on me paye que 700 e brut"));
    expect(reply).toMatch(/il manque 252,18 €/);
    expect(reply).toMatch(/médiateur de l'apprentissage/);
    expect(reply).toMatch(/\[Ma fiche de paie est inférieure au salaire minimum d'apprenti\]/);
  });

  it('the age told earlier in the story is used; the year is asked once, then the pay is compared', async () => {
    const c = await startConversation();
    await c.send("slt moi c Léa j'ai 19 ans, je suis en CAP coiffure en alternance");
    const grid = read(await c.send('mon patron me verse 650 euros par mois c normal ?'));
    expect(grid).toMatch(/19 ans/);
    // Round 32 (review 22 J3): under the 1st year's minimum, the lowest at 19, it is said at once, whatever the year;
    // the year's buttons stay, and the year given next gets its exact gap.
    expect(grid).toMatch(/sous le minimum de la 1re année/);
    expect(grid).toMatch(/\[2e année\]/);
    expect(grid).not.toMatch(/Quel âge/);
    const compared = read(await c.send('2e année'));
    expect(compared).toMatch(/19 ans, en 2e année/);
    expect(compared).toMatch(/sous ce minimum/);
    // Compared once: the next year asked about is the grid, not that payslip again.
    const next = read(await c.send('et en 3e année ?'));
    expect(next).toMatch(/3e année/);
    expect(next).not.toMatch(/minimum : il manque|sous ce minimum/);
  });

  it('with no age known, the grid comes with the age question, and the pay is compared once the year comes', async () => {
    const c = await startConversation();
    const first = read(await c.send('je touche 600 e brut par mois en apprentissage'));
    expect(first).toMatch(/De 18 à 20 ans : 43 %, 51 % puis 67 % du SMIC/);
    expect(first).toMatch(/26 ans et plus : 100 % du SMIC chaque année/);
    expect(first).toMatch(/Quel âge/);
    expect(first).not.toMatch(/connaissance d'une aide/);
    const second = read(await c.send('17'));
    expect(second).toMatch(/en quelle année de contrat/);
    const third = read(await c.send('1re année'));
    expect(third).toMatch(/au-dessus de ce minimum/);
  });

  it('a net pay at or above the gross minimum is above it; a net pay below it is not called too low', async () => {
    const c = await startConversation();
    expect(read(await c.send("j'ai 17 ans, en premiere annee, je touche 600 euros net"))).toMatch(/au-dessus de ce minimum/);
    const d = await startConversation();
    const reply = read(await d.send("j'ai 22 ans, 2e annee, 1000 € net sur mon compte"));
    expect(reply).toMatch(/montant net/);
    expect(reply).not.toMatch(/sous ce minimum/);
  });

  it('an employer checking the pay of their apprentice is answered in vous, with what to check', async () => {
    const c = await startConversation();
    await c.send('Bonjour, nous sommes une menuiserie de 6 salariés');
    const reply = read(await c.send('Notre apprenti de 16 ans en 1re année touche 450 € brut, est-ce suffisant ?'));
    expect(reply).toMatch(/sous ce minimum/);
    expect(reply).toMatch(/Vérifiez/);
    expect(reply).not.toMatch(/\btu\b|\bton\b/);
  });
});

describe("an age said earlier decides whether the minors' rules apply", () => {
  it('an adult asking about night work later in the talk is told the minors’ rule is not theirs', async () => {
    const c = await startConversation();
    await c.send('yo jai 21 ans et je commence un cap cuisine en septembre');
    const reply = read(await c.send('le chef veut que je reste jusqua 23h30 le samedi, il a le droit ?'));
    expect(reply).toMatch(/À 21 ans, ces règles propres aux moins de 18 ans ne s'appliquent pas à toi/);
    // the minors' rule stays below, for the record, never as the lead
    expect(reply.split('\n')[0]).not.toMatch(/avant 18 ans/i);
  });

  it('a parent of an adult apprentice, in vous, is told about the apprentice', async () => {
    const c = await startConversation();
    await c.send('Bonjour, notre fils de 19 ans vient de signer chez un boulanger.');
    const reply = read(await c.send('Il commence à 4 heures du matin, est-ce autorisé ?'));
    expect(reply).toMatch(/À 19 ans, ces règles propres aux moins de 18 ans ne s'appliquent pas à l'apprenti/);
    expect(reply).not.toMatch(/\btu\b|\btoi\b/);
  });

  it('a minor who said their age earlier gets the minors’ rule itself', async () => {
    const c = await startConversation();
    await c.send("j'ai 16 ans, je suis apprentie serveuse dans une brasserie");
    const reply = read(await c.send('ma patronne me fait fermer à 1h du mat c legal ?'));
    expect(reply).toMatch(/avant 18 ans|Avant 18 ans/);
    expect(reply).not.toMatch(/ne s'appliquent pas/);
  });

  it('with no age known, the minors’ rule is answered as it stands', async () => {
    const c = await startConversation();
    const reply = read(await c.send('un apprenti mineur peut bosser la nuit en boulangerie ?'));
    expect(reply).not.toMatch(/ne s'appliquent pas/);
    expect(reply).toMatch(/22 h|4 h/);
  });
});

describe('a detail said earlier is not asked again, by whichever dialog needs it', () => {
  it('the age, level and town of a story are used by the trade suggestions', async () => {
    const c = await startConversation();
    await c.send("bonjour jsuis en 3e, j'ai 15 ans et je vis a alencon");
    const reply = read(await c.send("j'adore m'occuper des animaux, tu vois quoi comme metier ?"));
    expect(reply).toMatch(/Alençon/);
    expect(reply).not.toMatch(/Quel âge|Où en es-tu|Dans quelle ville|quelle commune/i);
  });

  it('an employer’s head count said in a longer first message is used by the aids', async () => {
    const c = await startConversation();
    await c.send('Bonjour, je dirige une entreprise de plomberie de 9 salariés à Vernon et nous envisageons un apprenti.');
    const reply = read(await c.send('Quelles aides pourrions-nous toucher ?'));
    expect(reply).toMatch(/aide/i);
    expect(reply).not.toMatch(/combien de salariés|Êtes-vous|Qui êtes-vous/i);
  });
});

describe('an answer opens with "Oui" or "Non" only when it answers the yes/no question asked', () => {
  it.each([
    // open questions matched to an entry written for a yes/no question: the facts, without the yes or no
    ["combien de jours j'ai pour reviser avant mes epreuves ?", /5 jours/],
    ['Quelle couverture sociale pour notre fille apprentie ?', /régime général/],
  ])('"%s": no bare yes or no', async (text, fact) => {
    const c = await startConversation();
    const replies = await c.send(text);
    const lead = replies[0]?.text ?? '';
    expect(lead).toMatch(fact);
    expect(lead).not.toMatch(/^(?:En principe )?(?:Oui|Non)\b/i);
  });

  it.each([
    ['le cfa cest payant pour moi ?', /^Non\b/],
    ['Une commune peut-elle embaucher un apprenti ?', /^Oui\b/],
  ])('"%s": the yes or no stays', async (text, opening) => {
    const c = await startConversation();
    const replies = await c.send(text);
    expect(replies[0]?.text ?? '').toMatch(opening);
  });
});
