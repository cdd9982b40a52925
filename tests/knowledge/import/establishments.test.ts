import { describe, expect, it } from 'vitest';
import { buildCommunes, buildFormerCommunes, createCommuneResolver, toCogEntries } from '../../../src/knowledge/import/communes.js';
import { parseCsv } from '../../../src/knowledge/import/csv.js';
import { buildDiplomaUniverse } from '../../../src/knowledge/import/diplomas.js';
import { affelnetSites, conventionSites, parcoursupSites } from '../../../src/knowledge/import/catalogues.js';
import { buildEstablishments } from '../../../src/knowledge/import/establishments.js';
import { buildRenewals } from '../../../src/knowledge/import/renewals.js';
import { matchByMef, matchByTitle } from '../../../src/knowledge/import/offer-match.js';
import { certif, fixture } from './fixtures.js';

const coords = parseCsv('code_insee,nom,departement,latitude,longitude,codes_postaux,population\n14118,Caen,14,49.1846,-0.3698,14000,108000\n61001,Alençon,61,48.43,0.09,61000,26000\n');
const cog = toCogEntries([{ code: '61001', nom: 'Alençon', type: 'commune-actuelle' }, { code: '14118', nom: 'Caen', type: 'commune-actuelle' }]);
const communes = buildCommunes(coords, cog);
const resolver = createCommuneResolver(communes, buildFormerCommunes(cog, new Set(['14118', '61001'])));
const universe = () =>
  buildDiplomaUniverse({
    ...fixture,
    certifRows: [
      ...fixture.certifRows,
      certif({ Code_Diplome: '20', Libelle_Diplome: 'BTS maintenance des systèmes option A systèmes de production', Libelle_Type_Diplome: 'Brevet de technicien supérieur', Code_Niveau_Europeen: '5', Code_Scolarité: '32025010' }),
      certif({ Code_Diplome: '21', Libelle_Diplome: 'CAP équipier polyvalent du commerce', Code_Scolarité: '50031224' }),
    ],
  });

const affelnet = parseCsv(
  [
    'uai,cfa_patronyme_si_connu,commune,code_postal,code_commune_insee,academie,type_etablissement,mnemonique,libelle_formation,mefstat11,cfd,cfd_libelle_long,cfd_niveau_bcn',
    '0141300M,,CAEN CEDEX 5,14077,14118,CAEN,CFA,1CAP2,1CAP2 BOULANGER,X,50022137,BOULANGER (CAP),500',
    '0141300M,,CAEN CEDEX 5,14077,14118,CAEN,CFA,1CAP2,1CAP2 BOULANGER bis,X,50022137,BOULANGER (CAP),500',
    '0141300M,,CAEN CEDEX 5,14077,,CAEN,CFA,1CAP2,1CAP2 EQUIPIER POLYVALENT DU COMMERCE,AFFECTATION,,,',
    '0611061X,3 IFA,ALENCON,61000,,CAEN,CFA,1CAP2,1CAP2 VIEUX CAP,X,50099999,VIEUX CAP (CAP),500',
    '0611061X,3 IFA,ALENCON,61000,,CAEN,CFA,2NDPRO,2NDPRO INCONNU TOTALEMENT,AFFECTATION,,,',
  ].join('\n'),
);
const parcoursup = parseCsv(
  [
    'UAI_GES,UAI_COMPOSANTE,LIB_COMPOSANTE,LIB_INS,UAI_AFF,LIB_AFF,CODECOMMUNE,LIBCOMMUNE,CODEPOSTAL,LIBFORMATION,LIBSPÉCIALITÉ,CODEMEF',
    '0141300M,0141300M,CFA CIFAC,,0141300M,CFA CIFAC,14118,Caen,14000,BTS - Production,Maintenance des systèmes - option A Systèmes de production - en apprentissage,3112501021',
  ].join('\n'),
);
const conventions = parseCsv(
  [
    'numero_uai,denomination_principale,patronyme_uai,numero_siren_siret_uai,adresse_uai,code_postal_uai,commune,commune_libe',
    '0141300M,CTR DE FORMATION D APPRENTIS,CIFAC,48113893100011,2 rue Claude Bloch,14077,14118,Caen',
  ].join('\n'),
);

describe('buildEstablishments', () => {
  const u = universe();
  const sites = [...conventionSites(conventions, 2021), ...affelnetSites(affelnet, 2020), ...parcoursupSites(parcoursup, 2020)];
  const { establishments, stats } = buildEstablishments({ sites, communes, resolver, universe: u, renewals: buildRenewals([]) });

  it('merges the three catalogues by UAI, sorted, with commune, coordinates and address', () => {
    expect(establishments.map((e) => e.uai)).toEqual(['0141300M', '0611061X']);
    const cifac = establishments[0];
    expect(cifac).toMatchObject({ name: 'CIFAC', commune: '14118', lat: 49.1846, lon: -0.3698, address: '2 rue Claude Bloch', siret: '48113893100011' });
    expect(cifac?.sources).toEqual(['affelnet', 'cfa_conventions', 'coords', 'parcoursup']);
    // Alençon resolved from its name alone (no INSEE code in the lines)
    expect(establishments[1]).toMatchObject({ name: '3 IFA', commune: '61001' });
  });

  it('maps offers by CFD, MEF and title, deduplicates them and keeps the unmapped ones apart', () => {
    expect(establishments[0]?.offers).toEqual([
      { diploma: '32025010', year: 2020, source: 'parcoursup' },
      { diploma: '50022137', year: 2020, source: 'affelnet' },
      { diploma: '50031224', year: 2020, source: 'affelnet' },
    ]);
    expect(establishments[1]?.unmatched_offers).toEqual([{ label: 'INCONNU TOTALEMENT', year: 2020, source: 'affelnet' }]);
    expect(stats).toMatchObject({ offerRows: 6, offers: 4, unmatched: 1, diplomasAddedFromOffers: 1, matchedBy: { cfd: 3, mef: 1, title: 1 } });
  });

  it('adds a diploma known only from an offer, so the reference resolves', () => {
    expect(u.byId.get('50099999')).toMatchObject({ type: 'CAP', level: 3, active: false, sources: ['affelnet'] });
  });
});

describe('offer matching', () => {
  const list = [...universe().byId.values()];
  it('refuses a guess for a common first year or a level that does not fit', () => {
    expect(matchByTitle('Maintenance des systèmes (1ère année commune)', ['BTS'], list)).toBeUndefined();
    expect(matchByTitle('Maintenance des systèmes option A systèmes de production (Bac +3)', ['BTS'], list)).toBeUndefined();
    expect(matchByTitle('Maintenance des systèmes option A systèmes de production (Bac +2)', ['BTS'], list)?.id).toBe('32025010');
  });
  it('reads the CFD specialty inside a MEF code, checking the type', () => {
    expect(matchByMef('3112501021', ['BTS'], list)?.id).toBe('32025010');
    expect(matchByMef('3112501021', ['CAP'], list)).toBeUndefined();
  });
});
