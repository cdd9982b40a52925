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

/**
 * Round 17: "ma fille de 16 ans a trouvé un patron boulanger à Vire, elle sera payée combien ?" got the employer's
 * rupture: "à Vire", accents gone, reads "a vire" (has fired). The town the message names after a word of place is no
 * event of the story; "il m'a viré" stays one, with or without a town beside it.
 */
describe('a town named Vire is no one fired', () => {
  it.each([
    ['Bonjour, ma fille de 16 ans a trouvé un patron boulanger à Vire, elle sera payée combien ?', /16 ans/],
    ["j'ai 17 ans et je commence chez un garagiste vers Vire, je gagne combien ?", /17 ans/],
  ])('"%s" gets the pay', async (message, age) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(age);
    expect(text).toMatch(/Salaire minimum d'un apprenti/);
    expect(text).not.toMatch(/rompre|rupture/i);
  });

  it.each([['jsuis apprenti pres de vire et mon patron ma viré hier']])('"%s" is a rupture', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/rompre ton contrat|rupture/);
    expect(text).not.toMatch(/humilier/);
  });
});

/**
 * Round 17 (blind set 16's kinds, own phrasings): four ways a message was read for what it is not.
 * - A complaint that the bot does not answer got an unrelated entry ("3 fois" read as hours): it gets the apology with
 *   the free line; one that says its question again with its detail gets the answer.
 * - An adverb of manner ("concrètement") or a word that drops the last subject ("laisse tomber", "bon oublie ça") was
 *   held against the entry as a word it does not cover: "my sources do not cover this point".
 * - An employer introducing the company by its trade and town got the places to learn the trade.
 */
describe('a complaint about the bot', () => {
  it.each([
    ['ça fait trois fois que je pose la même question, tu réponds jamais'],
    ["Votre réponse ne correspond pas du tout à ce que j'ai demandé."],
    ['mais tu reponds a coté la'],
  ])('"%s" gets an apology and the free line', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/^Désolé/);
    expect(text).toMatch(/0800 050 000/);
  });

  it('a complaint that asks its question again with an age gets the pay', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('je demande combien je gagne à 19 ans, tu réponds à côté')));
    expect(text).toMatch(/19 ans/);
    expect(text).toMatch(/Salaire minimum d'un apprenti/);
  });

  it('an insult alone keeps the apology', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send('t es vraiment nul')))).toMatch(/^Désolé/);
  });
});

describe('how a question is said is not what it asks', () => {
  it.each([
    ["comment on fait pour prendre un apprenti, concrètement ? on n'en a jamais eu", /OPCO/],
    ['franchement, la formation au CFA elle est payante pour moi ?', /gratuit/],
  ])('"%s"', async (message, expected) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvrent pas ce point/);
  });

  it.each([
    ['bts compta a rouen', "bon oublie ça, c'est combien le smic en ce moment ?"],
    ['cap cuisine vers dieppe', 'laisse tomber, le smic il est de combien ?'],
  ])('"%s" then "%s": the SMIC, and no other question offered', async (first, second) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toMatch(/1 867,02 €/);
    expect(text).not.toMatch(/ne couvrent pas ce point|autre question dans ton message/);
  });
});

describe('an employer introducing the company', () => {
  it.each([
    ['Bonjour Madame, je dirige une entreprise de charpente à Bayeux.'],
    ["Bonjour, je suis gérante d'un salon de coiffure à Lisieux"],
    ['Bonsoir, nous sommes une menuiserie vers Saint-Lô.'],
  ])('"%s" gets what the bot does for employers, in vous', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/^Bonjour ! Pour votre entreprise/);
    expect(text).toMatch(/aides à l'embauche/);
    expect(text).not.toMatch(/Se former en apprentissage/);
  });

  it('then "quelle aide pour un CAP ?" gets the hiring aid', async () => {
    const c = await startConversation();
    await c.send('Bonjour, je dirige une entreprise de plomberie à Vernon.');
    const text = plain(read(await c.send('Quelle aide pour un apprenti en CAP ?')));
    expect(text).toMatch(/Aide à l'embauche d'un apprenti/);
  });

  it('a young person naming a trade and a town still gets the places', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send('bonjour, je veux devenir plombier à caen')))).toMatch(/plombier/i);
  });
});

/**
 * Round 17: a follow-up naming only another diploma asks the same question for it. "et pour un master ?" after the
 * answer on what training costs got the places that teach a master; "et après un bac pro ?" after what comes after a
 * CAP got the CAP's answer again (one of its sentences names a bac pro). The entries on each diploma now link to each
 * other (`related`), and such a follow-up goes to the entry next to the last answer for that diploma, written for the
 * same people, or else the last answer again.
 */
describe('the same question for another diploma', () => {
  it.each([
    ["la formation au cfa c'est payant ?", 'et pour un master ?', /gratuite/],
    ['je suis en cap, la formation me coûte quelque chose ?', 'même pour une licence pro ?', /gratuite/],
    ['je peux faire quoi après mon cap ?', 'et après un bac pro ?', /Après un bac pro/],
    ['Que faire après un bac pro en apprentissage ?', 'et après un CAP ?', /Après un CAP/],
  ])('"%s" then "%s"', async (first, second, expected) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/je le trouve en apprentissage dans|je ne trouve pas de lieu/);
  });

  it('a diploma with a town after a trade is still the places', async () => {
    const c = await startConversation();
    await c.send('je veux être boulanger');
    expect(plain(read(await c.send('et en bp vers rouen ?')))).toMatch(/Rouen/);
  });
});
