import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const recognizer = createRecognizer();
// The knowledge and the models are built once (a cold cache trains the classifier).
beforeAll(async () => {
  await sharedKnowledge();
}, 300_000);

const read = async (text: string) => recognizer.understand(text, (await sharedKnowledge()).current, { maxChars: 2000, today: '2026-11-27' });

/** Round 30 (nlu): a diploma sat and failed is not held (entities/diploma.ts, relation 'failed'). */
describe('a failed diploma is not held', () => {
  it.each([
    ["j'ai raté mon CAP", 'CAP'],
    ['g loupé mon bac pro', 'Bac pro'],
    ["j'ai pas eu mon BTS", 'BTS'],
    ["je n'ai jamais obtenu mon CAP cuisine", 'CAP'],
    ['recalée au BP coiffure', 'BP'],
    ["mon CAP je l'ai raté", 'CAP'],
    ['CAP pâtisserie pas obtenu', 'CAP'],
    ["j'ai échoué à mon titre pro", 'Titre pro'],
    ['il a foiré son bac pro', 'Bac pro'],
  ])('"%s": failed %s, no diploma held', async (text, failed) => {
    const u = await read(text);
    expect(u.facts.diplomaFailedType).toBe(failed);
    expect(u.facts.diplomaHeldType).toBeUndefined();
    expect(u.facts.diplomaType).toBeUndefined();
    expect(u.facts.levelHeld === undefined || u.facts.levelHeld < 3).toBe(true);
  });

  it('"j\'ai un CAP et j\'ai raté mon bac pro": the CAP held, the bac pro failed', async () => {
    const u = await read("j'ai un CAP et j'ai raté mon bac pro");
    expect(u.facts.diplomaHeldType).toBe('CAP');
    expect(u.facts.levelHeld).toBe(3);
    expect(u.facts.diplomaFailedType).toBe('Bac pro');
  });

  it.each([
    ["j'ai eu mon CAP", 'CAP', 3],
    ["j'ai obtenu mon bac pro", 'Bac pro', 4],
    ['CAP coiffure obtenu en juin', 'CAP', 3],
    ["j'ai un BTS", 'BTS', 5],
  ])('near miss "%s": held', async (text, held, level) => {
    const u = await read(text);
    expect(u.facts.diplomaHeldType).toBe(held);
    expect(u.facts.levelHeld).toBe(level);
    expect(u.facts.diplomaFailedType).toBeUndefined();
  });

  it('near miss: "pas encore eu" is being prepared, not failed', async () => {
    const u = await read("je n'ai pas encore eu mon CAP");
    expect(u.facts.diplomaFailedType).toBeUndefined();
    expect(u.facts.diplomaHeldType).toBeUndefined();
  });

  it('near miss: the general bac failed keeps the level below it', async () => {
    const u = await read("j'ai raté mon bac");
    expect(u.facts.levelHeld).toBe(2);
    expect(u.facts.diplomaHeldType).toBeUndefined();
  });
});

/** Round 30 (nlu): a public service named is no trade (institutions.ts). */
describe('institutions are not trades', () => {
  it.each([
    ["la mission locale peut m'aider ?"],
    ['je suis suivi par la mission locale'],
    ['le conseiller de la mission locale m a dit de faire un cap'],
    ['jsui inscrit a la mission locale de caen'],
    ['les missions locales servent à quoi'],
    ['france travail peut m aider ?'],
    ["la chambre des métiers et de l'artisanat c'est quoi ?"],
    ['je suis allé à la chambre de commerce'],
  ])('"%s": no trade', async (text) => {
    expect((await read(text)).trade).toBeUndefined();
  });

  it('near miss: a job there wished is a trade', async () => {
    expect((await read('je veux devenir directeur de mission locale')).trade?.trade.code).toBe('M1304');
  });

  it('near miss: a trade beside the institution stays', async () => {
    const u = await read('la mission locale m a parlé de boulanger');
    expect(u.trade?.trade.label).toMatch(/oulanger/);
  });
});

/** Round 30 (nlu): "c'est" and "qu'est-ce" typed as they sound, glued to the next word. */
describe('glued and sounded forms of asking', () => {
  it.each([
    ['cé koi lapprentissage', 'ce est quoi le apprentissage'],
    ['sé koi lalternance', 'ce est quoi le alternance'],
    ['quest ce que lalternance', 'que est ce que le alternance'],
    ['keske lapprentissage', 'que est ce que le apprentissage'],
    ['kesk un cfa', 'que est ce que un cfa'],
  ])('"%s" → "%s"', (text, normalized) => {
    expect(normalize(text)).toBe(normalized);
  });

  it('near miss: "ce que" stays', () => {
    expect(normalize('ce que je veux')).toBe('ce que je veux');
  });
});
