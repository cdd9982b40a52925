import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../../helpers/knowledge.js';
import { diplomaTypeRank, rankDiplomas } from '../../../dialogs/support/knowledge-views.js';
import { MAX_DIPLOMAS } from '../../../dialogs/metier-dialog.js';
import { expectKey, read, startConversation } from '../harness.js';

/**
 * A trade's diplomas, best first (issue 12): the national diploma a young person in apprenticeship expects for the
 * trade is on the first screen of the trade card (the diplomas before "En savoir plus"). Trades and diplomas from the
 * coverage list (tests/knowledge/trade-diploma-coverage.test.ts), chosen across its fields; each diploma by its code
 * in the diploma data, its title beside it.
 */
const FIRST_SCREEN: ReadonlyArray<readonly [asked: string, rome: string, id: string, title: string]> = [
  ['boulanger', 'D1102', '50022137', 'CAP boulanger'],
  ['pâtissier', 'D1104', '50022141', 'CAP pâtissier'],
  ['cuisinier', 'G1609', '50022146', 'CAP cuisine'],
  ['coiffeur', 'D1202', '50033616', 'CAP métiers de la coiffure'],
  ['esthéticienne', 'D1208', '50033615', 'CAP esthétique cosmétique parfumerie'],
  ['fleuriste', 'D1209', '50031223', 'CAP fleuriste'],
  ['mécanicien auto', 'I1604', '50025218', 'CAP maintenance des véhicules option voitures particulières'],
  ['mécanicien moto', 'I1607', '50025220', 'CAP maintenance des véhicules option motocycles'],
  ['carrossier', 'I1606', '50025440', 'CAP carrossier automobile'],
  ['électricien', 'F1602', '50025524', 'CAP électricien'],
  ['maçon', 'F1703', '50023224', 'CAP maçon'],
  ['charpentier', 'F1503', '50023446', 'CAP charpentier bois'],
  ['couvreur', 'F1619', '50023223', 'CAP couvreur'],
  ['plombier', 'F1603', '50023324', 'CAP monteur en installations sanitaires'],
  ['conducteur de travaux', 'F1201', '32023012', 'BTS bâtiment'],
  ['comptable', 'M1203', '32031408', 'BTS comptabilité et gestion'],
  ['chauffeur routier', 'N4101', '50031117', 'CAP conducteur routier marchandises'],
  ['paysagiste', 'A1208', '50321405', 'CAP agricole jardinier paysagiste'],
  ['aide-soignant', 'J1501', '46033104', "Diplôme d'État d'aide-soignant"],
  ['opticien', 'J1405', '32033107', 'BTS opticien-lunetier'],
  ['agent de sécurité', 'K2503', '50034405', 'CAP agent de sécurité'],
  ['développeur', 'M1805', '32032614', 'BTS services informatiques aux organisations option B'],
];

describe('a trade\u2019s diplomas, best first', async () => {
  const { knowledge: k, search } = (await sharedKnowledge()).current;

  it.each(FIRST_SCREEN)('%s (%s): %s %s is on the first screen', (_asked, rome, id) => {
    const trade = k.trades.get(rome)!;
    const ranked = rankDiplomas(k, search.diplomasForTrade(trade), trade);
    const shown = ranked.slice(0, MAX_DIPLOMAS).map((d) => d.id);
    expect(shown, ranked.slice(0, 8).map((d) => `${d.id} ${d.type} ${d.title}`).join('\n')).toContain(search.shownDiplomaId(id));
  });

  it('puts the national diplomas before the titres pro and those before the other titles, taught in Normandy first', () => {
    for (const [, rome] of FIRST_SCREEN) {
      const trade = k.trades.get(rome)!;
      const ranked = rankDiplomas(k, search.diplomasForTrade(trade), trade);
      const tier = (rank: number): number => (rank < 7 ? 0 : rank === 7 ? 1 : 2);
      const tiers = ranked.map((d) => tier(diplomaTypeRank(d)));
      expect(tiers, rome).toEqual([...tiers].sort((a, b) => a - b));
      for (const t of [0, 1, 2]) {
        const taught = ranked.filter((d) => tier(diplomaTypeRank(d)) === t).map((d) => (k.establishmentsByDiploma.has(d.id) ? 0 : 1));
        expect(taught, `${rome} tier ${t}`).toEqual([...taught].sort((a, b) => a - b));
      }
    }
  });

  it('orders the national diplomas CAP, Bac pro, BP, BTS, BUT', () => {
    expect(['CAP', 'Bac pro', 'BP', 'BTS', 'BUT', 'Titre pro', 'Titre RNCP'].map((type) => diplomaTypeRank({ type }))).toEqual([0, 1, 2, 4, 5, 7, 8]);
  });

  it('answers "conducteur de travaux" with a BTS first, over the real bot', async () => {
    const c = await startConversation();
    const replies = await c.send('je veux devenir conducteur de travaux');
    await expectKey(replies, 'trade.answer');
    const text = read(replies);
    // Once in the card, and on its first screen: before the source line that ends what the card shows.
    expect(text.match(/• BTS bâtiment \(/g)).toHaveLength(1);
    expect(text.indexOf('• BTS bâtiment (')).toBeLessThan(text.indexOf('Source :'));
  });
});

describe("a trade's diplomas by how well their title fits the trade's name", async () => {
  const { knowledge: k, search } = (await sharedKnowledge()).current;
  const ranked = (rome: string): string[] => {
    const trade = k.trades.get(rome)!;
    return rankDiplomas(k, search.diplomasForTrade(trade), trade).map((d) => d.title);
  };

  it('the car mechanic gets the light-vehicle options before the motorbike and lorry ones, in each type', () => {
    const titles = ranked('I1604');
    for (const type of ['CAP', 'Bac pro']) {
      const options = titles.filter((t) => t.startsWith(`${type} maintenance des véhicules`));
      expect(options[0], options.join('\n')).toMatch(/véhicules légers|voitures particulières/);
      expect(options.findIndex((t) => /motocycles/.test(t))).toBeGreaterThan(0);
    }
  });

  it('the motorbike mechanic gets the motorbike options first, in each type', () => {
    const titles = ranked('I1607');
    for (const type of ['CAP', 'Bac pro']) {
      const options = titles.filter((t) => t.startsWith(`${type} maintenance des véhicules`));
      expect(options[0], options.join('\n')).toMatch(/motocycles/);
    }
  });
});
