import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalize } from '../../src/text/normalize.js';
import { type EntityView, compareViews, entityView, expectedView } from './entity-view.js';
import { loadHeldout } from './heldout.js';

const view = (raw: string): EntityView => entityView(extractEntities(normalize(raw)));

describe('extractEntities (table)', () => {
  it.each<[string, EntityView]>([
    // age
    ['17 ans', { age: 17 }],
    ["j'ai 17", { age: 17, persona: 'jeune' }],
    ['ma fille de 16 ans', { age: 16, persona: 'parent' }],
    ['je vais avoir 20 ans', { age: 20, persona: 'jeune' }],
    ["j'ai 12 ans", { age: 12, ageOutOfRange: true, persona: 'jeune' }],
    ["non j'ai 18 ans pas 17", { age: 18, persona: 'jeune' }],
    // SMS and slang words for years
    ['jsuis a 21 piges', { age: 21 }],
    ['slt jsui 17a', { age: 17 }],
    // "17a", "17 a" alone or before another clause: years; a date, a time or a place after "à" stays what it is
    ['17a', { age: 17 }],
    ['moi 17 a', { age: 17 }],
    ['ma fille a 16a', { age: 16, persona: 'parent' }],
    ['rdv le 17 avril', {}],
    ['17 a rouen', {}],
    ['mon fils a 16 balais', { age: 16, persona: 'parent' }],
    ['je suis a caen', {}],
    ['un CAP en 2 ans', { diplomas: ['aimed:cap'] }],
    ['les aides pour les moins de 26 ans', {}],
    ["j'ai 3 ans d'expérience", { persona: 'jeune' }],
    // contract year
    ['1ere année', { contractYear: 1 }],
    ['et la 2eme ?', { contractYear: 2 }],
    ['deuxième année', { contractYear: 2 }],
    ['3e année de bac pro', { contractYear: 3, diplomas: ['aimed:bac_pro'] }],
    // diplomas, levels, school
    ["j'ai un CAP", { diplomas: ['held:cap'], persona: 'jeune' }],
    ['je veux faire un BTS', { diplomas: ['aimed:bts'] }],
    ['je suis en bac pro', { diplomas: ['current:bac_pro'], persona: 'jeune' }],
    ['après mon CAP je veux faire un BP', { diplomas: ['aimed:bp', 'held:cap'] }],
    ['une licence pro ou un master', { diplomas: ['aimed:licence_pro', 'aimed:master'] }],
    ['et pour un apprenti ingénieur ?', { diplomas: ['aimed:ingenieur'] }],
    ['une alternante ingénieur', { diplomas: ['aimed:ingenieur'] }],
    ['titre pro niveau 5', { diplomas: ['aimed:titre_pro'], level: 5 }],
    ['bac+2', { level: 5 }],
    ['niveau bac', { level: 4 }],
    ['le but de la formation', {}],
    ["j'ai fini la 3e", { schoolLevel: '3e', persona: 'jeune' }],
    ['en seconde', { schoolLevel: 'seconde' }],
    ["j'ai le bac", { schoolLevel: 'bac', diplomas: ['held:bac'], persona: 'jeune' }],
    // persona and company
    ['mon fils veut être cuisinier', { persona: 'parent', interests: ['cuisine'] }],
    // "ma boîte" is the apprentice's workplace when they say they are the young one, the boss's business otherwise.
    ['jsuis en bts en alternance, ma boite est en liquidation', { persona: 'jeune', diplomas: ['current:bts'] }],
    ['mon patron dit que ma boite va fermer', { persona: 'jeune' }],
    ['ma boite cherche des aides pour un apprenti', { persona: 'employeur' }],
    ['je suis artisan, 12 salariés', { persona: 'employeur', employees: 12, companyCategory: 'pme' }],
    ['nous sommes 400 salariés', { persona: 'employeur', employees: 400, companyCategory: 'eti' }],
    // Round 16: a group, a factory or a shop of N people is a head count too.
    ['groupe de 300 personnes, on veut prendre un apprenti', { persona: 'employeur', employees: 300, companyCategory: 'eti' }],
    ['notre usine a 12 personnes', { persona: 'employeur', employees: 12, companyCategory: 'pme', interests: ['industrie'] }],
    ['je recrute', { persona: 'employeur' }],
    ['une PME', { persona: 'employeur', companyCategory: 'pme' }],
    ['je suis conseillère à la mission locale', { persona: 'conseiller' }],
    // disability, places
    ["j'ai une RQTH", { disability: true }],
    ["je n'ai pas de handicap", { disability: false }],
    ['14000', { postcode: '14000', departement: '14' }],
    ['je suis au Havre 76600', { postcode: '76600', departement: '76' }],
    ['dans le Calvados', { departement: '14' }],
    ["dans l'Eure", { departement: '27' }],
    ['en Eure-et-Loir', { departement: '28' }],
    ['du 61', { departement: '61' }],
    ['le 14 juillet', {}],
    ["mon numéro c'est le 06 12 34 56 78", {}],
    ['la manche de mon pull', {}],
    // interests
    ["j'aime la cuisine, les animaux et être dehors", { interests: ['animaux', 'cuisine', 'nature'] }],
    ["j'adore l'informatique et les jeux vidéo", { interests: ['informatique'] }],
    ['je kiffe les voitures', { interests: ['mecanique'] }],
    ['comment utiliser ce chat', {}],
  ])('%j', (raw, expected) => {
    expect(view(raw)).toEqual(expected);
  });

  it('returns empty entities for empty, emoji-only or hostile input', () => {
    for (const raw of ['', '🙂🙂', "'; DROP TABLE x; --", '<img src=x onerror=alert(1)>']) {
      expect(() => extractEntities(normalize(raw))).not.toThrow();
    }
    expect(view('')).toEqual({});
  });

  it.each([
    ["j'ai 20 ans, j'aurai 21 ans en mars", 20, 21],
    ['21 ans le mois prochain', 21, 21],
    ['elle aura 18 ans dans deux mois', 18, 18],
    ['je vais avoir 26 ans', 26, 26],
    ['bientôt 21 ans et toujours en CAP', 21, 21],
    ["j'ai 21 ans depuis mars", 21, undefined],
    ['17 ans en septembre dernier', 17, undefined],
    ["j'ai 19 ans", 19, undefined],
  ])('%j: the age read and the age said to be coming', (raw, age, soon) => {
    const e = extractEntities(normalize(raw));
    expect(e.age?.value).toBe(age);
    expect(e.age?.soon).toBe(soon);
  });

  it('reads 100 KB of text (bounded by the normaliser and the token cap)', () => {
    const big = "ma fille de 16 ans veut faire un CAP dans le 76 ".repeat(2_200);
    const e = extractEntities(normalize(big));
    expect(e.age?.value).toBe(16);
  });
});

describe('"17 a" that is a time or a date, not an age', () => {
  it.each(['le 17 a 14h', 'rdv le 17 a 10h30', 'on se voit a 17h'])('"%s"', (raw) => {
    expect(extractEntities(normalize(raw)).age).toBeUndefined();
  });
});

describe('entities on the held-out set', () => {
  it('gets at least 90 % of the expected fields right (extra fields count as errors)', () => {
    let fields = 0;
    let correct = 0;
    for (const c of loadHeldout()) {
      const cmp = compareViews(expectedView(c.entities), view(c.text));
      fields += cmp.fields;
      correct += cmp.correct;
    }
    expect(fields).toBeGreaterThan(100);
    expect(correct / fields).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a contract made longer than planned (extendedContract)', () => {
  it.each([
    ["on prolonge mon contrat d'un an"],
    ['ma formation va etre allongee'],
    ["une annee en plus avec ma rqth"],
    ['un an de plus au cfa'],
    ["l'année supplémentaire c'est payé combien"],
    ['prolongation du contrat'],
  ])('"%s"', (text) => {
    expect(extractEntities(normalize(text)).extendedContract).toBe(true);
  });

  it.each([["l'année d'après"], ['en 3e année'], ["j'ai plus d'un an d'expérience"], ['plus de 2 ans'], ['un an et demi']])('not "%s"', (text) => {
    expect(extractEntities(normalize(text)).extendedContract).toBeUndefined();
  });
});
