import { beforeAll, describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { expectKey, read, startConversation } from './harness.js';

/**
 * Where to train, from the 2025 Affelnet and 2024 Parcoursup offer (issue 13), over the real bot and the real
 * knowledge: each place says the year of its offer, the card cites each catalogue with its date, a course known
 * only from 2020 says so, and a course a site no longer lists is not offered there.
 */
describe('where to train, from the 2025 offer', () => {
  // Loading the knowledge and training the classifier once, before the first case, so that no case pays for it
  // (on a shared, loaded machine it took most of the first case's 30 s).
  beforeAll(async () => {
    await sharedKnowledge();
    await (await startConversation()).send('bonjour');
  }, 120_000);

  it('a CAP taught in Caen in 2025 is answered with "offre 2025" and the 2025 catalogue in the source line', async () => {
    const c = await startConversation();
    const replies = await c.send('CAP boulanger à Caen');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).toMatch(/CFA CIFAC — Caen, < 1 km : CAP boulanger \(offre 2025\)/);
    expect(text).toMatch(/Source : Affelnet — offres en apprentissage après la 3e \(Normandie\), données du 1er mai 2025\./);
    expect(text).not.toMatch(/offre 2020/);
  });

  it('a BTS from Parcoursup 2024 is found near its town, with its year and catalogue', async () => {
    // From the data: CIFAC (Caen) is placed by the 2025 and 2020 files, and Parcoursup 2024 lists its BTS opticien-lunetier.
    const { knowledge } = (await sharedKnowledge()).current;
    const cifac = knowledge.establishments.find((e) => e.uai === '0141300M');
    expect(cifac?.commune).toBe('14118');
    expect(cifac?.offers.filter((o) => knowledge.diplomas.get(o.diploma)?.title === 'BTS opticien-lunetier')).toMatchObject([{ year: 2024, source: 'parcoursup_bts' }]);
    const c = await startConversation();
    const replies = await c.send('BTS opticien lunetier près de Caen');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).toMatch(/CFA CIFAC — Caen, < 1 km : BTS opticien-lunetier \(offre 2024\)/);
    expect(text).toMatch(/Source : Parcoursup — BTS en apprentissage \(Normandie\), données du 1er janvier 2024\./);
  });

  it('a course known only from 2020 says that its only data are from 2020', async () => {
    // From the data: every offer of this BTSA anywhere in Normandy (and of any code renewing it) is from 2020. (Until
    // round 31 this test used the BTSA gestion et protection de la nature, which the 2024 Parcoursup BTS file also
    // lists at a site no file places: see the test below.)
    const { knowledge } = (await sharedKnowledge()).current;
    const ids = [...knowledge.diplomas.values()].filter((d) => d.title === 'Technico-commercial (BTSA)').map((d) => d.id);
    const codes = new Set(ids.flatMap((id) => [id, ...(knowledge.diplomaSuccessors.get(id) ?? [])]));
    const years = knowledge.establishments.flatMap((e) => e.offers.filter((o) => codes.has(o.diploma)).map((o) => o.year));
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([2020]));
    const c = await startConversation();
    const replies = await c.send('BTSA technico-commercial près de Caen');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).toMatch(/\(offre 2020\)/);
    expect(text).toMatch(/mes seules données datent de 2020/);
    expect(text).toMatch(/Source : Parcoursup — formations en apprentissage \(Normandie\), données du 1er janvier 2020\./);
  });

  it('a course placed only by 2020 data but listed in 2024 at a site no file places says so, not "only 2020"', async () => {
    const c = await startConversation();
    const text = read(await c.send('BTSA gestion et protection de la nature près de Rouen'));
    expect(text).toMatch(/\(offre 2020\)/);
    expect(text).toMatch(/Seine-Maritime/);
    expect(text).not.toMatch(/mes seules données datent de 2020/);
  });

  it('a site that no longer lists a course in 2025 is not offered for it', async () => {
    const { knowledge } = (await sharedKnowledge()).current;
    // From the data: IFORM in Coutances listed the CAP boulanger in Affelnet 2020, and is listed in 2025 without it.
    const iform = knowledge.establishments.find((e) => e.uai === '0501605Y');
    expect(iform?.past_offers).toContainEqual({ diploma: '50022137', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' } });
    expect(iform?.offers.some((o) => o.diploma === '50022137')).toBe(false);

    const c = await startConversation();
    const replies = await c.send('CAP boulanger à Coutances');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).not.toMatch(/IFORM/);
    expect(text).toMatch(/CAP boulanger \(offre 2025\)/);
  });

  it('a 2020 offer of a renewed code still counts for the diploma that renews it, with its own year', async () => {
    const c = await startConversation();
    // Granville listed the CAP cuisine under its old code (500-22139) in 2020 only; its code is now 500-22146. A
    // request for the CAP cuisine near there finds that 2020 line, with its year.
    const replies = await c.send('CAP cuisine près de Granville');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).toMatch(/Granville, < 1 km : CAP cuisine \(offre 2020\)/);
    expect(text).toMatch(/Ces offres datent de 2020 : à vérifier auprès du CFA/);
  });

  it('a 2020 course of a site listed no more is shown once, where the 2025 catalogue lists it in the same town', async () => {
    const c = await startConversation();
    // Pont-Audemer: the CAP maintenance des véhicules at the "CFA académique - Site Risle-Seine" in 2020 (500-25218),
    // at the "Lycée professionnel Risle-Seine" in 2025 (500-25225): one place, of 2025.
    const text = read(await c.send('CAP mécanique auto près de Pont-Audemer'));
    expect(text).toMatch(/Pont-Audemer, < 1 km : CAP maintenance des véhicules option véhicules légers \(offre 2025\)/);
    expect(text).not.toMatch(/offre 2020/);
  });
});
