import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Review 22 P6: a parent whose son of 17, an apprentice mason, works 40 hours a week on building sites was told that
 * a minor works beyond 35 hours only with the labour inspectorate's authorisation. Since 1 January 2019 (Code du
 * travail L3162-1, R3162-1, décret n° 2018-1139), on building, public-works and landscaping sites a minor may work up
 * to 10 hours a day and 40 a week without it, when the organisation of the work justifies it, with equivalent rest.
 * The entries on minors' hours and on overtime now say so; the general rule stays for other trades.
 */
describe("a minor's hours on building sites", () => {
  it.each([
    'Bonjour, mon fils de 17 ans est apprenti maçon et fait 40 heures par semaine sur les chantiers. Est-ce légal ?',
    "j'ai 17 ans je suis apprenti couvreur et je fais 40h par semaine sur les chantiers c'est normal ?",
    'Notre apprenti de 16 ans peut-il faire des heures supplémentaires sur nos chantiers de travaux publics ?',
  ])('"%s" is told the 40-hour limit of building sites', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).toMatch(/40 heures par semaine/);
    expect(reply).toMatch(/chantier/);
  });

  it('near miss: overtime of a minor elsewhere still needs the inspectorate', async () => {
    const { text: reply } = await lastReplyOf(['mon fils de 17 ans fait des heures sup au restaurant, il en a le droit ?']);
    expect(reply).toMatch(/inspection du travail/);
  });
});

describe("a minor's hours told on a building site", () => {
  it.each([
    ["j'ai 17 ans je suis apprenti couvreur et je fais 40h par semaine sur les chantiers c'est normal ?"],
    ["j'ai 16 ans, apprenti dans le BTP, je fais 10 heures par jour sur le chantier"],
  ])('"%s": within the building sites\' limits, not "over the limit"', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).not.toMatch(/dépasse/);
    expect(reply).toMatch(/chantier/);
  });

  it('over even the building sites\' limits is said so, with those limits', async () => {
    const { text: reply } = await lastReplyOf(["j'ai 17 ans, apprenti maçon, je fais 45 heures par semaine sur les chantiers"]);
    expect(reply).toMatch(/dépasse même la limite des chantiers avant 18 ans : 10 heures par jour et 40 heures par semaine/);
  });

  it('near miss: 40 hours in a bakery at 17 are over the limit, with the sector exception as before', async () => {
    const { text: reply } = await lastReplyOf(["j'ai 17 ans je fais 40 heures par semaine à la boulangerie"]);
    expect(reply).toMatch(/dépasse la limite fixée avant 18 ans/);
  });
});

/**
 * Integration of round 31: rules of one branch that took messages main's tests or the dev-set ratchet hold elsewhere.
 * Each near miss keeps the answer it had.
 */
describe('round 31 rules keep to their own messages', () => {
  it("the field's diplomas after an interest, not one listed trade's card (trade-diploma-asked, blind-24)", async () => {
    const { rule } = await lastReplyOf(["j'aime l'informatique et les jeux video", 'et en alternance ça donne quoi comme diplome ?']);
    expect(rule).not.toBe('trade-diploma-asked');
  });

  it('a cost asked about a far CFA is the cost, not the trip (far-trip, blind-26)', async () => {
    const { text } = await lastReplyOf(["mon cfa est loin je dors a l'internat la semaine, quelqu'un paye l'hebergement ?"]);
    expect(text).toMatch(/6 €/);
  });

  it('an age with a count of holidays asks the holidays, not the pay (readings COUNT_OF_OTHER, blind-34)', async () => {
    const { text } = await lastReplyOf(["j'ai 19 ans j'ai droit a combien de vacances"]);
    expect(text).toMatch(/congés|semaines/);
    expect(text).not.toMatch(/brut par mois/);
  });

  it("an employer seeking a candidate gets the employer's steps (candidate-sought, who-asks-round10)", async () => {
    const { text } = await lastReplyOf(['comment trouver un candidat pour mon entreprise ?']);
    expect(text).not.toMatch(/Pour trouver une entreprise/);
  });
});

describe('an activity noun in a question of rights is no trade wished (trades.ts RIGHTS_ASKED, blind-28)', () => {
  it.each([
    ["Ai-je le droit d'interdire les tatouages visibles à mon apprentie vendeuse ?"],
    ["est-ce que j'ai le droit d'interdire les piercings à mon apprenti ?"],
  ])('"%s" gets no trade card', async (text) => {
    const { rule } = await lastReplyOf([text]);
    expect(rule).not.toBe('topic-lead');
  });

  it('near miss: the activity described without a question of rights still names its worker', async () => {
    const { text } = await lastReplyOf(['je voudrais reparer les carrosseries de voitures']);
    expect(text).toMatch(/Carrossier/);
  });
});

describe('two dev-set cases the integration fixes had moved, kept (the ratchet record of 45d7578)', () => {
  it('"combien de l\'heure" with an age is the pay per hour, not a count of hours (readings COUNT_OF_OTHER, blind-17)', async () => {
    const { rule } = await lastReplyOf(["c combien de l'heure un apprenti de 17 ans ?"]);
    expect(rule).toBe('topic-lead');
  });

  it('where to post an offer is La bonne alternance, which candidate-sought leaves to the FAQ (blind-26)', async () => {
    const { text } = await lastReplyOf(["Où puis-je déposer une offre d'apprentissage pour trouver un candidat ?"]);
    expect(text).toMatch(/La bonne alternance/);
  });
});
