import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 26 (r26-first): first messages that tell a situation. Each kind is a mechanism, tested on phrasings of our own
 * (tu and vous, SMS spellings, typos) and near misses that keep their answer.
 */
describe('a pupil in the 3e (not only after it) who does not know what to do: the paths first', () => {
  it.each([
    ['je suis en 3e et je sais pas du tout quoi faire plus tard'],
    ['chui en troisième jsp quoi faire apres'],
    ['je suis en 3eme je ne sais pas ce que je veux faire'],
    ['mon fils est en 3e il ne sait pas quoi faire'],
    ['en 3e, aucune idée de métier'],
    ['Ma fille est en troisième et elle est perdue pour son orientation'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/CAP/);
    expect(text).toMatch(/bac pro/i);
  });

  it.each([
    ['je suis en 3e, combien gagne un apprenti ?'],
  ])('near miss, another question keeps its answer: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/SMIC/);
  });
});

describe('a diploma held and another apprenticeship asked: yes, a new contract for a diploma above', () => {
  it.each([
    ["j'ai eu mon CAP l'an dernier, je peux repartir en apprentissage ?"],
    ["jai mon cap, je peu refaire un contrat d'apprentissage ?"],
    ["Mon fils a obtenu son CAP, peut-il signer un nouveau contrat d'apprentissage ?"],
    ['cap validé, c possible de continuer en alternance ?'],
    ["une fois mon CAP obtenu, est-ce que je peux faire un deuxième apprentissage ?"],
    ["J'ai décroché mon CAP, puis-je rester en apprentissage ensuite ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/BP|brevet professionnel/);
    expect(text).not.toMatch(/29 ans révolus/);
  });

  it.each([
    ["j'ai eu mon CAP, combien je gagnerai avec un nouveau contrat ?", /salaire|rémunération|gagne|%/i],
  ])('near miss, pay keeps its answer: "%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
  });
});

describe('after the entry on continuing, the pay of the new contract against the last one', () => {
  it.each([
    ["et je serai payé moins qu'avant ?"],
    ['je vais toucher moins ?'],
    ['mon salaire repart à zéro ?'],
    ['je gagnerai moins que maintenant ?'],
    ['ma paie va diminuer ?'],
  ])('"%s"', async (followUp) => {
    const { text } = await lastReplyOf(["j'ai eu mon CAP, je peux repartir en apprentissage ?", followUp]);
    expect(text).toMatch(/dernière année|au moins/);
  });
});

describe('apprenticeship at a public workplace asked: yes, the public employers', () => {
  it.each([
    ["on peut faire son apprentissage à l'hôpital ou à la mairie ?"],
    ['c possible detre apprenti a la mairie'],
    ['Les collectivités territoriales prennent-elles des alternants ?'],
    ['est-ce que je peux faire mon alternance dans la fonction publique'],
    ['ma fille voudrait faire son apprentissage au CHU de Rouen, est-ce possible ?'],
    ['un hopital peut prendre un apprenti ?'],
    ['une commune peut avoir un apprenti ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/employeurs publics/i);
  });

  it.each([
    ["je veux être aide-soignante à l'hôpital en apprentissage"],
  ])('near miss, a trade named keeps the trade: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/aide-soignant/i);
  });
});

describe('a disability of their own and aids asked: what apprenticeship provides for it', () => {
  it.each([
    ['je suis apprenti avec une rqth, quelles aides existent ?'],
    ['jai une rqth g droit a quoi comme aides en alternance'],
    ['ma fille est handicapée et veut faire un apprentissage, il y a des aides ?'],
    ['apprentie en situation de handicap, aides possibles ?'],
    ["Je suis reconnu travailleur handicapé, quelles aides pour mon apprentissage ?"],
    ['handicapé et apprenti, y a des aides pour moi ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/référent handicap|Agefiph/);
    expect(text).toMatch(/aménagé/);
  });

  it.each([
    ["J'embauche un apprenti avec une RQTH, quelles aides ?"],
  ])('near miss, the employer keeps the employer aids: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Agefiph|aide/i);
    expect(text).not.toMatch(/Avec une RQTH, tu peux signer/);
  });
});

describe('an adviser asked for with a subject: the free line and the callback', () => {
  it.each([
    ["Bonjour, je souhaiterais échanger avec un conseiller au sujet du recrutement d'un apprenti"],
    ["je voudrais parler a quelqu'un concernant l'embauche d'un alternant"],
    ["Pourrais-je avoir un rendez-vous avec une conseillère à propos de l'apprentissage de mon fils ?"],
    ['je veux contacter un conseiller pour recruter une apprentie'],
    ['jveux parler a un conseiller pour mon projet de cap'],
    ['Nous aimerions être mis en relation avec un conseiller pour embaucher un apprenti'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/0800 ?050 ?000/);
  });
});

describe('a bare département ending a short search: the places in it', () => {
  it.each([
    ['cap carrosserie eure', /Eure/],
    ['bac pro cuisine 14', /Calvados/],
    ['bts commerce orne', /Orne/],
    ['cap coiffure manche', /Manche/],
    ['apprentissage boulanger 76', /Seine-Maritime/],
    ['cap cuisine seine-maritime', /Seine-Maritime/],
  ])('"%s"', async (message, departement) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(departement);
    expect(text).not.toMatch(/dans quelle ville/i);
  });

  it('names the places of the Eure for the CAP carrosserie', async () => {
    const { text } = await lastReplyOf(['cap carrosserie eure']);
    expect(text).toMatch(/Pont-Audemer/);
  });

  it.each([
    ['la manche de mon pull est trouée'],
    ['cap en 2 ans'],
  ])('near miss, no département: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/Manche :|dans la Manche/);
  });
});
