import { beforeAll, describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { newerFirst, OLDER_OFFER_KM, ENOUGH_NEWER_PLACES } from '../../src/rules/newer-first.js';
import { lastReplyOf } from './harness.js';

beforeAll(async () => {
  await sharedKnowledge();
}, 300_000);

/** What the bot says of a site it cannot place: it exists in a département, with its UAI, and who knows where it is. */
const UNPLACED = /je ne sais pas (?:le |les )?situer sur la carte/;
const UAI = /code UAI \d{7}[A-Z]/;

/**
 * Round 31 (review 21, J11): "BTS en alternance dans l'info à Rouen" got "Rien à moins de 100 km", pointing to Caen,
 * while Parcoursup 2024 lists a BTS SIO in apprenticeship at a Seine-Maritime UAI that no file places in a commune.
 * An absence is never stated when the data has the course at a site it cannot place: the answer says the course
 * exists in that département (UAI, name when the data has one), that it could not be placed, and who can say where.
 */
describe('a course listed at sites no file places is said to exist there, in every département', () => {
  it.each([
    // Seine-Maritime
    ["et a rouen ya des bts en alternance dans l info ?", /en Seine-Maritime/],
    ['je cherche un BTS photographie en apprentissage au Havre', /En Seine-Maritime/],
    ['BTS banque en alternance près de Rouen', /En Seine-Maritime/],
    // Calvados
    ['je voudrais faire un BTS commerce international en alternance vers Caen', /Dans le Calvados/],
    ['un bts banque en apprentissage à Lisieux ça existe ?', /Dans le Calvados/],
    // Eure
    ['BTS opticien lunetier en alternance à Évreux', /dans l'Eure/],
    // Manche
    ['BTS assurance en apprentissage à Cherbourg', /dans la Manche/],
    ['je cherche un BTS tourisme en alternance à Saint-Lô', /dans la Manche/],
    // Orne
    ['BTS professions immobilières en alternance à Alençon', /dans l'Orne/],
    ['bts communication en apprentissage vers alencon', /dans l'Orne/],
  ])('%s', async (message, area) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(UNPLACED);
    expect(text).toMatch(UAI);
    expect(text).toMatch(area);
    expect(text).toMatch(/0800 050 000/);
    // The absence is said of the places it can locate only, never flat.
    expect(text).not.toMatch(/Rien à moins de (20|100) km/);
    expect(text).not.toMatch(/Je n'ai trouvé aucun lieu/);
  });

  it('a département asked: its unplaced sites, not "none there"', async () => {
    const { text } = await lastReplyOf(['BTS photographie dans le 76']);
    expect(text).toMatch(UNPLACED);
    expect(text).toMatch(/En Seine-Maritime/);
    expect(text).not.toMatch(/aucun lieu en Seine-Maritime/);
  });

  it('the review\'s case still names the nearest place it can locate, with its distance', async () => {
    const { text } = await lastReplyOf(["et a rouen ya des bts en alternance dans l info ?"]);
    expect(text).toMatch(/Caen \(110 km\)/);
    expect(text).toMatch(/Aucun lieu que je sais situer à moins de 100 km/);
    expect(text).toMatch(/0763522R/);
  });

  it('only an older catalogue\'s place near, a newer catalogue\'s site unplaced in the département: both said, never "only old data"', async () => {
    // BTSA gestion et protection de la nature: Parcoursup 2020 at a site 15 km from Rouen; Parcoursup 2024 at a
    // Seine-Maritime UAI no file places.
    const { text } = await lastReplyOf(['je cherche un BTSA gestion et protection de la nature en apprentissage à Rouen']);
    expect(text).toMatch(/offre 2020/);
    expect(text).toMatch(UNPLACED);
    expect(text).toMatch(/0763417B/);
    expect(text).not.toMatch(/mes seules données datent de 2020/);
  });

  it('vous: the same, in the vous form', async () => {
    const { text } = await lastReplyOf(['Bonjour, mon fils cherche un BTS banque en apprentissage près de Rouen, où peut-il aller ?']);
    expect(text).toMatch(UNPLACED);
    expect(text).toMatch(/vous diront/);
  });
});

/** Near misses: a place near enough answers alone; a course really absent keeps its honest absence with the nearest one. */
describe('near misses keep their answer', () => {
  it.each([
    ['je veux faire un BTS informatique à Cherbourg', /Cherbourg-en-Cotentin \(< 1 km\)/],
    ['CAP pâtissier vers Dieppe', /Rouxmesnil-Bouteilles \(3 km\)/],
    ['CAP électricien à Dieppe', /Dieppe \(< 1 km\)/],
    ['bac pro commerce vers Évreux', /km\)/],
  ])('%s: no unplaced site mentioned', async (message, nearest) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(nearest);
    expect(text).not.toMatch(UNPLACED);
  });

  it.each([
    ['BTS architectures en métal en alternance à Rouen'],
    ['je cherche un BTS construction navale en alternance à Rouen'],
  ])('%s: a course no catalogue lists near is still "nothing within 100 km", with the nearest', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Rien à moins de 100 km/);
    expect(text).not.toMatch(UNPLACED);
  });
});

/**
 * Round 31 (review 21, P6): at Dieppe the first place listed for a CAP was a 2020 offer, ahead of four 2025 ones.
 * Newer data first at a comparable distance; an older offer only when nothing newer is near, labelled with its year.
 */
describe('newer offers first at a comparable distance', () => {
  it('rule: older places rank OLDER_OFFER_KM further, and are left out when enough newer ones are that near', () => {
    const p = (km: number, newestYear: number, id: string) => ({ km, newestYear, id });
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    // Dieppe's case: the 2020 site at < 1 km, four 2025 sites within 7 km.
    expect(ids(newerFirst([p(0.5, 2020, 'old'), p(0.5, 2025, 'a'), p(3, 2025, 'b'), p(3, 2025, 'c'), p(7, 2025, 'd')], 2024))).toEqual(['a', 'b', 'c', 'd']);
    // Only one newer place near: the older one stays, after it.
    expect(ids(newerFirst([p(1, 2020, 'old'), p(10, 2024, 'a'), p(60, 2025, 'b')], 2024))).toEqual(['a', 'old', 'b']);
    // Nothing newer near: the older one comes first.
    expect(ids(newerFirst([p(2, 2020, 'old'), p(40, 2025, 'a')], 2024))).toEqual(['old', 'a']);
    // Only older data: order kept.
    expect(ids(newerFirst([p(2, 2020, 'x'), p(5, 2020, 'y')], 2024))).toEqual(['x', 'y']);
    expect(OLDER_OFFER_KM).toBeGreaterThan(0);
    expect(ENOUGH_NEWER_PLACES).toBeGreaterThan(1);
  });

  it('over towns of all five départements and several kinds of course, no older place precedes a newer one that is as near', async () => {
    const { knowledge, search } = (await sharedKnowledge()).current;
    const currentFrom = Math.max(...Object.keys(knowledge.counts.offers_by_year).map(Number)) - 1;
    const towns = ['76217', '14118', '14366', '27229', '27681', '50129', '50218', '61001', '61169', '76351', '76540', '50502'];
    const ofType = (type: string) => [...knowledge.diplomas.values()].filter((d) => d.type === type).map((d) => d.id);
    const courses = [ofType('CAP'), ofType('Bac pro'), ofType('BTS'), ['50022137'], ['40025520']];
    let checked = 0;
    for (const insee of towns) {
      const town = knowledge.communes.get(insee)!;
      for (const ids of courses) {
        const { results } = search.nearestEstablishments(town, ids, 5, [20, 40, 100, Infinity]);
        const dated = results.map((r) => ({ km: r.km, older: Math.max(...r.offers.map((o) => o.year)) < currentFrom }));
        for (const [i, a] of dated.entries()) {
          for (const b of dated.slice(i + 1)) if (a.older && !b.older) expect(b.km).toBeGreaterThan(a.km + OLDER_OFFER_KM);
          if (a.older) expect(dated.filter((b) => !b.older && b.km <= a.km + OLDER_OFFER_KM).length).toBeLessThan(ENOUGH_NEWER_PLACES);
        }
        checked++;
      }
    }
    expect(checked).toBe(towns.length * courses.length);
  });

  it.each([
    ["j'habite à Dieppe, quels CAP en apprentissage ?"],
    ['Bonjour, nous habitons à Dieppe. Où mon fils peut-il faire un CAP en apprentissage près de chez nous ?'],
  ])('%s: the first place is a 2025 offer', async (message) => {
    const { text } = await lastReplyOf([message]);
    const first = /\(1\)[^\n]*/.exec(text)?.[0] ?? '';
    expect(first).toMatch(/offre 2025/);
    expect(text).not.toMatch(/offre 2020/);
  });
});
