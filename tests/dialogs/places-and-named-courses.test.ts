import { beforeAll, describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { expectKey, read, startConversation } from './harness.js';

/**
 * Places at every grain and courses named exactly, over the real bot and the real knowledge: a course asked without
 * a town is answered first (what it is, where it is taught in Normandy) before the town is asked; a département by
 * its name or number lists its sites from the prefecture outwards, as a first message or a follow-up; a place
 * outside Normandy is said so and keeps the course; a diploma named by its whole title stays the one answered.
 */
describe('places and named courses', () => {
  beforeAll(async () => {
    await sharedKnowledge();
    await (await startConversation()).send('bonjour');
  }, 120_000);

  describe('a course without a town is answered first', () => {
    it('names the CAP, its level and length, and where it is taught by département, then asks the town', async () => {
      const c = await startConversation();
      const replies = await c.send('jcherche un cap cuisine en apprentissage');
      await expectKey(replies, 'training.where_taught');
      const text = read(replies);
      expect(text).toMatch(/« CAP cuisine », un diplôme de niveau 3 préparé en général en 2 ans/);
      expect(text).toMatch(/Seine-Maritime \d+/);
      await expectKey(replies, 'ask.commune');
      // The answer comes before the question.
      expect(text.indexOf('CAP cuisine')).toBeLessThan(text.indexOf('Dans quelle ville'));
    });

    it('a trade "en alternance c\'est où" names the trade and its courses before the town', async () => {
      const c = await startConversation();
      const text = read(await c.send("fleuriste en alternance c'est où ?"));
      expect(text).toMatch(/« fleuriste » \(CAP fleuriste[^)]*\) : en Normandie/);
      expect(text).toMatch(/Dans quelle ville/);
    });

    it('"mécanicien auto en alternance c\'est où ?" is where, not what: the courses and the places first', async () => {
      const c = await startConversation();
      const replies = await c.send("mecano auto en alternance c'est où ?");
      const text = read(replies);
      expect(text).toMatch(/« mécanicien automobile »[^:]*: en Normandie, je le trouve en apprentissage/i);
      await expectKey(replies, 'ask.commune');
    });

    it('in the register of a parent', async () => {
      const c = await startConversation();
      const replies = await c.send('Bonjour, où mon fils peut-il préparer un BTS opticien lunetier en apprentissage ?');
      const text = read(replies);
      expect(text).toMatch(/BTS opticien-lunetier/);
      expect(text).toMatch(/niveau 5/);
      expect(text).toMatch(/Pour vous donner les plus proches/);
    });
  });

  describe('départements', () => {
    it('"dans le 27" after a course without a town lists the sites of the Eure, nearest Évreux first', async () => {
      const c = await startConversation();
      await c.send('je cherche un CAP cuisine');
      const replies = await c.send('dans le 27');
      await expectKey(replies, 'training.departement_answer');
      const text = read(replies);
      expect(text).toMatch(/« CAP cuisine » dans l'Eure/);
      expect(text).toMatch(/Lieux dans l'Eure, du plus proche d'Évreux au plus loin/);
      expect(text).not.toMatch(/Dans quelle ville/);
      await expectSitesIn(text, '27');
    });

    it('a first message with a trade and a département by name', async () => {
      const c = await startConversation();
      const replies = await c.send('boulangerie en apprentissage en seine maritime');
      await expectKey(replies, 'training.departement_answer');
      await expectSitesIn(read(replies), '76');
    });

    it('"et dans l\'Orne ?" and a bare "50" after a list of places keep the course', async () => {
      const c = await startConversation();
      expect(read(await c.send('CAP cuisine vers Rouen'))).toMatch(/« CAP cuisine » près de Rouen/);
      const orne = read(await c.send("et dans l'orne ?"));
      expect(orne).toMatch(/« CAP cuisine » dans l'Orne/);
      await expectSitesIn(orne, '61');
      const manche = read(await c.send('50'));
      expect(manche).toMatch(/« CAP cuisine » dans la Manche/);
      await expectSitesIn(manche, '50');
      // A town again: sorted by distance from it.
      expect(read(await c.send('et à Lisieux ?'))).toMatch(/« CAP cuisine » près de Lisieux/);
    });

    it('"le 14" is a place, "j\'ai 27 ans" stays an age', async () => {
      const c = await startConversation();
      await c.send('je veux être coiffeuse');
      const replies = await c.send('c possible dans le 14 ?');
      await expectKey(replies, 'training.departement_answer');
      expect((await c.data()).profile.departement).toBe('14');
      const d = await startConversation();
      await d.send("j'ai 27 ans");
      const profile = (await d.data()).profile;
      expect(profile.age).toBe(27);
      expect(profile.departement).toBeUndefined();
    });

    it('Eure-et-Loir is outside Normandy: said so, and the trade is kept', async () => {
      const c = await startConversation();
      const replies = await c.send('plombier en eure et loir');
      await expectKey(replies, 'place.outside_normandy');
      expect(read(replies)).toMatch(/plombier/i);
      expect((await c.data()).profile.departement).toBeUndefined();
      expect(read(await c.send('ok alors dans l eure'))).toMatch(/dans l'Eure/);
    });
  });

  describe('places outside Normandy keep the course', () => {
    it('a town outside Normandy, then a trade: the trade is answered', async () => {
      const c = await startConversation();
      const first = read(await c.send('je suis à Rennes'));
      expect(first).toMatch(/Rennes n'est pas en Normandie/);
      const text = read(await c.send('je voudrais faire pâtissier'));
      expect(text).toMatch(/pâtissier/i);
      expect(text).toMatch(/en Normandie, je le trouve en apprentissage/);
    });

    it('a trade, then a town outside Normandy: we cover Normandy, and the trade stays', async () => {
      const c = await startConversation();
      await c.send('je veux être fleuriste');
      const text = read(await c.send("c'est où à Rennes ?"));
      expect(text).toMatch(/Rennes n'est pas en Normandie/);
      expect(text).toMatch(/« fleuriste »/);
      expect(read(await c.send('Granville'))).toMatch(/« fleuriste » près de Granville/);
    });
  });

  describe('far places and another level', () => {
    it('the nearest place beyond 100 km is still named with its km, and "et en BTS ?" says when the trade has none', async () => {
      const c = await startConversation();
      const replies = await c.send('cap serigraphie industrielle a cherbourg');
      await expectKey(replies, 'training.answer');
      const text = read(replies);
      expect(text).toMatch(/« CAP sérigraphie industrielle » près de Cherbourg-en-Cotentin, le lieu le plus proche est .+ \((1\d\d|[2-9]\d\d) km\)/);
      expect(text).toMatch(/Rien à moins de 100 km : voici le lieu le plus proche que je connais, à \d+ km\./);
      expect(text).not.toMatch(/aucun lieu/);
      const bts = await c.send('et en BTS ?');
      await expectKey(bts, 'training.type_dropped');
    });
  });

  describe('a diploma named exactly stays the one answered', () => {
    it('"CAP charcuterie-traiteur" is not a cook\'s course', async () => {
      const c = await startConversation();
      const text = read(await c.send('CAP charcuterie-traiteur à Caen'));
      expect(text).toMatch(/« CAP charcuterie-traiteur » près de Caen/);
      expect(text).not.toMatch(/cuisinier/i);
    });

    it('"CAP menuisier fabricant" is not the aluminium joiner, and "et en bac pro ?" keeps the joiner', async () => {
      const c = await startConversation();
      const text = read(await c.send('cap menuisier fabricant vers rouen'));
      expect(text).toMatch(/« CAP menuisier fabricant » près de Rouen/);
      expect(text).not.toMatch(/aluminium/i);
      const next = read(await c.send('et en bac pro ?'));
      expect(next).toMatch(/Bac pro/);
      expect(next).toMatch(/menuisi/i);
    });
  });
});

/** Every place listed ("(n) NAME — Town, 12 km : …") is in the département, and the km from its prefecture grow. */
async function expectSitesIn(text: string, departement: string): Promise<void> {
  const { knowledge } = (await sharedKnowledge()).current;
  const lines = [...text.matchAll(/^\(\d+\) .+ — (.+), (< 1|\d+) km : /gm)];
  expect(lines.length).toBeGreaterThan(0);
  const byName = new Map([...knowledge.communes.values()].map((c) => [c.name, c]));
  const km = lines.map((m) => {
    const town = byName.get(m[1] as string);
    expect(town?.department, `${m[1]} in ${departement}`).toBe(departement);
    return m[2] === '< 1' ? 0 : Number(m[2]);
  });
  expect(km).toEqual([...km].sort((a, b) => a - b));
}
