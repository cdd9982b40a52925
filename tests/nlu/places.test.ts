import { beforeAll, describe, expect, it } from 'vitest';
import type { Search } from '../../src/knowledge/search.js';
import { communeInText, outsidePostcodeInText } from '../../src/nlu/places.js';
import { normalize } from '../../src/text/normalize.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** [message, expected INSEE code, how it should be found] */
const COMMUNE_QUERIES: ReadonlyArray<[string, string, string]> = [
  ['Caen', '14118', 'name'],
  ['je suis à Lisieux', '14366', 'name'],
  ['CAP boulanger près de Lisieux', '14366', 'name'],
  ["j'habite au Havre", '76351', 'name'],
  // The article held by "du", or a big town by its name after "de".
  ['cap cuisine du havre', '76351', 'name'],
  ['je cherche à côté de Havre', '76351', 'name'],
  ['Le Havre', '76351', 'name'],
  ['bac pro mécanique à Dieppe', '76217', 'name'],
  ['saint lo', '50502', 'name'],
  ['St-Lô', '50502', 'name'],
  ['Saint-Étienne-du-Rouvray', '76575', 'name'],
  ['Évreux', '27229', 'name'],
  ['evreux', '27229', 'name'],
  ['Cherbourg-en-Cotentin', '50129', 'name'],
  ['Alençon', '61001', 'name'],
  ['14000', '14118', 'postcode'],
  ['27000', '27229', 'postcode'],
  ['76600', '76351', 'postcode'],
  ['cap cuisine 50100', '50129', 'postcode'],
  ['Cherbourg-Octeville', '50129', 'former'],
  // A former commune named after two villages, called by the first one.
  ["cap cuisine du côté d'Équeurdreville", '50129', 'former'],
  ['un bts vers thury', '14689', 'former'],
  ['je suis a lisieu', '14366', 'fuzzy'],
  ['cean', '14118', 'fuzzy'],
  // Uncued, at the end of the message, one typo from a bigger town.
  ['cap peintre en batiment granvile', '50218', 'fuzzy'],
  ['formation coiffure evreu', '27229', 'fuzzy'],
  ['je suis de cherbour', '50129', 'fuzzy'],
];

describe('commune search', () => {
  let search: Search;
  beforeAll(async () => {
    search = (await sharedKnowledge()).current.search;
  });

  it.each(COMMUNE_QUERIES)('"%s" → %s (%s)', (query, insee, via) => {
    const hit = communeInText(search, normalize(query));
    expect(hit?.commune.insee).toBe(insee);
    expect(hit?.via).toBe(via);
  });

  it('does not read common words or job titles as towns', () => {
    for (const q of [
      "c'est quoi la période d'essai",
      'maçon',
      'je veux etre boulanger',
      'merci',
      "j'ai eu mon bac",
      // One typo from a town, but everyday words or words of our FAQ.
      'hello tout le monde',
      'combien de jours de congé',
      "je sais pas, c'est-à-dire",
      // A département is not a misspelt town.
      'bts en alternance dans la manche',
      "cap cuisine dans l'orne",
      // A small commune named with its article, read from the bare noun after "de" (Les Places, in the Eure).
      'combien de places il reste en CAP boulanger',
      'il y a assez de places au CFA ?',
    ]) {
      expect(communeInText(search, normalize(q)), q).toBeUndefined();
    }
  });

  it('recognises a postcode outside Normandy', () => {
    expect(outsidePostcodeInText(search, normalize('je suis à 75011'))).toEqual({ postcode: '75011', department: '75' });
    expect(outsidePostcodeInText(search, '14000')).toBeUndefined();
  });
});

describe('nearest establishments', () => {
  let search: Search;
  beforeAll(async () => {
    search = (await sharedKnowledge()).current.search;
  });

  it('finds CAP boulanger around Lisieux by widening the radius, nearest first, with km', async () => {
    const kb = (await sharedKnowledge()).current;
    const trade = kb.knowledge.trades.get('D1102');
    const lisieux = kb.knowledge.communes.get('14366');
    if (!trade || !lisieux) throw new Error('test data missing');
    const caps = search.diplomasForTrade(trade, ['CAP']);
    expect(caps.map((d) => d.title)).toContain('CAP boulanger');
    const result = search.nearestEstablishments(lisieux, caps.map((d) => d.id));
    expect(result.radiusKm).toBeGreaterThan(20);
    expect(result.results.length).toBeGreaterThan(0);
    const kms = result.results.map((r) => r.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    for (const r of result.results) expect(r.offers.some((o) => caps.some((c) => c.id === o.diploma.id))).toBe(true);
  });

  it('finds nothing for a diploma nobody offers', () => {
    expect(search.nearestEstablishments({ lat: 49.18, lon: -0.37 }, ['RNCP0']).results).toEqual([]);
  });
});

describe('FAQ retrieval', () => {
  let search: Search;
  beforeAll(async () => {
    search = (await sharedKnowledge()).current.search;
  });

  it.each([
    ["c'est quoi la période d'essai en apprentissage", 'periode-essai'],
    ['combien de temps dure un contrat d apprentissage', 'duree-contrat'],
    ['un apprenti a droit à combien de congés payés ?', 'conges-payes'],
  ])('"%s" → %s', (question, id) => {
    expect(search.faq(question, 1)[0]?.entry.id).toBe(id);
  });
});
