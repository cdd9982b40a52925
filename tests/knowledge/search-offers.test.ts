import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The offer as the bot's search sees it: renewed codes followed both ways, years and catalogues kept. */
describe('search over the offer of several catalogue years', async () => {
  const { knowledge, search } = (await sharedKnowledge()).current;
  const pontAudemer = [...knowledge.communes.values()].find((c) => c.name === 'Pont-Audemer');
  const granville = [...knowledge.communes.values()].find((c) => c.name === 'Granville');

  it('counts a 2020 offer of an old code for the diploma that renews it, newest catalogue first', () => {
    // CAP cuisine: 500-22139 (2020, CFA FIM antenne de Granville), renewed as 500-22146 (2025)
    expect(knowledge.diplomaSuccessors.get('50022139')).toEqual(['50022146']);
    const near = search.nearestEstablishments(granville!, ['50022146'], 10, [100]).results;
    const offers = near.flatMap((r) => r.offers.map((o) => `${o.diploma.id} ${o.year} ${o.source}`));
    expect(offers).toEqual(expect.arrayContaining(['50022139 2020 affelnet', '50022146 2025 affelnet_apprentissage']));
    for (const r of near) expect(r.offers.map((o) => o.year)).toEqual([...r.offers.map((o) => o.year)].sort((a, b) => b - a));
  });

  it('a 2020 course of a site listed no more is shown once in its town, at the site the 2025 catalogue lists it', () => {
    // CAP maintenance des véhicules (voitures particulières) in Pont-Audemer: 500-25218 at the "CFA académique - Site
    // Risle-Seine" in 2020; 500-25225 at the "Lycée professionnel Risle-Seine" in 2025.
    expect(knowledge.diplomaSuccessors.get('50025218')).toEqual(['50025225']);
    const here = search.nearestEstablishments(pontAudemer!, ['50025225'], 5).results.filter((r) => r.establishment.commune === pontAudemer!.insee);
    expect(here.map((r) => r.offers.map((o) => `${o.diploma.id} ${o.year}`))).toEqual([['50025225 2025']]);
  });

  it("finds a BTS's common first year for the trades and for each option it opens onto", () => {
    // BTS SIO: Parcoursup 2024 lists it in apprenticeship under 320-32612 ("1ère année"), which the certification
    // files leave without trades; the import gives it its options' (review 18, X3: "développeur" near Caen).
    const caen = [...knowledge.communes.values()].find((c) => c.name === 'Caen')!;
    expect(knowledge.diplomas.get('32032612')).toMatchObject({ active: true, common_year_of: ['32032613', '32032614'] });
    const developer = knowledge.trades.get('M1805')!;
    expect(developer.diplomas).toContain('32032612');
    for (const option of ['32032613', '32032614']) {
      const near = search.nearestEstablishments(caen, [option], 3, [30]).results;
      expect(near.flatMap((r) => r.offers.map((o) => `${r.establishment.commune} ${o.diploma.id}`))).toContain(`${caen.insee} 32032612`);
    }
  });

  it('knows the newest year a course is offered, under its old or its new code', () => {
    expect(search.newestOfferYear(['50025218'])).toBe(2025);
    expect(search.newestOfferYear(['50025225'])).toBe(2025);
    // BTSA technico-commercial: only in the 2020 Parcoursup file.
    expect(search.newestOfferYear(['32321013'])).toBe(2020);
    // BTSA gestion et protection de la nature: placed only by the 2020 file, but the 2024 Parcoursup BTS file lists it
    // at 0763417B (Seine-Maritime), a site no file places, counted since round 31 (unplaced offers).
    expect(search.newestOfferYear(['32321308'])).toBe(2024);
    expect(search.newestOfferYear(['99999999'])).toBeUndefined();
  });

  it('never offers a past course: the place is not found for it', () => {
    const withPast = knowledge.establishments.filter((e) => e.past_offers?.length);
    expect(withPast.length).toBeGreaterThan(0);
    for (const e of withPast) {
      for (const p of e.past_offers ?? []) {
        if (e.offers.some((o) => o.diploma === p.diploma)) continue;
        const commune = knowledge.communes.get(e.commune)!;
        const found = search.nearestEstablishments(commune, [p.diploma], 50).results.map((r) => r.establishment.uai);
        expect(found, `${e.uai} ${p.diploma}`).not.toContain(e.uai);
      }
    }
  });
});
