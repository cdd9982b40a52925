import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (review 17's worst turns, by kind; own phrasings). Each mechanism is tested over several topics, in tu and
 * vous, with SMS spellings, and with near misses that keep their answer.
 */

describe('how or where to check the last answer: its source and date', () => {
  it.each([
    [['mon fils a 16 ans, combien sera-t-il payé en apprentissage ?', 'Où peut-on vérifier ces chiffres ?']],
    [['Allons-nous perdre les allocations familiales si notre fille est apprentie ?', 'Merci. Je peux vérifier ça où ?']],
    [["C'est quoi un OPCO ?", 'Vous vous basez sur quoi ?']],
    [['la période d essai dure combien en apprentissage', 'c vérifiable qq part ?']],
    [["J'ai 20 ans, je serai payé combien en apprentissage ?", 'Sur quel site puis-je contrôler ces montants ?']],
    [["c'est quoi un CFA ?", 'On peut le vérifier quelque part ?']],
    [["un apprenti a droit à combien de congés payés ?", "ok merci, c'est quel texte de loi ?"]],
    [["c'est quoi mobili jeune", 'tu te bases sur quoi']],
    [["Est-ce que le salaire d'un apprenti est imposable ?", 'comment je peux vérifier ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toMatch(/^answer-source/);
    expect(text).not.toMatch(/rien de plus sûr/);
    expect(text).toMatch(/vérifié|viennent de|vient de|source/i);
  });

  it.each([
    [["C'est quoi un OPCO ?", 'comment vérifier que mon employeur a bien envoyé le contrat ?']],
    [['la période d essai dure combien en apprentissage', 'je vais vérifier avec mon patron']],
  ])('near miss %j is not a source question', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toMatch(/^answer-source/);
  });
});

describe('a parent asks whether the apprentice stays à charge: the family allowance rule', () => {
  it.each([
    [['Ma fille de 19 ans va commencer un BTS en alternance, a-t-elle droit à la prime d activité ?', 'Et pour nous, elle reste à charge ?']],
    [['mon fils de 17 ans commence un CAP en apprentissage', 'il reste a notre charge ?']],
    [['Notre fils sera apprenti à 18 ans. Sera-t-il toujours à notre charge ?']],
    [['ma fille apprentie de 16 ans, on peut encore la compter à charge ?']],
    [['mon gamin passe en alternance, est ce que les allocs continuent ?']],
    [['Si notre enfant devient apprenti, reste-t-il à charge pour la CAF ?']],
    [['elle a 18 ans et elle est apprentie, elle reste à charge ou pas ?']],
    [['mon fils apprenti compte toujours comme enfant à charge ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(text).toMatch(/20 ans/);
    expect(text).toMatch(/55 %/);
    expect(rule).not.toBe('aid-applies-follow-up');
  });

  it.each([
    [['mon fils est apprenti, le transport est à notre charge ?'], /transport|trajet|Mobili/i],
    [['les frais de repas sont pris en charge ?'], /repas|restauration/i],
  ])('near miss %j keeps its answer', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('dependent-child');
    expect(text).toMatch(expected);
  });
});

describe('Affelnet named beside a "how do we do it?": the Affelnet entry', () => {
  it.each([
    [['Mon fils est en 3e à Évreux. Quels CFA proposent des CAP près de chez nous ?', 'Comment l inscrit-on ? Par Affelnet ?']],
    [['Comment on fait ? Par Affelnet ?']],
    [['faut passer par affelnet ?']],
    [['je dois faire des voeux affelnet pour le cfa ?']],
    [['Pour entrer en CAP en apprentissage, on passe par Affelnet ?']],
    [['Affelnet, comment ça marche pour un CAP en apprentissage ?']],
    [['c koi affelnet']],
    [['On passe par Affelnet ou directement par le CFA ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/Affelnet/);
    expect(text).toMatch(/CFA/);
    expect(text).not.toMatch(/Voici ce que je sais faire/);
  });

  it('a plain call for help still gets the menu', async () => {
    const { text } = await lastReplyOf(['tu peux m aider ?']);
    expect(text).not.toMatch(/Affelnet/);
  });
});

describe('an employer asks whether the hiring aid stops when the contract does: the aid after a rupture', () => {
  it.each([
    [['Mon apprenti ne vient plus depuis une semaine et ne répond pas, que puis-je faire ?', 'Puis-je rompre son contrat ?', "Et l'aide à l'embauche que je touche, elle s'arrête ?"]],
    [['Mon apprenti ne vient plus depuis une semaine, que puis-je faire ?', 'et la prime, on la garde ?']],
    [['si mon apprentie démissionne je garde la prime ?']],
    [['on doit rembourser l aide de l etat s il part ?']],
    [['Notre apprenti a rompu son contrat, l aide à l embauche est-elle encore versée ?']],
    [['apprenti parti au bout de 3 mois, l aide embauche ça s arrête ?']],
    [['Si je licencie mon apprenti pour faute grave, je perds l aide à l embauche ?']],
    [["En tant qu'employeur, si le contrat est rompu, faut-il rendre l'aide ?"]],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/mois qui suit/);
    expect(text).toMatch(/ASP|Agence de services et de paiement/);
    expect(text).not.toMatch(/indiquez-moi le nombre de salariés/i);
  });

  it.each([
    [["l'aide à l'embauche d'un apprenti c'est combien ?"], /5 000 €/],
    [["j'ai démissionné, je perds l'aide au permis ?"], /permis/i],
  ])('near miss %j keeps its answer', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('aid-after-rupture');
    expect(text).toMatch(expected);
  });
});

describe('"et pour <someone> ?" after an answer: the same subject from that side', () => {
  it.each([
    [['Bonjour, j ai 27 ans', 'Je suis reconnu travailleur handicapé, est-ce que cela change quelque chose ?', 'Et pour mon futur employeur ?']],
    [['jai une rqth je peux faire un apprentissage ?', 'et pour mon patron ?']],
    [['Notre fils a une RQTH, quels aménagements en apprentissage ?', "Et du côté de l'entreprise ?"]],
    [['apprentissage possible avec un handicap ?', 'et pour l employeur, ça change quoi ?']],
    [['je suis dyslexique, je peux faire un apprentissage ?', 'et du coup pour mon futur patron ?']],
    [['Je suis en situation de handicap, puis-je faire un apprentissage ?', 'Et côté entreprise ?']],
  ])('disability: %j gets the employer side (6 000 €, Agefiph, référent)', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('side-switch');
    expect(text).toMatch(/6 000 €/);
    expect(text).toMatch(/Agefiph/);
    expect(text).toMatch(/référent handicap/);
  });

  it.each([
    [['je veux rompre mon contrat d apprentissage, comment faire ?', 'et pour l employeur ?']],
    [['Notre fils veut arrêter son apprentissage, comment rompre le contrat ?', 'Et du côté du patron ?']],
  ])('rupture: %j gets the employer side of a rupture', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('side-switch');
    expect(text).toMatch(/l'employeur peut rompre/);
  });

  it('an aid asked of that side stays the aid of the case (aspect-in-view): the Agefiph', async () => {
    const { text, rule } = await lastReplyOf(['je suis dyslexique, je peux faire un apprentissage ?', 'et mon futur employeur, il a droit à quoi ?']);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/Agefiph/);
  });

  it('the side already answered keeps the answer', async () => {
    const { rule } = await lastReplyOf(["Qui peut être maître d'apprentissage ?", 'et pour mon patron ?']);
    expect(rule).not.toBe('side-switch');
  });
});

describe("a failed exam and the contract's end: extend it before that end, or a new contract", () => {
  it.each([
    [['jai raté mon cap boulanger je fais koi mtn', 'mon contrat se termine fin aout']],
    [["J'ai raté mon examen, que se passe-t-il pour mon contrat ?", 'Mon contrat finit en juin.']],
    [['g loupé mon bts', 'et mon contrat s arrete dans 2 mois']],
    [['Notre fils a échoué à son BTS, peut-il le repasser en apprentissage ?', 'Son contrat se termine le 31 août.']],
    [['Notre fils a raté son BTS et son contrat finit fin juin, que faire ?']],
    [["j'ai pas eu mon bac pro et il me reste 3 mois de contrat"]],
    [['ma fille a raté son CAP coiffure, son contrat prend fin en juillet, elle peut continuer ?']],
    [["J'ai échoué à mon titre pro, la fin de mon contrat c'est dans un mois, je fais comment ?"]],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('exam-failed-contract-end');
    expect(text).toMatch(/avant cette date/);
    expect(text).toMatch(/un an au plus/);
    expect(text).not.toMatch(/Une fois ton diplôme obtenu/);
  });

  it.each([
    [["j'ai eu mon CAP, mon contrat se termine fin août, je peux partir avant ?"]],
    [['mon contrat se termine en juin, je touche le chômage après ?']],
  ])('near miss %j: no failed exam, no extension', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('exam-failed-contract-end');
  });
});

describe('a fact of the case told after an aids answer, asking what it changes: the aids again on that case', () => {
  it.each([
    [['Combien dois-je payer un contrat pro de 22 ans ?', 'Existe-t-il une aide de l État pour ce contrat pro ?', 'Il a 47 ans en fait, et il est demandeur d emploi, ça change ?'], /45 ans et plus/],
    [['y a une aide pour embaucher en contrat de professionnalisation ?', 'en fait c est un chomeur de 50 ans, ça change quelque chose ?'], /45 ans et plus/],
    [['quelles aides pour embaucher un apprenti en BTS ?', 'en fait on est 300 salariés, ça change quoi ?'], /1 500 €/],
    [['quelles aides pour embaucher un apprenti ?', "et s'il a une RQTH, alors ?"], /6 000 €/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toMatch(/^faq/);
    expect(text).toMatch(expected);
  });
});

describe('the family allowance rule in vous speaks of the apprentice and the parents, not to a parent only', () => {
  it.each([
    [["Bonjour, j'ai 19 ans et je suis apprentie. Mes parents vont-ils perdre les allocations familiales ?"]],
    [['Je suis apprenti, mes parents peuvent-ils encore me compter à charge ?']],
  ])('an apprentice who writes vous: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/20 ans/);
    expect(text).not.toMatch(/Votre enfant|votre enfant/);
  });

  it('a parent still gets the rule', async () => {
    const { text } = await lastReplyOf(['Notre fille devient apprentie, allons-nous perdre les allocations familiales ?']);
    expect(text).toMatch(/à la charge de ses parents/);
    expect(text).toMatch(/55 %/);
  });
});
