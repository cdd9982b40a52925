import { describe, expect, it } from 'vitest';
import {
  buildDiplomaUniverse,
  buildOutcomes,
  commonTitle,
  diplomasByRome,
  normCfd,
  normRncp,
  selectDiplomas,
} from '../../../src/knowledge/import/diplomas.js';
import { fixture } from './fixtures.js';

describe('codes', () => {
  it('normalises CFD and RNCP as the sources write them', () => {
    expect(normCfd('400-24202 V')).toBe('40024202');
    expect(normCfd('36m22102')).toBe('36M22102');
    expect(normCfd('AFFECTATION')).toBeUndefined();
    expect(normRncp('RNCP38381')).toBe('38381');
    expect(normRncp('')).toBeUndefined();
  });
  it('keeps the common start of merged titles without a dangling word', () => {
    expect(commonTitle(['DEJEPS spécialité perfectionnement sportif mention golf', 'DEJEPS spécialité perfectionnement sportif mention rugby'])).toBe(
      'DEJEPS spécialité perfectionnement sportif',
    );
    expect(commonTitle(['CAP boulanger', 'BP boulanger'])).toBeUndefined();
  });
  it('keeps no common start that is only the kind of diploma (a renamed title): the specialty is the name', () => {
    // Round 12: Certif Info renamed the titre ("technicien(ne) supérieur(e)" → "technicien supérieur"); the common
    // start, "Titre professionnel", names no specialty and the card showed "Titre professionnel (niveau 5)".
    expect(
      commonTitle([
        'Titre professionnel technicien(ne) supérieur(e) en production industrielle',
        'Titre professionnel technicien supérieur en production industrielle',
      ]),
    ).toBeUndefined();
    expect(commonTitle(['Titre professionnel cuisinier', 'Titre professionnel commis de cuisine'], 'Titre professionnel (TP de niveau 3)')).toBeUndefined();
    expect(commonTitle(['Titre professionnel agent de propreté', 'Titre professionnel agent de propreté et d\'hygiène'])).toBe(
      'Titre professionnel agent de propreté',
    );
  });
});

describe('diploma universe', () => {
  const u = buildDiplomaUniverse(fixture);

  it('merges Certif Info, the kit and InserJeunes by CFD', () => {
    const cap = u.byId.get('50022137');
    expect(cap).toMatchObject({
      cfd: '50022137', rncp: 'RNCP37537', title: 'CAP boulanger', type: 'CAP', level: 3, apprenticeship: true, active: true,
      expires: '2026-08-31', romes: ['D1102'], onisep: ['FOR.2246'],
    });
    expect(cap?.sources).toEqual(['certif_info', 'kit_apprentissage', 'inserjeunes']);
    expect(cap?.outcomes).toEqual([
      { route: 'apprentissage', cohort: '2021-2022', leavers: 100, rate_6m: 60, rate_12m: 70, studies: 20, source: 'inserjeunes' },
    ]);
  });

  it('closes a diploma whose last session is the data year, and a kit record past its expiry', () => {
    expect(u.byId.get('01022107')?.active).toBe(false);
    expect(u.byId.get('25000001')?.active).toBe(false);
    expect(u.byId.get('32031313')).toMatchObject({ active: true, type: 'BTS', level: 5, title: 'Banque (BTS)' });
  });

  it('ids by RNCP when there is no CFD; habilitations are not diplomas', () => {
    expect(u.byId.get('RNCP40000')).toMatchObject({ apprenticeship: false, type: 'Titre RNCP' });
    expect(u.byId.has('RNCP50000')).toBe(false);
    expect(u.byId.get('44633524')?.title).toBe('BPJEPS spécialité éducateur sportif');
  });

  it('selects current apprenticeship diplomas plus referenced ones; links trades to current ones only', () => {
    const selected = selectDiplomas(u, new Set(['01022107']));
    expect(selected.map((d) => d.id)).toEqual(['01022107', '32031313', '44633524', '50022137']);
    expect(diplomasByRome(selected).get('D1102')).toEqual(['50022137']);
  });
});

describe('buildOutcomes', () => {
  it('sums several rows of one cohort and recomputes rates only when all were published', () => {
    const row = (o: Record<string, string>): Record<string, string> => ({
      voie: 'scolaire', millesime: '2022_2023', nb_sortant: '10', nb_annee_term: '20', nb_en_emploi_6_mois: '5',
      nb_en_emploi_12_mois: '6', nb_en_emploi_24_mois: '7', nb_poursuite_etudes: '4', taux_emploi_6_mois: '50',
      taux_emploi_12_mois: '60', taux_emploi_24_mois: '70', taux_poursuite_etudes: '20', ...o,
    });
    const out = buildOutcomes([row({}), row({ nb_sortant: '30', nb_en_emploi_6_mois: '25', taux_emploi_6_mois: '83', taux_emploi_12_mois: '' })]);
    expect(out).toEqual([{ route: 'scolaire', cohort: '2022-2023', leavers: 40, rate_6m: 75, rate_24m: 35, studies: 20, source: 'inserjeunes' }]);
  });
});
