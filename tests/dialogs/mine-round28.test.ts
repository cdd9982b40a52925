import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (mine): a day of the week said with a question places it in the week (src/nlu/when-spans.ts); it is not a
 * subject the entry leaves out, so the entry that answers the question is given instead of "not in my sources".
 */
describe('a weekday told with a question is when, not what is asked', () => {
  it.each([
    ["j'ai 16 ans, je peux finir à 23h au resto le samedi ?", /22 ?h|23 ?h ?30|nuit/i],
    ['ma fille a 17 ans et elle ferme la pizzeria à minuit les vendredis soir, c est légal ?', /22 ?h|nuit/i],
    ['jsuis apprenti boulanger g 16 ans, le mardi je commence a 4h c normal', /nuit|6 ?h|22 ?h/i],
    ['Mon apprenti de 17 ans peut-il faire des heures supplémentaires le samedi ?', /heures? suppl/i],
  ])('%s', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/ne couvrent pas ce point/);
  });

  it('near miss: Sunday work is a question of its own, answered by its entry', async () => {
    const { text } = await lastReplyOf(['je peux bosser le dimanche a 17 ans en boulangerie ?']);
    expect(text).toMatch(/dimanche/i);
  });
});

/**
 * Round 28 (mine): an age said as a band of the pay grid ("un apprenti mineur", "plus de 26 ans") answers a pay
 * question as an age does (src/nlu/entities/age-band.ts); an age told in numbers replaces it.
 */
describe('the pay for a band of the grid said instead of an age', () => {
  it.each([
    [['Quel salaire pour un apprenti mineur en première année ?'], /504,10/, /moins de 18 ans/],
    [['mon fils est mineur, il sera payé combien en 2e année ?'], /728,14/, /moins de 18 ans/],
    [['cb on touche qd on est mineur en apprentissage'], /504,10[\s\S]*728,14|27 %/, /moins de 18 ans/],
    [["Quelle rémunération pour un apprenti de plus de 26 ans ?"], /1 ?867,02/, /partir de 26 ans/],
    [["j'ai plus de 26 ans, je gagnerai combien en alternance"], /1 ?867,02/, /partir de 26 ans/],
    [['salaire apprenti', 'il est mineur'], /504,10|27 %/, /moins de 18 ans/],
  ])('%j', async (messages, figure, said) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
    expect(text).toMatch(said);
    expect(text).not.toMatch(/quel âge/i);
  });

  it('an age told later replaces the band', async () => {
    const { text } = await lastReplyOf(['combien gagne un apprenti mineur', "en fait j'ai 19 ans"]);
    expect(text).toMatch(/802,82|19 ans/);
  });

  it('near misses: a minor in a question of rights keeps its entry; "majeur" asks the age', async () => {
    expect((await lastReplyOf(['Un apprenti mineur peut-il travailler la nuit ?'])).text).toMatch(/22 ?h|nuit/);
    expect((await lastReplyOf(['combien gagne un apprenti majeur'])).text).toMatch(/âge/);
  });
});

/**
 * Round 28 (mine): a message that only excuses the person's own writing is reassured and asked for the question
 * (dialogs/routing/writing-excused.ts), never "je n'ai pas compris ta question".
 */
describe('a person excusing their own writing is reassured', () => {
  it.each([
    'dsl pour lortho jsuis pas tres fort',
    'désolé pour les fautes',
    'pardon je sais pas bien écrire',
    'je suis nulle en orthographe dsl',
    "dsl d'avance pour mes fautes lol",
    "j'écris comme je parle, désolée",
    'sry pour le correcteur',
    'chui pas tres doué en francais',
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Pas de souci|Aucun souci/);
    expect(text).not.toMatch(/pas (bien )?compris/);
  });

  it.each([
    ['dsl pour les fautes, combien gagne un apprenti de 17 ans ?', /504,10|17 ans/],
    ["je suis pas très fort à l'école, je peux faire un CAP ?", /CAP/],
    ['je fais des fautes dans mon travail et mon patron me crie dessus', /./],
  ])('near miss, a question or a story of its own is answered: %s', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Pas de souci, écris/);
  });
});

/**
 * Round 28 (mine, review 18 E6): an employer asking what an apprentice costs them gets the entry on the employer's
 * costs (training paid by the OPCO, the 750 € share from bac+3, the pay, the aid and exemptions), not the aids alone.
 */
describe("an employer's question of cost", () => {
  it.each([
    ['je suis plombier je veux prendre un apprenti en cap, ça me coûte cb ?'],
    ["on est une petite boîte, un apprenti ça nous coûtera combien ?"],
    ["ca coute combien un alternant a l'employeur"],
    ['jsuis artisan, prendre un apprenti ça revient à combien par mois pour moi ?'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/OPCO/);
    expect(text).toMatch(/750|salaire/);
  });

  it('near miss: an aid named with the cost keeps the aids', async () => {
    const { text } = await lastReplyOf(['quelle aide pour embaucher un apprenti, ça coûte cher ?']);
    expect(text).toMatch(/aide/i);
  });
});

/**
 * Round 28 (integration): three readings the round's branches broke together, found on the fresh blind sets and fixed
 * in general. (1) A qualifier of what is asked ("une aide spécifique ?", "des règles particulières ?") is no subject an
 * entry leaves out (faq-coverage.ts). (2) A student's town told in the story ("en L1 socio à Rouen, j'en ai marre")
 * does not stop the answer on leaving university (leaving-university.ts). (3) After ONE aid's card, the aids' FAQ entry
 * is not that card again (decide.ts repeatsLastCard): "et pour le logement ?" after the ended licence aid is answered.
 */
describe('round 28 integration: readings kept', () => {
  it.each([
    ["Nous embauchons un apprenti reconnu travailleur handicapé, existe-t-il une aide particulière ?", /6 ?000/],
    ["un apprenti handicapé dans notre boite, y a une aide spéciale pour nous ?", /6 ?000|Agefiph/],
  ])('a qualifier of the aid asked: %s', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/ne couvrent pas/);
  });

  it.each([
    ["je suis en L2 socio à Rouen et ça me plaît plus, l'apprentissage c'est possible ?"],
    ["étudiante en droit à Caen, j'en ai marre, je peux faire une alternance ?"],
  ])('a town in the story of leaving university: %s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/29 ans|après la fac|apprentissage/);
    expect(text).not.toMatch(/ne couvrent pas/);
  });

  it('near miss: where asked, the places are searched', async () => {
    const { text } = await lastReplyOf(["je suis en L1 de droit à Rouen j'arrête, y a quoi comme BTS en alternance près de Rouen ?"]);
    expect(text).toMatch(/Rouen/);
  });

  it("the aids' entry after one aid's card is no repeat", async () => {
    const { text } = await lastReplyOf(["l'aide au permis de 500 euros elle existe encore ?", 'ok tant pis. et pour me loger ?']);
    expect(text).not.toMatch(/ne couvre pas cette question/);
    expect(text).toMatch(/aide|Mobili|logement/i);
  });
});
