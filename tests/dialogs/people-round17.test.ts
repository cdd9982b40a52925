import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** One message in a fresh conversation: the rule that decided and what the person reads. */
async function answerTo(text: string): Promise<{ rule: string | undefined; text: string }> {
  const c = await startConversation();
  const replies = await c.send(text);
  return { rule: c.rule(), text: read(replies) };
}

/**
 * Round 17 (r17-people, kind 1): an employer whose apprentice does not come asks what they can do. The employer's
 * rupture rules answer (and what becomes of the hiring aid when the aid is asked), in vous, never the help menu, the
 * aid list or an entry on leave.
 */
describe('an employer whose apprentice stays away', () => {
  it.each([
    ['mon apprenti ne vient plus depuis 2 semaines'],
    ['il est souvent absent sans justificatif, je fais quoi ?'],
    ['notre alternante ne se présente plus et ne répond pas au téléphone'],
    ['elle vient plus au boulot depuis 1 semaine, on fait quoi'],
    ["mon apprentie a des absences répétées, qu'est-ce que je peux faire ?"],
    ['Notre apprenti ne se présente plus depuis lundi, que pouvons-nous faire ?'],
  ])('"%s"', async (message) => {
    const { rule, text } = await answerTo(message);
    expect(rule).toBe('apprentice-absent');
    expect(text).toMatch(/45 premiers jours/);
    expect(text).toMatch(/faute grave/);
    expect(text).toMatch(/L'aide à l'embauche d'un apprenti est-elle à rembourser/);
    expect(text).not.toMatch(/\bton contrat\b|Voici ce que je sais faire|Voici les aides/);
  });

  it('the hiring aid asked beside it: what becomes of the aid when the contract stops', async () => {
    const { rule, text } = await answerTo("mon apprenti est absent depuis lundi, il ne donne plus de nouvelles, et l'aide à l'embauche ?");
    expect(rule).toBe('apprentice-absent');
    expect(text).toMatch(/l'aide cesse d'être due/);
  });

  it.each([
    // Sick leave has its own entry; the tutor missing is another question; the apprentice's own absence too.
    ['mon apprenti est absent pour maladie, je dois le payer ?'],
    ["mon maître d'apprentissage est souvent absent"],
    ['jsuis souvent absent au cfa c grave ?'],
    ['mon fils ne vient plus au CFA depuis une semaine'],
    ['il est souvent absent au lycée, je fais quoi ?'],
  ])('near miss: "%s" is not the employer\'s case', async (message) => {
    const { rule } = await answerTo(message);
    expect(rule).not.toBe('apprentice-absent');
  });
});

/**
 * Round 17 (kind 5): "je suis apprenti(e)" alone is acknowledged with the apprentice's usual topics, not the aid list
 * guessed from the word, a slot question or the trade's card.
 */
describe('an apprentice introducing themself', () => {
  it.each([['je suis apprenti'], ['je suis apprentie en cap coiffure'], ['jsuis en alternance'], ['moi je suis apprentie boulangère'], ['slt jsui apprenti en cap cuisine'], ['Je suis apprentie depuis septembre'], ['je suis apprenti chez un boulanger à caen']])('"%s"', async (message) => {
    const { rule, text } = await answerTo(message);
    expect(rule).toBe('apprentice-introduction');
    expect(text).toMatch(/tu es en apprentissage/);
    expect(text).toMatch(/Salaire/);
    expect(text).toMatch(/Mes droits/);
    expect(text).toMatch(/Un problème avec mon employeur/);
    expect(text).not.toMatch(/Voici les aides|Quel âge|Dans quelle ville/);
  });

  it('"Mes droits" then answers the apprentice\'s status of employee', async () => {
    const c = await startConversation();
    await c.send('je suis apprenti');
    expect(read(await c.send('Mes droits'))).toMatch(/salarié/);
  });

  it.each([
    ["je suis apprenti, j'ai 19 ans et je gagne 1100 € net"],
    ['je suis apprenti et mon patron me paie pas mes heures sup'],
    ['je suis apprenti, quelles aides pour moi ?'],
    ["je suis apprenti, c'est où le cfa de Caen ?"],
  ])('near miss: "%s" asks something, answered as before', async (message) => {
    const { rule } = await answerTo(message);
    expect(rule).not.toBe('apprentice-introduction');
  });
});

/**
 * Round 17 (kind 6): a diploma obtained is congratulated, with what comes next (continuing after that level; being
 * hired offered beside it), not the diploma's card nor leaving the contract early.
 */
describe('a diploma obtained', () => {
  it.each([
    ["j'ai eu mon cap !", /Félicitations pour ton CAP/, /Après un CAP/],
    ['jai obtenu mon bac pro', /Félicitations pour ton bac pro/, /Après un bac pro/],
    ['ça y est je suis diplômée de mon CAP pâtissier', /Félicitations pour ton CAP/, /Après un CAP/],
    ['mon fils a eu son CAP !', /Félicitations pour ce CAP/, /Après un CAP/],
    ['g eu mon bts', /Félicitations pour ton BTS/, /période d'essai/],
    ['ma fille a obtenu son bac pro', /Félicitations pour ce bac pro/, /BTS/],
    ["j'ai eu mon bac", /Félicitations pour ton bac !/, /bac général/],
    ["Bonjour, ma fille vient d'obtenir son CAP", /Félicitations pour ce CAP/, /Après un CAP/],
    ["je viens d'avoir mon bac pro", /Félicitations pour ton bac pro/, /BTS/],
  ])('"%s"', async (message, congrats, next) => {
    const { rule, text } = await answerTo(message);
    expect(rule).toBe('diploma-obtained');
    expect(text).toMatch(congrats);
    expect(text).toMatch(next);
  });

  it.each([
    ["j'ai raté mon cap", /prolongé d'un an/],
    ["je l'ai pas eu mon cap", /./],
    ["j'ai eu mon cap, je peux partir avant la fin du contrat ?", /mettre fin au contrat/],
    ["j'ai réussi mon CAP coiffure et je cherche un BP", /./],
  ])('near miss: "%s" keeps its answer', async (message, answer) => {
    const { rule, text } = await answerTo(message);
    expect(rule).not.toBe('diploma-obtained');
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Félicitations/);
  });
});

/**
 * Round 17 (kind 9): who helps a disabled apprentice at the CFA is its référent handicap, not the aid list nor the
 * adviser "quelqu'un" reads.
 */
describe('who helps at the CFA with a disability', () => {
  it.each([
    ["qui m'aide au CFA avec mon handicap ?"],
    ["y a quelqu'un pour les handicapés au cfa ?"],
    ["je suis dyslexique, qui peut m'aider au cfa ?"],
    ["vous avez quelqu'un au CFA pour les élèves handicapés ?"],
    ['au cfa ya un referent pour les dys ?'],
    ["mon fils est autiste, qui l'accompagnera pendant sa formation ?"],
  ])('"%s"', async (message) => {
    const { rule, text } = await answerTo(message);
    expect(rule).toBe('disability-help-at-cfa');
    expect(text).toMatch(/référent handicap/);
    expect(text).not.toMatch(/Voici les aides|0800 050 000 \(appel gratuit\)\. Donnez-lui/);
  });

  it.each([
    ['quelles aides financières pour un apprenti handicapé au cfa ?'],
    ["avec ma rqth j'aurai plus de temps au cfa ?"],
    ["je suis handicapé, qui peut m'aider à trouver une formation ?"],
  ])('near miss: "%s" keeps its own answer', async (message) => {
    const { rule } = await answerTo(message);
    expect(rule).not.toBe('disability-help-at-cfa');
  });
});

/**
 * Round 17 (kind 3): an age past the limit told as "à 31 ans", "j'ai 32 ans je peux ?", "mon fils a 31 ans" gets the
 * age limit and its exceptions; at the grid's last age (30) the pay says first that a contract can no longer be signed
 * in principle, so its figure is never read as the rule.
 */
describe('ages past the apprenticeship age limit', () => {
  it.each([
    ["j'ai 32 ans je peux ?"],
    ['et à 31 ans c possible ?'],
    ['g 33 ans c mort ?'],
    ['mon fils a 31 ans il peut faire un apprentissage ?'],
    ['à 31 ans je peux faire un apprentissage ?'],
    ['g 30 ans sans diplome je peux faire un apprentissage ?'],
  ])('"%s" is the age limit', async (message) => {
    const { text } = await answerTo(message);
    expect(text).toMatch(/29 ans révolus/);
    expect(text).not.toMatch(/€ brut par mois|la condition (?:est ton|porte sur l')âge, pas (?:sur )?un diplôme/);
  });

  it.each([
    ['après mes 30 ans je toucherai combien ?', /vous ne pouvez en principe plus signer/],
    ['combien gagne un apprenti de 30 ans ?', /on ne peut en principe plus signer/],
  ])('"%s": the pay at 30 opens with the limit', async (message, limit) => {
    const { text } = await answerTo(message);
    expect(text).toMatch(limit);
    expect(text.indexOf('plus signer')).toBeLessThan(text.indexOf('€ brut'));
  });

  it.each([
    ["j'ai 29 ans combien je serai payé ?"],
    ["j'ai 30 ans et une rqth, combien je serai payé ?"],
  ])('near miss: "%s" is the pay, with no limit said', async (message) => {
    const { text } = await answerTo(message);
    expect(text).toMatch(/€ brut par mois/);
    expect(text).not.toMatch(/plus signer/);
  });

  it('near miss: "j\'ai 17 ans je peux ?" is no age limit', async () => {
    const { text } = await answerTo("j'ai 17 ans je peux ?");
    expect(text).not.toMatch(/29 ans révolus/);
  });
});

/**
 * Round 17 (kind 4): an age without "ans" ("g 16", "j'ai 17", "jaurai 18 en mars") is read as an age when the bot asked
 * it or the message is about the age; a bare number elsewhere (a département, a price) stays what it was.
 */
describe('an age told without "ans"', () => {
  it.each([
    ["combien je vais gagner en apprentissage ?", 'jaurai 18 en mars', /À 17 ans/],
    ['combien gagnera mon fils en apprentissage ?', 'il aura 16 le mois prochain', /À 16 ans/],
    ['combien je vais gagner en apprentissage ?', 'g 17', /À 17 ans/],
    ['combien gagnera mon fils en apprentissage ?', 'il en a 15', /À 15 ans/],
  ])('asked the age after "%s": "%s"', async (first, second, answer) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(second));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Je n'ai pas compris ton âge|Je n'ai pas compris l'âge/);
  });

  it.each([
    ['g 16', /C'est noté : 16 ans/],
    ["j'ai 17", /C'est noté : 17 ans/],
    ["moi j'ai 19", /C'est noté : 19 ans/],
    ['g 14', /Il faut avoir 16 ans, ou 15 ans/],
    ['g 32', /29 ans révolus/],
  ])('"%s" alone: the age kept, never "je n\'ai pas compris"', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/pas bien compris/);
    expect((await c.data()).profile.age).toBeDefined();
  });

  it('"mon fils en a 15" keeps the minimum age\'s entry', async () => {
    const { text } = await answerTo('mon fils en a 15');
    expect(text).toMatch(/15 ans et un jour/);
  });

  it('after the aids, "g 16" recomputes them with the age', async () => {
    const c = await startConversation();
    await c.send('quelles aides pour un apprenti ?');
    await c.send('g 16');
    expect((await c.data()).profile.age).toBe(16);
  });

  it.each([
    ['un cap cuisine dans le 14', /Calvados/],
    ["j'aurai 3 semaines de congés ?", /congés/],
  ])('near miss: "%s" is no age', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect((await c.data()).profile.age).toBeUndefined();
  });
});

/**
 * Round 17 (kind 7): an adviser or a teacher introducing a young person is answered about that young person (third
 * person, vous), with the trade, the town and the age told, not with the address of the adviser's own office.
 */
describe('an adviser introducing a young person', () => {
  it.each([
    ["je suis conseillère à la mission locale, j'accompagne un jeune de 19 ans qui veut être boulanger à Lisieux", /boulanger.*Lisieux/s, 19],
    ['Bonjour, je suis conseiller au CIO de Caen, je suis une jeune de 17 ans qui veut faire coiffeuse, elle habite Bayeux', /coiff.*Bayeux/s, 17],
    ['je travaille à la mission locale de Vire, un jeune de 20 ans voudrait devenir plombier vers Flers', /plombier.*Flers/s, 20],
  ])('"%s"', async (message, places, age) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(c.rule()).not.toBe('office-near');
    expect(text).toMatch(places);
    expect(text).not.toMatch(/Missions? Locales? de Normandie|l'adresse des/);
    const data = await c.data();
    expect(data.profile.age).toBe(age);
    expect(data.profile.tradeCode).toBeDefined();
    expect(data.profile.communeInsee).toBeDefined();
  });

  it('the pay asked next is the young person\'s, in the third person', async () => {
    const c = await startConversation();
    await c.send("je suis conseillère à la mission locale, j'accompagne un jeune de 19 ans qui veut être boulanger à Lisieux");
    const text = read(await c.send('il sera payé combien ?'));
    expect(text).toMatch(/À 19 ans, voici le salaire minimum d'un apprenti/);
    expect(text).not.toMatch(/\bton salaire\b|\btu\b/);
  });

  it.each([['la mission locale la plus proche de Vire'], ['je suis conseillère, où est la mission locale de Lisieux ?']])('near miss: "%s" still asks for an office', async (message) => {
    const c = await startConversation();
    await c.send(message);
    expect(c.rule()).toBe('office-near');
  });
});

/**
 * Round 17 (kind 8): transport asked as who pays ("c'est mon patron qui paie ou la région ?") gets the transport facts
 * (the employer's half of a pass; for the CFA, the entry on the trip), not the aids list nor the ended regional card.
 */
describe('who pays the transport', () => {
  it.each([
    ["c'est mon patron qui paie ou la région le transport ?", /moitié de ton abonnement/],
    ['le train pour aller au cfa qui le rembourse ?', /moitié de ton abonnement/],
    ["mes trajets en train jusqu'au CFA, c'est le patron ou la région qui paie ?", /moitié de ton abonnement/],
    ['qui paye mon abonnement de bus ?', /moitié de ton abonnement/],
    ["Le bus pour aller au travail, c'est l'employeur qui le prend en charge ?", /moitié de ton abonnement/],
  ])('"%s"', async (message, answer) => {
    const { rule, text } = await answerTo(message);
    expect(rule).toBe('transport-cost');
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Voici les aides|Cette aide n'existe plus/);
  });

  it('after the transport answer, "c\'est mon patron qui paie ou la région ?" stays on it', async () => {
    const c = await startConversation();
    await c.send("le bus pour aller au CFA c'est qui qui paye ?");
    const text = read(await c.send("c'est mon patron qui paie ou la région ?"));
    expect(text).not.toMatch(/Voici les aides|Carte Jeunes Apprentis/);
  });

  it.each([
    ['la carte jeunes apprentis payait le bus ?', /n'existe plus/],
    ['qui paie mon salaire pendant les trajets ?', /./],
  ])('near miss: "%s" keeps its answer', async (message, answer) => {
    const { rule, text } = await answerTo(message);
    expect(rule).not.toBe('transport-cost');
    expect(text).toMatch(answer);
  });
});

/**
 * Round 17 (kind 2): an employer hiring a job seeker of 45 or more in a contrat de professionnalisation gets that
 * contract's aid card with its source, said to be for that contract (not "l'employeur d'un apprenti").
 */
describe('hiring an older job seeker in a contrat de professionnalisation', () => {
  it.each([
    ["je vais embaucher une personne de 47 ans demandeur d'emploi en contrat pro, j'ai une aide ?"],
    ['on recrute un chômeur de 50 ans en contrat de pro, des aides ?'],
    ["Je souhaite embaucher un demandeur d'emploi de 48 ans en contrat de professionnalisation : quelles aides ?"],
    ['jembauche un mec de 46 ans inscrit a france travail en contrat pro y a une prime ?'],
  ])('"%s"', async (message) => {
    const { text } = await answerTo(message);
    expect(text).toMatch(/45 ans et plus en contrat de professionnalisation/);
    expect(text).toMatch(/Source : /);
    expect(text).toMatch(/contrat de professionnalisation \(1\)/);
    expect(text).not.toMatch(/l'employeur d'un apprenti|Si l'apprenti est en situation/);
  });

  it('near miss: the aids for hiring an apprentice still speak of an apprentice', async () => {
    const { text } = await answerTo('quelles aides pour embaucher un apprenti ?');
    expect(text).toMatch(/l'employeur d'un apprenti/);
  });
});
