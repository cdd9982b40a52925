import { describe, expect, it } from 'vitest';
import { lastReplyOf, read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const NOT_COVERED = /ne couvre pas cette question/;

const lastReply = lastReplyOf;

/**
 * Round 17 (A1): "et après ces jours-là ?" after the trial period got the trial period again: the span of time the
 * answer set, named back with a demonstrative ("ces jours-là", "cette période", "ce délai"), is what the follow-up
 * asks to go past, as "une fois passée" was (after-last-answer.ts): the entries the trial period names for what comes
 * after it.
 */
describe('after the trial period: what comes once that span is over', () => {
  it.each([
    [['combien de jours dure la période d\'essai en apprentissage ?', 'et après ces jours-là ?']],
    [['periode d essai apprenti c combien de jours', 'et passé ce délai ?']],
    [['Combien dure la période d\'essai d\'un apprenti ?', 'Et au-delà de cette période ?']],
    [['c koi la periode d essai en apprentissage', 'une fois ces 45 jours passés je fais comment ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReply(messages);
    expect(rule).toBe('after-last-answer');
    expect(text).toMatch(/commun accord/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each([
    [['Combien dure la période d\'essai d\'un apprenti ?', 'et après, il peut encore me virer ?'], /ton employeur peut rompre ton contrat sans motif/],
    [['periode d essai apprenti c combien de jours', 'et apres ca mon patron peut me licencier ?'], /ton employeur peut rompre ton contrat sans motif/],
    [['Combien dure la période d\'essai d\'un apprenti ?', 'et après ça je peux partir ?'], /tu peux partir sans raison/],
  ])('of the entries for what comes after, the one its words read: %j', async (messages, expected) => {
    const { text, rule } = await lastReply(messages);
    expect(rule).toBe('after-last-answer');
    expect(text).toMatch(expected);
  });

  it('"et après ce que tu m\'as dit ?" is no span of time gone past', async () => {
    const { rule } = await lastReply(['combien de jours dure la période d\'essai en apprentissage ?', 'et après ce que tu m\'as dit, je fais quoi ?']);
    expect(rule).not.toBe('after-last-answer');
  });
});

/**
 * Round 17 (A2): after an answer on what a minor may do, "mes parents doivent donner leur accord ?" was read as a
 * "d'accord" (small talk, or "not covered" after the signature): "leur accord" is a consent asked, and the entry on
 * who signs a minor's contract answers it.
 */
describe('the parents\' consent, after a minor\'s question', () => {
  it.each([
    [['j\'ai 16 ans, je peux signer mon contrat seul ?', 'mes parents doivent donner leur accord ?']],
    [['j\'ai 15 ans je peux faire un apprentissage ?', 'mes parents doivent donner leur accord ?']],
    [['mon fils a 16 ans, peut-il faire un apprentissage ?', 'faut-il notre accord pour qu\'il signe ?']],
    [['un mineur peut travailler de nuit en apprentissage ?', 'et faut que mes parents signent ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReply(messages);
    expect(text).toMatch(/représentant légal/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).not.toMatch(/Que veux-tu savoir|Que voulez-vous savoir/);
  });

  it.each([['ok d\'accord'], ['oui je suis d\'accord']])('"%s" stays a yes', async (message) => {
    const c = await startConversation();
    await c.send('j\'ai 16 ans, je peux signer mon contrat seul ?');
    await c.send(message);
    expect(c.rule()).toBe('small-talk');
  });
});

/**
 * Round 17 (A3): after the mediator, the kind of company told ("et si c'est une ferme ?", "je suis dans une exploitation
 * agricole, c'est qui ?": the farm read as a trade) or a chamber named ("c'est la CCI alors ?") got the card again, a
 * trade card, or "not covered". The answer says which chamber handles which kind of company (service-public F31633):
 * that sentence first.
 */
describe('which chamber, after the mediator', () => {
  it.each([
    [['c\'est quoi le médiateur de l\'apprentissage ?', 'et si c\'est une ferme ?'], /chambre d'agriculture pour l'agricole/],
    [['c\'est quoi le médiateur de l\'apprentissage ?', 'je suis dans une exploitation agricole, c\'est qui ?'], /chambre d'agriculture pour l'agricole/],
    [['conflit avec mon employeur en apprentissage, qui peut aider ?', 'jbosse chez un artisan, c lequel ?'], /chambre de métiers pour l'artisanat/],
    [['conflit avec mon employeur en apprentissage, qui peut aider ?', 'c\'est la CCI alors ?'], /CCI pour le commerce/],
    [['Comment contacter le médiateur pour un litige avec notre apprenti ?', 'Nous sommes une exploitation agricole, lequel saisir ?'], /chambre d'agriculture/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReply(messages);
    expect(rule).toBe('answer-follow-up');
    const first = text.split(/(?<=\.)\s/)[0] ?? '';
    expect(first).toMatch(expected);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it('a farm trade asked without a mediator before stays a trade', async () => {
    const c = await startConversation();
    await c.send('je veux devenir maraîcher');
    expect(c.rule()).not.toBe('answer-follow-up');
  });
});

/**
 * Round 17 (A6): "jpeux partir ?" after an answer on working time got the entry on leaving the contract once the
 * diploma is won, and "je peux partir à l'heure ?" read "l'heure" as Le Havre. Leaving when the hours are done stays on
 * working time: that answer's limits (leave-at-hours-end.ts), without the yes or no written for the first question.
 */
describe('leaving when the hours are done, after an answer on working time', () => {
  it.each([
    [['je suis mineur et mon patron me fait faire 45h par semaine', 'je peux partir à l\'heure ?'], /35 heures par semaine/],
    [['jai 17 ans je fais des journées de 10h', 'jpeux partir ?'], /8 heures par jour/],
    [['j\'ai 19 ans je fais 42h par semaine c normal ?', 'jpeux partir ?'], /heures/],
    [['mon patron me fait finir à minuit j\'ai 16 ans', 'je peux rentrer chez moi à 22h ?'], /22 h/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReply(messages);
    expect(rule).toBe('answer-follow-up');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/diplôme obtenu|En principe non|Le Havre/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it('leaving after the diploma, after the hours, is that question', async () => {
    const { text } = await lastReply(['je suis mineur et mon patron me fait faire 45h par semaine', 'et je peux partir après mon cap ?']);
    expect(text).toMatch(/diplôme obtenu/);
  });
});

/**
 * Round 17 (B): questions on subjects our sources do not treat got a nearby entry: days off for a wedding got the
 * paid holidays of the under-21s, a lycée scholarship the choice between lycée and apprenticeship, a funeral "rephrase
 * it". A short question whose subject no FAQ entry writes (nor a typo away: support/faq-coverage-of.ts foreignToTheFaq),
 * read for an entry that covers little of it and without certainty, gets the honest answer with the free line, the
 * nearby entry offered as the closest only; the question is kept among the unanswered, without personal data.
 */
describe('a subject our sources do not treat: said so, with the free line', () => {
  it.each([
    ["j'ai des jours de congé pour le mariage de ma soeur ?"],
    ['jai droit a des jours pour le mariage de mon frere ?'],
    ['Notre apprenti a-t-il des jours pour son mariage ?'],
    ['je peux garder ma bourse de lycée en apprentissage ?'],
    ['ma bourse du lycée continue si je passe en apprentissage ?'],
    ['combien de jours pour un enterrement en apprentissage ?'],
    ['congé pour un enterrement quand on est apprenti ?'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/ne couvrent pas ce point précis/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/30 jours ouvrables|au lycée professionnel comme élève/);
  });

  it('the unanswered question is kept, without personal data', async () => {
    const c = await startConversation();
    await c.send("j'ai des jours de congé pour le mariage de ma soeur ? mon 06 12 34 56 78");
    expect(c.rule()).toBe('faq-not-covered');
    const kept = (await c.records.unansweredQuestions()).map((u) => u.question);
    expect(kept.some((q) => /mariage/.test(q) && !/06 12 34 56 78/.test(q))).toBe(true);
  });

  it.each([
    ["j'ai droit a des conges payes ?", /congés/],
    ['je suis en arret maladie je suis payé ?', /arrêt/],
    ['le cfa a une cantine ?', /repas|Je n'ai pas cette information/],
    ['la visite médicale c obligatoire ?', /visite/],
    ["c'est quoi la carte étudiant des métiers ?", /carte/],
    ['le cfa c payant ?', /gratuit/],
    ['mon fils Lucas a des congés ?', /congés/],
    ['qui paye les repas au cfa ?', /repas/],
    ['il y a des aides pour le transport ?', /transport|aide/i],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).not.toMatch(/ne couvrent pas ce point précis/);
    expect(text).toMatch(expected);
  });
});
