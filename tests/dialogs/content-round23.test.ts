import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 23, issue 12: facts re-checked against their primary sources. The replies must say what the sources say:
 * the OPCO's side costs are ceilings, Mobili-Jeune's pay ceiling and double-rent case are told, the Agefiph amount
 * is a prorated ceiling to confirm with the Agefiph, a minor's medical visit is before the job starts.
 */
describe('OPCO side costs are ceilings ("jusqu\'à"), the first equipment depends on the diploma', () => {
  it.each([
    ["l'internat au cfa c'est payé par qui ?", /jusqu'à 6 € par nuit/],
    ['jdors a linternat du cfa, ca coute combien ? qqn rembourse ?', /jusqu'à 6 € par nuit/],
    ['Notre fils prend ses repas à la cantine du CFA : l’OPCO participe-t-il ?', /jusqu'à 6 € par nuitée, 3 € par repas/],
    ["aide pour acheter mes outils d'apprenti en cuisine ?", /500 € pour le premier équipement, selon ton diplôme/],
  ])('"%s"', async (message, fact) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(fact);
    expect(text).not.toMatch(/Il (?:paie|verse) 6 €/);
  });
});

describe('Mobili-Jeune: its pay ceiling and the double-rent case are told', () => {
  it.each([
    ['je suis apprenti et je loue un studio près de ma boite, y a une aide pour le loyer ?'],
    ["g 20 ans en alternance, je paye 2 loyers (chez moi + pres du taf), aide mobili jeune possible ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/Mobili-Jeune/);
    expect(text).toMatch(/120 % du SMIC/);
    expect(text).toMatch(/deux loyers/);
    expect(text).toMatch(/10 € à 100 €/);
  });
});

describe('the Agefiph hiring aid is a ceiling prorated on the contract, to confirm with the Agefiph', () => {
  it.each([
    ["Nous recrutons un apprenti reconnu travailleur handicapé, l'Agefiph nous aide-t-elle ?"],
    ['aide agefiph pour embaucher un apprenti rqth cb ?'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/3 000 €/);
    expect(text).toMatch(/selon la durée du contrat/);
    expect(text).toMatch(/auprès de l'Agefiph/);
  });
});

describe('near misses keep their answers', () => {
  it("the State's hiring aid for a BTS apprentice in a small firm stays 4 500 €", async () => {
    const c = await startConversation();
    const text = c.read(await c.send("aide à l'embauche d'un apprenti en BTS pour une entreprise de 12 salariés"));
    expect(text).toMatch(/4\s500 €/);
    expect(text).not.toMatch(/Agefiph/);
  });

  it('a minor apprentice still hears the medical visit is before the job starts', async () => {
    const c = await startConversation();
    const text = c.read(await c.send("j'ai 16 ans je commence mon apprentissage lundi, la visite médicale c'est quand ?"));
    expect(text).toMatch(/avant/);
    expect(text).toMatch(/visite/);
  });
});
