import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 15 (review 10, E07): the contrat de professionnalisation's minimum pay from 26 is the SMIC whatever the diploma
 * held, or 85 % of the branch's conventional minimum when that is more (fiche travail-emploi "Le contrat de
 * professionnalisation"). The card said the same 1 867,02 € twice ("sans bac pro" / "avec un bac pro"), never the 85 %,
 * and spoke of "l'apprenti" changing age band to a 47-year-old employee.
 */
describe('the contrat pro minimum pay from 26: the SMIC for all, or 85 % of the branch minimum', () => {
  it.each([
    ["Bonjour, nous voulons embaucher un demandeur d'emploi de 47 ans en contrat de professionnalisation, quel salaire minimum ?"],
    ['g 27 ans, en contrat pro je serai payé combien ?'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/le même quel que soit (ton|le|votre) diplôme/);
    expect(text.match(/1 867,02 € brut par mois/g)).toHaveLength(1);
    expect(text).toMatch(/85 % du salaire minimum de la convention collective/);
    expect(text).not.toMatch(/tranche d'âge|apprenti change/);
  });

  it('before 26 the diploma held still matters and the next band is announced', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("en contrat de professionnalisation à 22 ans c'est combien ?")));
    expect(text).toMatch(/Sans bac professionnel : 1 306,91 € brut par mois \(70 % du SMIC\)/);
    expect(text).toMatch(/Avec un bac professionnel ou plus : 1 493,62 € brut par mois \(80 % du SMIC\)/);
    expect(text).not.toMatch(/85 %/);
    expect(text).toMatch(/tranche d'âge/);
  });
});

/**
 * Round 15 (review 10, E02): a firm of 250 or more gets the hiring aid only if it commits to a share of work-study
 * contracts by the end of 2027 and sends the commitment form within 8 months, else it repays it. The list showed the
 * amount alone; the condition was behind a tap. A condition tied to an amount row is now said with that amount.
 */
describe("a large firm's hiring aid comes with its commitment, said with the amount", () => {
  it.each([
    ['Nous sommes une entreprise de 320 salariés, quelle aide pour embaucher un apprenti en BTS en décembre 2026 ?', /jusqu'à 1 500 €/],
    ["on est 600 salariés, on prend un apprenti en CAP en novembre 2026, on touche quoi ?", /jusqu'à 2 000 €/],
  ])('"%s"', async (message, amount) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(amount);
    expect(text).toMatch(/À noter : au-delà de 249 salariés.*formulaire d'engagement à l'ASP dans les 8 mois ; sinon l'aide est à rembourser/);
  });

  it('a firm under 250 is not told about the commitment', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('Nous sommes 20 salariés, quelle aide pour un apprenti en BTS signé en décembre 2026 ?')));
    expect(text).toMatch(/4 500 €/);
    expect(text).not.toMatch(/formulaire d'engagement/);
  });
});

/**
 * Round 15 integration: an everyday alias of the body repairer ("réparer les bosses") made "bosse", SMS French for
 * "work", a trade word; "je bosse au mcdo et je veux me reconvertir en électricien" then named no trade at all. The
 * words people use for working are never a trade's.
 */
describe('"je bosse" says one works, it names no trade', () => {
  it.each([
    ["j'ai 24 ans, je bosse au mcdo et je veux me reconvertir en electricien", /Électricien/],
    ['jbosse en usine depuis 2 ans, je veux devenir boulanger', /Boulanger/],
  ])('"%s"', async (message, trade) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(trade);
    expect(text).not.toMatch(/Carrossier/);
  });

  it('no word for working is a trade word', async () => {
    const { sharedKnowledge } = await import('../helpers/knowledge.js');
    const kb = (await sharedKnowledge()).current;
    for (const w of ['bosse', 'bosser', 'boulot', 'taf', 'travaille', 'job']) expect(kb.search.isTradeWord(w), w).toBe(false);
  });
});

/**
 * Round 15 (blind set 13): "c quoi ton rôle ?" got "Oui, je suis un robot…": the identity answer opened with "Oui"
 * whatever the question ("tu es qui ?", "c'est quoi ton nom ?" are no yes/no questions), and never said what the bot
 * is for. It now says what it is and what it does, without a "Oui" that answers nothing.
 */
describe('who the bot is, and what it is for', () => {
  it.each([['c quoi ton role ?'], ['tu es qui ?'], ['Qui êtes-vous ?'], ["t'es un robot ?"]])('"%s"', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/je suis un robot/i);
    expect(text).toMatch(/apprentissage en Normandie/);
    expect(text).not.toMatch(/^Oui/);
  });
});

/**
 * Round 15 (blind set 13): "apprenti en 3e année de contrat, 17 ans, c'est combien ?" asked the age: "de contrat 17
 * ans" was read as a contract's duration ("un contrat de 2 ans"), and the age lost. The year of a contract told
 * before the age leaves the age an age; a contract's duration stays a duration.
 */
describe('the year of the contract, then the age', () => {
  it.each([
    ["apprenti en 3e annee de contrat, 17 ans, c'est combien ?", /1 026,86 €/],
    ['je suis en 2e année de contrat 19 ans combien je touche', /952,18 €/],
  ])('"%s"', async (message, pay) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(pay);
    expect(text).not.toMatch(/Quel âge as-tu/);
  });

  it('a contract of 2 years is no age', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("c'est un contrat de 2 ans, je serai payé combien ?")));
    expect(text).not.toMatch(/2 ans :|à 2 ans/);
  });
});

/**
 * Round 15 (blind set 13): "c'est quoi l'opco dont parle mon patron" got "mes sources ne couvrent pas ce point" with
 * the OPCO's definition only offered: "dont" counted as a word the entry does not cover, and the relative clause after
 * the term as something asked about it. "dont" is grammar; a relative clause after the term says where one heard it.
 */
describe('a definition asked with where one heard of it', () => {
  it.each([
    ["c'est quoi l'opco dont parle mon patron", /opérateur de compétences/i],
    ["c quoi le cfa qu'on m'a conseillé", /centre de formation d'apprentis/i],
    ["Qu'est-ce que l'OPCO dont mon employeur m'a parlé ?", /opérateur de compétences/i],
  ])('"%s"', async (message, definition) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(definition);
    expect(text).not.toMatch(/ne couvrent pas/);
  });
});

/**
 * Round 15 (blind set 13): after one aid's card, "et quand j'aurai 18 ans ?" got the list of every aid, and "et l'année
 * prochaine en 3e année ?" a goodbye ("à la prochaine"). A new age or contract year right after one aid is that aid
 * judged on it.
 */
describe('a new age or contract year after one aid: that aid again, judged on it', () => {
  it('17, the prime d’activité (not before 18), then "et quand j\'aurai 18 ans ?"', async () => {
    const c = await startConversation();
    expect(read(await c.send("j'ai 17 ans, la prime d'activité j'y ai droit ?"))).toMatch(/réservée aux 18 ans et plus/);
    const text = read(await c.send("et quand j'aurai 18 ans ?"));
    expect(text).toMatch(/Prime d'activité pour un apprenti majeur/);
    expect(text).not.toMatch(/réservée aux 18 ans et plus|Voici les aides/);
  });

  it('22 in the 1st year (under the threshold at the minimum), then the 3rd year', async () => {
    const c = await startConversation();
    expect(read(await c.send("Bonjour, j'ai 22 ans, apprentie en 1re année : la prime d'activité, je peux l'avoir ?"))).toMatch(/peu probable/);
    const text = read(await c.send("et l'année prochaine en 3e année ?"));
    expect(text).toMatch(/Prime d'activité/);
    expect(text).not.toMatch(/peu probable|Au revoir|À bientôt/i);
  });
});

/**
 * Round 15 (blind set 13): a pay told under the minimum, then "et je fais quoi du coup ?", got the menu of what the bot
 * does: "what now" followed only FAQ answers. The pay answer points to the entry on a pay under the minimum; its advice
 * answers (check gross with gross, ask the employer, then the CFA or the mediator).
 */
describe('what to do after a pay told under the minimum', () => {
  it.each([
    ["mon patron me paie 600 euros par mois alors que j'ai 19 ans en 1ere annee", 'et je fais quoi du coup ?'],
    ['Notre fils de 17 ans, apprenti en 1re année, touche 400 € par mois.', 'Que devons-nous faire ?'],
  ])('"%s" then "%s"', async (pay, whatNow) => {
    const c = await startConversation();
    expect(read(await c.send(pay))).toMatch(/sous ce minimum/);
    const text = read(await c.send(whatNow));
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).not.toMatch(/Voici ce que je sais faire/);
  });
});

/**
 * Round 15 (blind set 13): "j'ai besoin d'aide pour faire mon CV" got the menu of what the bot does (read as a call for
 * help). Help with applying (a CV, a cover letter, an interview) is the services that accompany the search for an
 * employer: the CFA, the Mission Locale, France Travail.
 */
describe('help with a CV, a cover letter or an interview', () => {
  it.each([
    ["j'ai besoin d'aide pour faire mon cv"],
    ['qui peut relire ma lettre de motivation ?'],
    ["Pourriez-vous m'aider à préparer l'entretien d'embauche de mon fils ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/Missions? Locales?/);
    expect(text).not.toMatch(/Voici ce que je sais faire/);
  });
});

/**
 * Round 15 (blind set 13): "c'est cumulable avec l'aide de l'État ?" right after the Agefiph's card got the list of
 * every employer aid. An aid whose own text says whether it combines answers again; one that says nothing is not
 * shown again as if it answered.
 */
describe('whether an aid combines with another, asked right after it', () => {
  it.each([["c'est cumulable avec l'aide de l'état ?"], ['ça s’ajoute à l’aide de l’État ou pas ?']])('"%s" after the Agefiph', async (question) => {
    const c = await startConversation();
    await c.send("l'agefiph aide les employeurs d'apprentis handicapés ?");
    const text = read(await c.send(question));
    expect(text).toMatch(/se cumule avec celle de l'État/);
    expect(text).not.toMatch(/Voici les aides/);
  });
});

/**
 * Round 15 (blind set 13): "je m'inscris où ?" right after the CEJ got "ma réponse précédente ne couvre pas cette
 * question", though the card says where to go. Signing up for a scheme ("s'inscrire", "postuler") is claiming it: the
 * aid again, with how to apply.
 */
describe('where to sign up, right after an aid', () => {
  it.each([["je m'inscris où ?"], ['on postule comment ?'], ["Où dois-je m'inscrire ?"]])('"%s" after the CEJ', async (question) => {
    const c = await startConversation();
    await c.send("c'est quoi le contrat d'engagement jeune ?");
    const text = read(await c.send(question));
    expect(text).toMatch(/Mission Locale|France Travail/);
    expect(text).not.toMatch(/ne couvre pas/);
  });
});

/**
 * Round 15 (blind set 13): after the steps to leave an apprenticeship (the mediator, then 5 days, then 7 days), "il
 * faut prévenir combien de jours avant ?" got "ma réponse précédente ne couvre pas cette question": "avant" counted as
 * a word the answer lacks. Words of when ("avant", "après", "délai") ask about the answer's own steps.
 */
describe('a delay asked about the steps just given', () => {
  it.each([['il faut prévenir combien de jours avant ?'], ['et le délai pour prévenir mon patron ?']])('"%s"', async (question) => {
    const c = await startConversation();
    await c.send("je veux arrêter mon apprentissage au bout de 4 mois, comment faire ?");
    const text = read(await c.send(question));
    expect(text).toMatch(/5 jours calendaires/);
    expect(text).toMatch(/7 jours calendaires/);
    expect(text).not.toMatch(/ne couvre pas/);
  });
});
