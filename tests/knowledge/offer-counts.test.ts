import { describe, expect, it } from 'vitest';
import { offerCounts } from '../../src/knowledge/offer-counts.js';
import type { Establishment, EstablishmentsFile } from '../../src/knowledge/schema/establishment.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const source = (data_date: string): EstablishmentsFile['sources'][string] => ({ producer: 'p', data_date });
const site = (uai: string, e: Partial<Establishment>): Establishment => ({
  uai, name: uai, commune: '14118', lat: 49.18, lon: -0.37, offers: [], sources: ['affelnet_apprentissage'], ...e,
});

describe('offer counts', () => {
  it('count placed, unplaced, past and unmatched lines apart, and only placed + unplaced as current', () => {
    const counts = offerCounts({
      sources: { affelnet: source('2020-05-01'), affelnet_apprentissage: source('2025-05-01'), parcoursup_bts: source('2024-01-01'), coords: source('2026-01-01') },
      etablissements: [
        site('0141300M', {
          offers: [
            { diploma: '50022137', year: 2025, source: 'affelnet_apprentissage' },
            { diploma: '32031408', year: 2024, source: 'parcoursup_bts' },
          ],
          past_offers: [{ diploma: '50022135', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' } }],
          sources: ['affelnet', 'affelnet_apprentissage', 'coords', 'parcoursup_bts'],
        }),
        site('0501605Y', {
          offers: [{ diploma: '50022139', year: 2020, source: 'affelnet' }],
          unmatched_offers: [{ label: 'TEC CONS VTE', year: 2020, source: 'affelnet' }],
          sources: ['affelnet', 'coords'],
        }),
      ],
      unplaced_offers: [
        { uai: '0763548U', label: 'Assurance', diploma: '32031311', year: 2024, source: 'parcoursup_bts' },
        { uai: '0763548U', label: 'Inconnu', year: 2024, source: 'parcoursup_bts' },
      ],
    });
    expect(counts).toEqual({
      offers: 4,
      offers_by_year: { 2020: 1, 2024: 2, 2025: 1 },
      offers_placed: 3,
      offers_placed_by_year: { 2020: 1, 2024: 1, 2025: 1 },
      offers_unplaced: 1,
      offers_unplaced_by_year: { 2024: 1 },
      past_offers: 1,
      past_offers_by_year: { 2020: 1 },
      offers_unmatched: 2,
      // the coordinates' 2026 date is not a catalogue's
      establishments_by_year: { 2020: 1, 2025: 1 },
    });
  });

  it('meet issue 13 on the committed knowledge: ≥ 800 current offers known, ≥ 500 of them from 2024–2025', async () => {
    const { counts } = (await sharedKnowledge()).current.knowledge;
    const recent = (byYear: Record<string, number>): number => Object.entries(byYear).reduce((n, [y, c]) => n + (Number(y) >= 2024 ? c : 0), 0);
    expect(counts.offers).toBe(counts.offers_placed + counts.offers_unplaced);
    expect(counts.offers).toBeGreaterThanOrEqual(800);
    expect(recent(counts.offers_by_year)).toBeGreaterThanOrEqual(500);
    // Even without the Parcoursup lines no file places, the places the bot can list from 2024–2025 pass 500.
    expect(recent(counts.offers_placed_by_year)).toBeGreaterThanOrEqual(500);
    expect(counts.past_offers).toBeGreaterThan(0);
    expect(counts.establishments).toBeGreaterThanOrEqual(150);
  }, 120_000); // loading the knowledge took over 30 s on the shared machine at load 35
});
