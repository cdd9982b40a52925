import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Search } from '../../src/knowledge/search.js';
import { communeInText } from '../../src/nlu/places.js';
import { tradeInText } from '../../src/nlu/trades.js';
import { normalize } from '../../src/text/normalize.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * Trades as young people type them: typos, SMS spelling, feminine forms, no accents, capitals, extra words.
 * Each line is a query and the ROME 4.0 code a careful adviser would pick.
 */
const TRADE_QUERIES: ReadonlyArray<[string, string]> = [
  ['mecano', 'I1604'],
  ['jveu etre mecano', 'I1604'],
  ['mecanicienne auto', 'I1604'],
  ['coifeuse', 'D1202'],
  ['coiffeur', 'D1202'],
  // the workplace of the trade is the trade; its manager is named as such
  ['je veux travailler dans un salon de coiffure', 'D1202'],
  ['gerant de salon de coiffure', 'D1220'],
  ['coifeur stp', 'D1202'],
  ['boulangé', 'D1102'],
  ['boulangère', 'D1102'],
  ['je veux devenir boulanger', 'D1102'],
  ['patissiere', 'D1104'],
  ['jveu etre plombier', 'F1603'],
  ['plombié stp', 'F1603'],
  ['plombiee', 'F1603'],
  ['jsuis interessé par la plomberie', 'F1603'],
  ['ELECTRICIEN EN APPRENTISSAGE', 'F1602'],
  ['électricienne', 'F1602'],
  ['electrecien', 'F1602'],
  ['cuisiniere', 'G1609'],
  ['cuistot', 'G1609'],
  ['commis de cuisine', 'G1602'],
  ['maçon', 'F1703'],
  ['macon', 'F1703'],
  ['je veux faire maçonnerie', 'F1703'],
  ['estheticienne', 'D1208'],
  ['estéticienne', 'D1208'],
  ['menuisier', 'H2206'],
  ['menusier', 'H2206'],
  ['menuisiere', 'H2206'],
  ['charpentier', 'F1503'],
  ['couvreur', 'F1619'],
  ['peintre en batiment', 'F1606'],
  ['peintre', 'F1606'],
  ['carreleur', 'F1608'],
  ['carrelleur', 'F1608'],
  ['plaquiste', 'F1604'],
  ['soudeur', 'H2913'],
  ['chaudronnier', 'H2902'],
  ['bouchère', 'D1101'],
  ['poissonnier', 'D1105'],
  ['fleuriste', 'D1209'],
  ['vendeuse en pret a porter', 'D1214'],
  ['serveuse', 'G1803'],
  ['barman', 'G1801'],
  ['receptionniste', 'G1703'],
  ['aide soignante', 'J1501'],
  ['auxiliaire de puericulture', 'J1304'],
  ['infirmiere', 'J1506'],
  ['developpeur informatique', 'M1805'],
  ['développeur informatique en alternance c possible ?', 'M1805'],
  ['comptable', 'M1203'],
  ['secretaire', 'M1607'],
  ['jardinier paysagiste', 'A1208'],
  ['paysagiste', 'A1208'],
  ['je voudrais travailler comme paysagiste', 'A1208'],
  ['toiletteur', 'A1503'],
  ['cariste', 'N1101'],
  ['magasinier', 'N1110'],
  ['chauffeur poids lourd', 'N4101'],
  ['mecanicien moto', 'I1607'],
  ['carrossier', 'I1606'],
  ['agent de securite', 'K2503'],
  ['educateur sportif', 'G1204'],
  ['educatrice specialisee', 'K1207'],
  ['horticulteur', 'A1414'],
  ['ebeniste', 'H2207'],
  ['graphiste', 'E1205'],
  ['prothesiste dentaire', 'J1410'],
  ['preparatrice en pharmacie', 'J1307'],
  ['ambulancier', 'J1305'],
  ['frigoriste', 'I1306'],
  ['pizzaiolo', 'G1604'],
  ['bucheron', 'A1201'],
  ['maraicher', 'A1433'],
  ['caissiere', 'D1505'],
];

describe('trade search: typed queries → ROME code', () => {
  let search: Search;
  const misses: string[] = [];
  beforeAll(async () => {
    search = (await sharedKnowledge()).current.search;
  });
  afterAll(() => {
    const rate = (TRADE_QUERIES.length - misses.length) / TRADE_QUERIES.length;
    process.stdout.write(`trade search top-1: ${TRADE_QUERIES.length - misses.length}/${TRADE_QUERIES.length} = ${(rate * 100).toFixed(1)} %${misses.length ? `; misses: ${misses.join(', ')}` : ''}\n`);
  });

  it(`has at least 60 queries`, () => {
    expect(TRADE_QUERIES.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the right trade first for at least 95 % of the queries', () => {
    for (const [query, code] of TRADE_QUERIES) {
      const top = search.trades(query, 1)[0];
      if (top?.trade.code !== code) misses.push(`"${query}" → ${top?.trade.code ?? 'nothing'} (want ${code})`);
    }
    expect((TRADE_QUERIES.length - misses.length) / TRADE_QUERIES.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in text that names no trade', () => {
    for (const q of ['bonjour', 'merci beaucoup', 'combien je serai payé', 'quelles aides', '', '😀😀', "'; DROP TABLE users; --"]) {
      expect(tradeInText(search, normalize(q)), q).toBeUndefined();
    }
  });

  it('never throws on hostile text', () => {
    for (const q of ['title:foo', 'boulanger~2', '+-*:^', 'a'.repeat(100_000), '<script>alert(1)</script>', '\u0000\uFFFF']) {
      expect(() => search.trades(q)).not.toThrow();
      expect(() => search.faq(q)).not.toThrow();
      expect(() => communeInText(search, normalize(q))).not.toThrow();
    }
  });
});
