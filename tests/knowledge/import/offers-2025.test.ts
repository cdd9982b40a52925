import { describe, expect, it } from 'vitest';
import {
  affelnetApprenticeshipSites,
  affelnetSites,
  departmentCodes,
  parcoursupBtsSites,
  siteName,
} from '../../../src/knowledge/import/catalogues.js';
import { buildCommunes, buildFormerCommunes, createCommuneResolver, toCogEntries } from '../../../src/knowledge/import/communes.js';
import { parseCsv } from '../../../src/knowledge/import/csv.js';
import { buildDiplomaUniverse } from '../../../src/knowledge/import/diplomas.js';
import { buildEstablishments, pickName } from '../../../src/knowledge/import/establishments.js';
import { courseMatcher, movedWithinTown, siteHistory } from '../../../src/knowledge/import/offer-history.js';
import type { Establishment } from '../../../src/knowledge/schema/establishment.js';
import { accentVocabulary, matchCodeRenewals, readableRenewedTitle } from '../../../src/knowledge/import/offer-renewals.js';
import {
  buildRenewals,
  renewalPairsFromCertifInfo,
  renewalPairsFromEduscol,
  specialtyKey,
} from '../../../src/knowledge/import/renewals.js';
import { certif, fixture } from './fixtures.js';

describe('renewals of diploma codes', () => {
  const eduscol = [
    { 'Code diplôme': '400-25510 P', Commentaire: 'remplacé par le 400-25520 P' },
    { 'Code diplôme': '500-22146 T', Commentaire: 'remplace le 500-22139 T' },
    { 'Code diplôme': '400-25519 R', Commentaire: 'remplace le 4025513R et le 40025514R et le 40025515R' },
    { 'Code diplôme': '500-31124 U', Commentaire: 'Remplace les n° 500-31214, 500-31215' },
    { 'Code diplôme': '500-33106 T', Commentaire: "Les mots : « certificat ortho-prothésiste » sont remplacés par les mots : « opérateur »." },
    { 'Code diplôme': '500-25431 S', Commentaire: 'est remplace par le 50025440S' },
  ];

  it('reads both phrasings of Éduscol comments, and no code from a comment that replaces words', () => {
    expect(renewalPairsFromEduscol(eduscol)).toEqual([
      ['40025510', '40025520'],
      ['50022139', '50022146'],
      // "4025513R" is a typo in the source (seven digits): not read as a code
      ['40025514', '40025519'],
      ['40025515', '40025519'],
      ['50031214', '50031124'],
      ['50031215', '50031124'],
      ['50025431', '50025440'],
    ]);
    expect(renewalPairsFromCertifInfo([{ Code_Scolarité: '32033107', Code_Ancien_Scolarité: '32031205' }, { Code_Scolarité: '1702550H', Code_Ancien_Scolarité: '1702550H' }])).toEqual([
      ['32031205', '32033107'],
    ]);
  });

  it('follows chains, names one direct successor only when there is one, and survives a loop', () => {
    const r = buildRenewals([['A0000001', 'A0000002'], ['A0000002', 'A0000003'], ['B0000001', 'B0000002'], ['B0000001', 'B0000003'], ['C0000001', 'C0000002'], ['C0000002', 'C0000001']]);
    expect(r.successorsOf('A0000001')).toEqual(['A0000002', 'A0000003']);
    expect(r.directSuccessor('A0000001')).toBe('A0000002');
    expect(r.directSuccessor('B0000001')).toBeUndefined();
    expect(r.successorsOf('C0000001')).toEqual(['C0000002']);
    expect(r.extendedWith([['A0000003', 'A0000004']]).successorsOf('A0000001')).toEqual(['A0000002', 'A0000003', 'A0000004']);
  });

  it('compares titles by specialty, whatever the way the type and the option letter are written', () => {
    expect(specialtyKey('Patissier (CAP)')).toBe(specialtyKey('CAP pâtissier'));
    expect(specialtyKey('Bac pro maintenance des véhicules option C motocycles')).toBe(specialtyKey('CAP maintenance des véhicules option motocycles'));
    expect(specialtyKey('CAP cuisine')).not.toBe(specialtyKey('CAP pâtissier'));
  });
});

describe('codes newer than the certification data', () => {
  const u = buildDiplomaUniverse({
    ...fixture,
    certifRows: [
      ...fixture.certifRows,
      certif({ Code_Diplome: '30', Libelle_Diplome: 'CAP maintenance des véhicules option voitures particulières', Code_Scolarité: '50025218', Code_Rome_1: 'D1102' }),
      certif({ Code_Diplome: '31', Libelle_Diplome: 'CAP maintenance des véhicules option véhicules de transport routier', Code_Scolarité: '50025219' }),
      certif({ Code_Diplome: '32', Libelle_Diplome: 'CAP maintenance des véhicules option motocycles', Code_Scolarité: '50025220', Code_Rome_1: 'G1602' }),
    ],
  });
  const known = [...u.byId.values()];

  it('finds the renewed diploma by title, then a renamed option by elimination, never by a guess', () => {
    const found = matchCodeRenewals(
      [
        { cfd: '50025227', label: 'MAINT.VEHIC.OPT.MOTOCYCLES', types: ['CAP'] },
        { cfd: '50025226', label: 'MAINT.VEHIC.OPT.VEHIC.TRANSP.ROUT', types: ['CAP'] },
        { cfd: '50025225', label: 'MAINT.VEHIC.OPT.VEHIC.LEGERS', types: ['CAP'] },
        // another field (first five characters differ): never matched to a CAP of mechanics
        { cfd: '50099999', label: 'MAINT.VEHIC.OPT.MOTOCYCLES', types: ['CAP'] },
        { cfd: '50025299', label: 'BTS TOTALEMENT AUTRE', types: ['CAP'] },
      ],
      known,
    );
    expect(Object.fromEntries([...found].map(([k, v]) => [k, [v.renews.id, v.sameTitle]]))).toEqual({
      '50025227': ['50025220', true],
      '50025226': ['50025219', true],
      '50025225': ['50025218', false],
    });
  });

  it('writes an abbreviated label with the renewed title’s words and accents, inventing none', () => {
    const accents = accentVocabulary(['Titre professionnel conducteur de véhicules légers', 'BTS électrotechnique']);
    expect(readableRenewedTitle('MAINT.VEHIC.OPT.VEHIC.LEGERS', 'CAP maintenance des véhicules option voitures particulières', accents)).toBe(
      'maintenance des véhicules option véhicules légers',
    );
    expect(readableRenewedTitle('CONSTR. RESEAUX CANALISATIONS TP', 'CAP constructeur de réseaux de canalisations de travaux publics', accents)).toBe(
      'constructeur de réseaux de canalisations tp',
    );
  });

  it('makes the new code a current diploma with the renewed one’s type and trades, and its title for an abbreviated label', () => {
    const renewed = u.byId.get('50025220');
    const rec = u.ensureFromOffer('50025227', 'MAINT.VEHIC.OPT.MOTOCYCLES', '50025227', 'affelnet_apprentissage', { year: 2025, renews: renewed, sameTitle: true });
    expect(rec).toMatchObject({ title: 'CAP maintenance des véhicules option motocycles', type: 'CAP', level: 3, active: true, romes: ['G1602'] });
    const plain = u.ensureFromOffer('50031126', 'CRM OPT. LIVRAISON LONG. DISTANCE', '50031126', 'affelnet_apprentissage', { year: 2025 });
    expect(plain).toMatchObject({ title: 'CAP crm opt. livraison long. distance', active: true, sources: ['affelnet_apprentissage'] });
    expect(plain.romes).toBeUndefined();
  });
});

describe('the history of a site across catalogue years', () => {
  const facts: Record<string, { type: string; title: string }> = {
    '50022139': { type: 'CAP', title: 'CAP cuisine' },
    '50022146': { type: 'CAP', title: 'CAP cuisine' },
    '50022136': { type: 'CAP', title: 'Patissier (CAP)' },
    '50022141': { type: 'CAP', title: 'CAP pâtissier' },
    '50022137': { type: 'CAP', title: 'CAP boulanger' },
    '32031408': { type: 'BTS', title: 'BTS comptabilité et gestion' },
    '50025437': { type: 'CAP', title: 'CAP réalisations industrielles en chaudronnerie ou soudage option A chaudronnerie' },
    '50025438': { type: 'CAP', title: 'CAP réalisations industrielles en chaudronnerie ou soudage option B soudage' },
  };
  const base = {
    scope: { affelnet: ['CAP', 'CAPA', 'Bac pro'], affelnet_apprentissage: ['CAP', 'CAPA', 'Bac pro'], parcoursup_bts: ['BTS', 'BTSA'] },
    renewals: buildRenewals([['50022139', '50022146']]),
    diploma: (id: string) => facts[id],
  };

  it('keeps the newest line of a course (same code, renewed code or same title), drops none that continue', () => {
    const { offers, pastOffers } = siteHistory({
      ...base,
      offers: [
        { diploma: '50022139', year: 2020, source: 'affelnet' },
        { diploma: '50022146', year: 2025, source: 'affelnet_apprentissage', demand: { first_choice: 3 } },
        { diploma: '50022136', year: 2020, source: 'affelnet' },
        { diploma: '50022141', year: 2025, source: 'affelnet_apprentissage' },
        { diploma: '50025438', year: 2025, source: 'affelnet_apprentissage' },
      ],
      listedIn: [{ source: 'affelnet', year: 2020 }, { source: 'affelnet_apprentissage', year: 2025 }],
    });
    expect(offers).toEqual([
      { diploma: '50022141', year: 2025, source: 'affelnet_apprentissage' },
      { diploma: '50022146', year: 2025, source: 'affelnet_apprentissage', demand: { first_choice: 3 } },
      { diploma: '50025438', year: 2025, source: 'affelnet_apprentissage' },
    ]);
    expect(pastOffers).toEqual([]);
  });

  it('a course the newer catalogue lists the site without is past; other options and other kinds of course stay', () => {
    const { offers, pastOffers } = siteHistory({
      ...base,
      offers: [
        { diploma: '50022137', year: 2020, source: 'affelnet' },
        // option A in 2020, option B in 2025: another course, not a renewal
        { diploma: '50025437', year: 2020, source: 'affelnet' },
        { diploma: '50025438', year: 2025, source: 'affelnet_apprentissage' },
        // a BTS: Affelnet does not list BTS, so its silence says nothing
        { diploma: '32031408', year: 2020, source: 'parcoursup' },
      ],
      listedIn: [{ source: 'affelnet', year: 2020 }, { source: 'parcoursup', year: 2020 }, { source: 'affelnet_apprentissage', year: 2025 }],
    });
    expect(offers.map((o) => `${o.diploma} ${o.year}`)).toEqual(['32031408 2020', '50025438 2025']);
    expect(pastOffers).toEqual([
      { diploma: '50022137', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' } },
      { diploma: '50025437', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' } },
    ]);
  });

  it('a site no newer catalogue lists keeps its older courses as current, with their year', () => {
    const { offers, pastOffers } = siteHistory({
      ...base,
      offers: [{ diploma: '50022137', year: 2020, source: 'affelnet' }],
      listedIn: [{ source: 'affelnet', year: 2020 }, { source: 'parcoursup_bts', year: 2024 }],
    });
    expect(offers).toEqual([{ diploma: '50022137', year: 2020, source: 'affelnet' }]);
    expect(pastOffers).toEqual([]);
  });
  describe('a course that a newer catalogue lists at another site of the same town', () => {
    const site = (uai: string, commune: string, offers: Establishment['offers']): Establishment => ({
      uai, name: uai, commune, lat: 0, lon: 0, offers, sources: ['affelnet'],
    });
    const same = courseMatcher(base.renewals, base.diploma);

    it('moves from a site listed no more to a past offer naming the site now listed; other courses stay', () => {
      const ufa = site('0763071A', '76711', [
        { diploma: '50022139', year: 2020, source: 'affelnet' },
        { diploma: '50022137', year: 2020, source: 'affelnet' },
      ]);
      const lycee = site('0760114L', '76711', [{ diploma: '50022146', year: 2025, source: 'affelnet_apprentissage' }]);
      const sites = [lycee, ufa];
      const moved = movedWithinTown(sites, new Map([['0763071A', 2020], ['0760114L', 2025]]), same);
      expect(moved).toBe(1);
      expect(ufa.offers).toEqual([{ diploma: '50022137', year: 2020, source: 'affelnet' }]);
      expect(ufa.past_offers).toEqual([
        { diploma: '50022139', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' }, now_at: '0760114L' },
      ]);
      expect(lycee.offers).toHaveLength(1);
    });

    it('stays where a newer catalogue still lists the site, or where the other site is in another town', () => {
      const listedLater = site('0141300M', '14118', [{ diploma: '50022139', year: 2020, source: 'affelnet' }]);
      const neighbour = site('0141301N', '14118', [{ diploma: '50022146', year: 2025, source: 'affelnet_apprentissage' }]);
      const elsewhere = site('0611111A', '61001', [{ diploma: '50022139', year: 2020, source: 'affelnet' }]);
      const moved = movedWithinTown([listedLater, neighbour, elsewhere], new Map([['0141300M', 2024], ['0141301N', 2025], ['0611111A', 2020]]), same);
      expect(moved).toBe(0);
      expect(listedLater.offers).toHaveLength(1);
      expect(elsewhere.offers).toHaveLength(1);
      expect(listedLater.past_offers).toBeUndefined();
    });
  });
});

describe('the 2025 and 2024 catalogues', () => {
  const coords = parseCsv(
    [
      'code_insee,nom,departement,latitude,longitude,codes_postaux,population',
      '14118,Caen,14,49.1846,-0.3698,14000,108000',
      '50502,Saint-Lô,50,49.1,-1.08,50000,19000',
      '61001,Alençon,61,48.43,0.09,61000,26000',
      '27681,Saint-Lô-d\'Ourville,27,49.3,-1.6,50580,400',
    ].join('\n'),
  );
  const cog = toCogEntries([
    { code: '14118', nom: 'Caen', type: 'commune-actuelle' },
    { code: '50502', nom: 'Saint-Lô', type: 'commune-actuelle' },
    { code: '61001', nom: 'Alençon', type: 'commune-actuelle' },
  ]);
  const communes = buildCommunes(coords, cog);
  const resolver = createCommuneResolver(communes, buildFormerCommunes(cog, new Set(communes.map((c) => c.insee))));
  const departments = departmentCodes([{ code: '14', nom: 'Calvados' }, { code: '50', nom: 'Manche' }, { code: '76', nom: 'Seine-Maritime' }]);
  const header =
    "Etablissement d'accueil;Sigle de l'établissement d'accueil;Libellé de l'établissement d'accueil;Commune de l'établissement d'accueil;Département de l'établissement d'accueil;Mnémonique MEF national de rattachement;Libellé du MEF national de rattachement;Statut Offre de formation;Capacité carte scolaire;Demandes vœux 1;Demandes tous vœux;cfd";
  const affelnet2025 = parseCsv(
    [
      header,
      '0141300M;SITE OF-CFA;CIFAC;CAEN;CALVADOS;1CAP2;1CAP2  BOULANGER;AP;999;32;74;50022137',
      '0141300M;SITE OF-CFA;CIFAC;CAEN;CALVADOS;1CAP2;1CAP2  CUISINE;AP;12;20;31;50022146',
      '0141300M;SITE OF-CFA;CIFAC;CAEN;CALVADOS;1CAP2;1CAP2  COIFFURE;ST;999;1;1;50033616',
      '0501614H;OF CFA;FIM SITE SAINT LO;SAINT-LO;MANCHE;2NDPRO;2NDPRO BOUCHER;AP;999;0;2;40022104',
      '0761803X;SITE OF-CFA;CMA 76 - SITE DE ROUEN - SIMON;NULLEPART;SEINE MARITIME;1CAP2;1CAP2  BOULANGER;AP;999;5;9;50022137',
    ].join('\n'),
  );
  const affelnet2020 = parseCsv(
    [
      'uai,cfa_patronyme_si_connu,commune,code_postal,code_commune_insee,academie,type_etablissement,mnemonique,libelle_formation,mefstat11,cfd,cfd_libelle_long,cfd_niveau_bcn',
      '0141300M,CIFAC,CAEN CEDEX 5,14077,14118,CAEN,CFA,1CAP2,1CAP2 CUISINE,X,50022139,CUISINE (CAP),500',
      '0141300M,CIFAC,CAEN CEDEX 5,14077,14118,CAEN,CFA,1CAP2,1CAP2 BOUCHER,X,50022135,BOUCHER (CAP),500',
    ].join('\n'),
  );
  const parcoursup2024 = parseCsv(
    [
      'UAI;LIBELLÉFORMATION;MEFSTAT11;NB_VOEUX_CONFIRMES;STATUT;CAPACITEPSUP;cfd',
      '0141300M;BTS - Services - Comptabilité et gestion - en apprentissage;32211031408;53;Apprentissage;25;32031408',
      '0763548U;BTS - Services - Assurance - en apprentissage;32211031311;298;Apprentissage;25;32031311',
    ].join('\n'),
  );

  it('reads sites, names, communes by département, demand (999 is no capacity) and apprenticeship lines only', () => {
    const rows = affelnetApprenticeshipSites(affelnet2025, 2025, departments);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ uai: '0141300M', name: 'CFA CIFAC', communeName: 'CAEN', department: '14', year: 2025 });
    expect(rows[0]?.offer).toMatchObject({ cfd: '50022137', label: 'BOULANGER', demand: { first_choice: 32, all_choices: 74 } });
    expect(rows[1]?.offer?.demand).toEqual({ first_choice: 20, all_choices: 31, capacity: 12 });
    expect(rows[3]).toMatchObject({ name: 'CFA CMA 76 - SITE DE ROUEN - SIMON', nameMayBeCut: true, department: '76' });
    expect(siteName('MFREO', 'DE BALLEROY')).toBe('MFREO DE BALLEROY');
    expect(siteName('OF CFA', 'BÂTIMENT CFA EVREUX')).toBe('BÂTIMENT CFA EVREUX');
    expect(siteName('LP LYC METIER', 'JULES LE CESNE')).toBe('Lycée professionnel JULES LE CESNE');
    expect(siteName('CFPPA', "CFAA DE L'EURE - SITE DE CH...")).toBe("CFPPA CFAA DE L'EURE - SITE DE CH…");
    const bts = parcoursupBtsSites(parcoursup2024, 2024);
    expect(bts[0]).toMatchObject({ uai: '0141300M', source: 'parcoursup_bts', year: 2024, offer: { cfd: '32031408', label: 'Comptabilité et gestion', types: ['BTS'], demand: { wishes: 53, capacity: 25 } } });
  });

  it('prefers an older full name to a newer one the export may have cut', () => {
    expect(pickName([
      { source: 'affelnet_apprentissage', year: 2025, uai: 'X', name: "CFA DE L'IMPRIMERIE - INDUSTRIES G", nameMayBeCut: true },
      { source: 'parcoursup', year: 2020, uai: 'X', name: "CFA de l'Imprimerie et des industries graphiques" },
    ])).toBe("CFA de l'Imprimerie et des industries graphiques");
    expect(pickName([{ source: 'affelnet_apprentissage', year: 2025, uai: 'X', name: 'CFA ANTENNE CFAI SITE DE CHERBOURG', nameMayBeCut: true }])).toBe('CFA ANTENNE CFAI SITE DE CHERBOURG');
  });

  it('merges the years by UAI: newest name and commune, newest line per course, past courses, unplaced lines listed', () => {
    const universe = buildDiplomaUniverse({
      ...fixture,
      certifRows: [
        ...fixture.certifRows,
        certif({ Code_Diplome: '40', Libelle_Diplome: 'CAP cuisine', Code_Scolarité: '50022139' }),
        certif({ Code_Diplome: '41', Libelle_Diplome: 'CAP cuisine', Code_Scolarité: '50022146' }),
        certif({ Code_Diplome: '42', Libelle_Diplome: 'CAP boucher', Code_Scolarité: '50022135' }),
        certif({ Code_Diplome: '43', Libelle_Diplome: 'BTS comptabilité et gestion', Libelle_Type_Diplome: 'Brevet de technicien supérieur', Code_Niveau_Europeen: '5', Code_Scolarité: '32031408' }),
        certif({ Code_Diplome: '44', Libelle_Diplome: 'BTS assurance', Libelle_Type_Diplome: 'Brevet de technicien supérieur', Code_Niveau_Europeen: '5', Code_Scolarité: '32031311' }),
        certif({ Code_Diplome: '45', Libelle_Diplome: 'Bac pro boucher charcutier traiteur', Libelle_Type_Diplome: 'Baccalauréat professionnel', Code_Niveau_Europeen: '4', Code_Scolarité: '40022104' }),
      ],
    });
    const { establishments, unplaced, stats } = buildEstablishments({
      sites: [
        ...affelnetSites(affelnet2020, 2020),
        ...affelnetApprenticeshipSites(affelnet2025, 2025, departments),
        ...parcoursupBtsSites(parcoursup2024, 2024),
      ],
      communes,
      resolver,
      universe,
      renewals: buildRenewals([['50022139', '50022146']]),
    });
    expect(establishments.map((e) => e.uai)).toEqual(['0141300M', '0501614H']);
    const cifac = establishments[0];
    expect(cifac).toMatchObject({ name: 'CFA CIFAC', commune: '14118', lat: 49.1846, lon: -0.3698, postcode: '14077' });
    expect(cifac?.offers).toEqual([
      { diploma: '32031408', year: 2024, source: 'parcoursup_bts', demand: { wishes: 53, capacity: 25 } },
      { diploma: '50022137', year: 2025, source: 'affelnet_apprentissage', demand: { first_choice: 32, all_choices: 74 } },
      { diploma: '50022146', year: 2025, source: 'affelnet_apprentissage', demand: { first_choice: 20, all_choices: 31, capacity: 12 } },
    ]);
    expect(cifac?.past_offers).toEqual([{ diploma: '50022135', year: 2020, source: 'affelnet', absent_in: { year: 2025, source: 'affelnet_apprentissage' } }]);
    // "SAINT-LO" in the Manche, not Saint-Lô-d'Ourville; the commune named nowhere else cannot be placed
    expect(establishments[1]).toMatchObject({ commune: '50502', name: 'CFA FIM SITE SAINT LO' });
    expect(stats.unmatchedCommunes).toEqual(['affelnet_apprentissage: NULLEPART (76)']);
    // Round 31: placed in their département by their UAI, and named when a catalogue names them.
    expect(unplaced).toEqual([
      { uai: '0761803X', departement: '76', name: 'CFA CMA 76 - SITE DE ROUEN - SIMON', label: 'BOULANGER', diploma: '50022137', year: 2025, source: 'affelnet_apprentissage' },
      { uai: '0763548U', departement: '76', label: 'Assurance', diploma: '32031311', year: 2024, source: 'parcoursup_bts' },
    ]);
    expect(stats).toMatchObject({ offers: 4, offersByYear: { 2024: 1, 2025: 3 }, pastOffers: 1, superseded: 1, unplacedOffers: 2, placedInDepartement: 2 });
  });
});
