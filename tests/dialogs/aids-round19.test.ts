import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 19 (aids, the weakest kind of the last code-blind set; own phrasings, tu and vous, SMS spellings). An aid asked
 * by the thing to buy got the trade or diploma named beside it; help with the trip got every aid again; a follow-up
 * asking whether the aid just shown applies ("c'est pour moi ?", "quelle que soit la taille ?", "ça change quoi ?")
 * got the pay grid, the employer aids list or "my last answer does not cover this"; "y a autre chose ?" after an ended
 * aid got "does not cover" instead of what exists now.
 */
describe('an aid asked by the thing to buy: the first-equipment support', () => {
  it.each([
    ["faut que j'achète une caisse à outils pour mon CAP, y a une aide ?"],
    ["j'ai besoin d'une mallette de couteaux pour mon CAP cuisine, je peux être aidé ?"],
    ['faut un ordi portable pour le CFA, y a une aide ?'],
    ['mes tenues de travail pr le cfa c rembourser ?'],
    ['Notre fils doit acheter ses chaussures de sécurité pour sa formation, est-ce pris en charge ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('training-gear-aid');
    expect(text).toMatch(/premier équipement/);
    expect(text).toMatch(/500 €/);
    // The aid asked in the second half is the one answered: it is not offered again as another question.
    expect(text).not.toMatch(/une autre question dans (?:ton|votre) message/);
  });

  it.each([
    ['je veux être cuisinier', /cuisin/i],
    ['combien coûte un CAP cuisine', /CAP cuisine/i],
    ['y a un outil pour simuler mes aides ?', /1jeune1solution|simulat/i],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('training-gear-aid');
    expect(text).toMatch(expected);
  });
});

describe('help with the trip: who pays the transport, not every aid again', () => {
  it.each([
    [["qui m'aide pour le transport ?"]],
    [['y a une aide pour mes trajets en bus ?']],
    [['Existe-t-il une aide pour le transport de notre fille apprentie ?']],
    [['quelles aides pour les apprentis ?', 'et une aide pour le transport ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/moitié|50 %/);
    expect(text).not.toMatch(/Voici les aides/);
  });

  it('the aids for the trip say the ended licence aid ended', async () => {
    const { text } = await lastReplyOf(["qui m'aide pour le transport ?"]);
    expect(text).toMatch(/Mobili-Jeune/);
    expect(text).toMatch(/a pris fin/);
  });

  it('a pass paid back keeps the employer\'s half alone', async () => {
    const { text, rule } = await lastReplyOf(["mon abonnement de bus c'est remboursé ?"]);
    expect(rule).toBe('transport-cost');
    expect(text).toMatch(/moitié/);
  });
});

describe('whether the aid just shown applies: that aid, led by what answers it', () => {
  it('the CEJ for a 24-year-old doing nothing: its conditions and where to go', async () => {
    const { text, rule } = await lastReplyOf(["c'est quoi le CEJ ?", "j'ai 24 ans et je fais rien depuis un an, c'est pour moi ?"]);
    expect(rule).toBe('aid-applies-follow-up');
    expect(text).toMatch(/16 et 25 ans/);
    expect(text).toMatch(/Mission Locale/);
    expect(text).not.toMatch(/salaire minimum|ne couvre pas/);
  });

  it('the CEJ for a son, asked by a parent', async () => {
    const { text, rule } = await lastReplyOf(["Le contrat d'engagement jeune, qu'est-ce que c'est ?", 'mon fils a 22 ans et ne fait rien, il y a droit ?']);
    expect(rule).toBe('aid-applies-follow-up');
    expect(text).toMatch(/Mission Locale/);
  });

  it.each([['quelle que soit la taille ?'], ['même pour un bac pro ?'], ["peu importe l'effectif ?"]])(
    'the disabled apprentice hiring aid, then "%s": whatever the size and diploma',
    async (follow) => {
      const { text, rule } = await lastReplyOf(['je suis employeur, aide pour embaucher un apprenti handicapé ?', follow]);
      expect(rule).toBe('aid-applies-follow-up');
      expect(text).toMatch(/quels que soient/);
      expect(text).toMatch(/6 000 €/);
      expect(text).not.toMatch(/Voici les aides|ne couvre pas/);
    },
  );

  it('the family benefits, then the child still living at home', async () => {
    const { text, rule } = await lastReplyOf(['je suis parent, ma fille est apprentie, on garde les allocations familiales ?', 'elle vit toujours chez nous, ça change quoi ?']);
    expect(rule).toBe('aid-applies-follow-up');
    expect(text).toMatch(/situation de la famille/);
    expect(text).toMatch(/CAF/);
    expect(text).not.toMatch(/ne couvre pas/);
  });

  it('the prime d\'activité, then the son living at home: the household counts, the CAF simulator', async () => {
    const { text, rule } = await lastReplyOf(["mon fils apprenti peut avoir la prime d'activité ?", 'il habite encore à la maison, ça change quoi ?']);
    expect(rule).toBe('aid-applies-follow-up');
    expect(text).toMatch(/foyer/);
    expect(text).toMatch(/simulation/);
    expect(text).not.toMatch(/transport/);
  });

  it('the hiring aid, then "et si on a 300 salariés, ça change quoi ?": the amounts for that size', async () => {
    const { text, rule } = await lastReplyOf(["aide à l'embauche d'un apprenti", 'et si on a 300 salariés, ça change quoi ?']);
    expect(rule).toBe('aid-applies-follow-up');
    expect(text).toMatch(/effectif/);
    expect(text).toMatch(/250 salariés et plus/);
  });

  it('an amount asked after the aid stays its amount', async () => {
    const { text } = await lastReplyOf(["c'est quoi le CEJ ?", "c'est combien par mois ?"]);
    expect(text).toMatch(/561,68 €/);
  });
});

describe('something else after an ended aid: what exists now', () => {
  it.each([['y a autre chose pour payer le permis ?'], ["il existe d'autres aides pour le permis ?"], ['et une autre aide pr le permis ??']])(
    'the driving-licence aid, then "%s"',
    async (follow) => {
      const { text, rule } = await lastReplyOf(['aide au permis', follow]);
      expect(rule).toBe('ended-aid-now');
      expect(text).toMatch(/1jeune1solution/);
      expect(text).not.toMatch(/ne couvre pas/);
    },
  );

  it('"aide au permis" alone is the ended aid, shown ended', async () => {
    const { text } = await lastReplyOf(['aide au permis']);
    expect(text).toMatch(/n'existe plus|a pris fin/);
  });
});

describe('an invented aid with an amount: never confirmed, the line offered', () => {
  it.each([['le Chèque Normandie Alternance de 700 €, comment l\'avoir ?'], ['la prime Apprenti+ 900 € c\'est pour moi ?'], ['Notre fille a droit au bonus Normandie Apprentie de 650 € ?']])(
    '"%s"',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).toMatch(/ne (?:peux|pouvons) pas (?:te|vous) la confirmer|ne connais pas|pas connaissance/);
      expect(text).toMatch(/0800 050 000/);
      expect(text).not.toMatch(/salaire minimum/);
    },
  );

  it.each([
    ["la prime Apprenti+ 900 € c'est pour moi ?", '« Apprenti+ »'],
    ["le Chèque Normandie Alternance de 700 €, comment l'avoir ?", '« Normandie Alternance »'],
  ])('"%s" is said back by its whole name', async (message, name) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('unknown-aid-named');
    expect(text).toContain(name);
  });

  it('the employer aids asked stay the employer aids', async () => {
    const { text } = await lastReplyOf(['quelles aides pour embaucher ?']);
    expect(text).toMatch(/employeur/);
  });
});
