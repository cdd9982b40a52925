import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 24 (review 16, kinds only; own phrasings). The vocational lycée weighed against apprenticeship, with a trade
 * and a town named or after a list of places, got the places card of that trade: the question is which route, and the
 * entry comparing them answers it (school-or-apprenticeship.ts).
 */
describe('lycée pro or apprenticeship weighed: the comparison entry, not a places card', () => {
  it.each([
    ['lycee pro ou apprentissage c quoi le mieux pour devenir boulanger a caen'],
    ["Bonjour, notre fils en 3e à Fécamp hésite entre un lycée professionnel et l'apprentissage pour la menuiserie. Quelle différence ?"],
    ['vaut mieux faire son cap coiffure en alternance ou au lycée pro ?'],
    ['jsuis en 3e a vernon, plutot lycee pro ou cfa pr etre mecano ?'],
    ['Quels sont les avantages du lycée professionnel par rapport à l’apprentissage pour un bac pro cuisine à Alençon ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('school-or-apprenticeship');
    expect(text).toMatch(/Le diplôme obtenu est le même/);
    expect(text).not.toMatch(/le lieu le plus proche/);
  });

  it.each([['et lycée pro ou apprentissage, lequel vaut mieux ?'], ['vous me conseillez plutôt le lycée professionnel ou le CFA ?']])('as a follow-up after a list of places: "%s"', async (ask) => {
    const { text, rule } = await lastReplyOf(['cap cuisine près de Lisieux', ask]);
    expect(rule).toBe('school-or-apprenticeship');
    expect(text).toMatch(/Le diplôme obtenu est le même/);
  });

  it('the apprenticeship left implicit after a list of places still reaches the comparison', async () => {
    const { text } = await lastReplyOf(['cap cuisine près de Lisieux', 'et c quoi la diff avec le lycée pro ? il vaut mieux lequel ?']);
    expect(text).toMatch(/Le diplôme obtenu est le même/);
  });

  it.each([
    ['je suis au lycee pro et je veux passer en apprentissage', 'faq-lead'],
    ['au lycée pro ou en apprentissage, on est payé combien ?', 'topic-lead'],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).toBe(expected);
  });
});

/**
 * The source asked after an answer in other words ("vous avez la source officielle ?", "d'où ça vient ?", "c'est
 * écrit où ?"): "vous pouvez me donner la source" was read as a callback request (the first-name question), "c'est
 * écrit où ?" as small talk, and after a list of aids or a pay card there was no source to tell.
 */
describe('the source of the last answer, however asked', () => {
  it.each([
    ['vous avez la source officielle ?'],
    ['Pouvez-vous nous donner la source, s’il vous plaît ?'],
    ['ok et c quoi la source'],
  ])('after a list of employer aids: "%s"', async (ask) => {
    const { text, rule } = await lastReplyOf(['quelles aides pour embaucher un apprenti en situation de handicap ?', ask]);
    expect(rule).toBe('answer-source');
    expect(text).toMatch(/travail-emploi\.gouv\.fr/);
    expect(text).toMatch(/vérifiée le/);
    expect(text).not.toMatch(/prénom/);
  });

  it.each([['d’où ça vient ?'], ['et ça vient d ou ces infos svp']])('after a FAQ answer: "%s"', async (ask) => {
    const { text, rule } = await lastReplyOf(['on perd les allocs familiales si notre fils est apprenti ?', ask]);
    expect(rule).toBe('answer-source');
    expect(text).toMatch(/service-public\.fr/);
    expect(text).toMatch(/votre cas/);
  });

  it.each([['c sur ? c ecrit ou ?'], ['tu peux me donner la source stp'], ['où c’est marqué ?']])('after a pay card: "%s"', async (ask) => {
    const { text, rule } = await lastReplyOf(['combien gagne un apprenti de 17 ans', ask]);
    expect(rule).toBe('answer-source');
    expect(text).toMatch(/grille du ministère du Travail/);
    expect(text).toMatch(/ton cas/);
  });

  it('near miss: a source in another sense is not the source of the answer', async () => {
    const { rule } = await lastReplyOf(['combien gagne un apprenti de 17 ans', 'je cherche la source du problème avec mon patron']);
    expect(rule).not.toBe('answer-source');
  });

  it('near miss: "vous pouvez me rappeler ?" stays a callback', async () => {
    const { text } = await lastReplyOf(['combien gagne un apprenti de 17 ans', 'vous pouvez me rappeler ?']);
    expect(text).toMatch(/prénom/);
  });
});

/**
 * A workplace named instead of the trade: "bosser dans un haras" reached no trade (and the field's quiz offered
 * landscaper and cattle breeder). The workplace words of one trade lead to it (metiers-familiers.yaml): a haras breeds
 * horses (its diplomas hold the Bac pro conduite et gestion de l'entreprise hippique, taught at Graignes in the Manche,
 * offre 2025), stables are the groom's, a garage the car mechanic's.
 */
describe('a trade from a workplace word', () => {
  it.each([
    ['je veux bosser dans un haras', /équidés/],
    ['Quel diplôme faut-il pour travailler dans un haras ?', /équidés/],
    ['jvoudrai taffer dans une ecurie', /Palefrenier/],
    ['je souhaite travailler dans un centre équestre', /Palefrenier/],
    ['je voudrais bosser dans un garage', /Mécanicien/],
  ])('"%s"', async (message, trade) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(trade);
    expect(text).not.toMatch(/paysagiste|bovins/i);
  });

  it('the horse courses in the Manche after a haras', async () => {
    const { text } = await lastReplyOf(['faut quel diplome pour bosser dans un haras', 'y a une formation en apprentissage dans la manche ?']);
    expect(text).toMatch(/GRAIGNES/);
    expect(text).toMatch(/entreprise hippique/);
  });

  it('near miss: a job held in a garage, a bakery wished, keeps the bakery', async () => {
    const { text } = await lastReplyOf(['je travaille dans un garage et je veux devenir boulanger']);
    expect(text).toMatch(/[Bb]oulang/);
    expect(text).not.toMatch(/Mécanicien/);
  });
});

/**
 * Register: an employer who hires "en contrat de professionnalisation une personne de 23 ans" without writing vous was
 * taken for the young person and answered in tu ("ton niveau de diplôme"). The contract put between the verb and the
 * person hired still says who hires (hires-in-contract.ts): the employer, spoken to in vous, about the person hired.
 */
describe('an employer hiring in a named contract is the employer', () => {
  it.each([
    ['Bonjour, je souhaite embaucher en contrat de professionnalisation une personne de 22 ans titulaire d’un CAP. Quel salaire minimum ?'],
    ['nous voulons recruter en contrat pro une jeune de 20 ans avec un bac, combien au minimum ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/contrat de professionnalisation/);
    expect(text).not.toMatch(/\b(?:ton|tu|te|tes)\b/);
  });

  it('near miss: a young person who wants a contrat pro keeps tu', async () => {
    const { text } = await lastReplyOf(['jai 22 ans je veux faire un contrat pro, je gagne combien ?']);
    expect(text).toMatch(/\b(?:ton|tu|te)\b/);
  });
});
