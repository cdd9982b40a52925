import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { VOCATIONAL_TYPES } from '../../src/knowledge/import/title-links.js';

/**
 * Trade ↔ diploma coverage (issue 12, item 4): the 100 trades young people ask about most, as they type them, and
 * the diplomas a person of the trade would expect to be offered. The trades come from the sub-domains of La bonne
 * alternance (../shared/data/rome/lba_rome_sous_domaines_*.csv: food trades, hair and beauty, shop work, motor
 * mechanics, building, metalwork, office, IT, care, farming and animals, crafts) and the usual apprenticeship trades;
 * each expected diploma is its code (CFD) in the diploma data (Certif Info / Éduscol, as in knowledge/diplomes.yaml),
 * with its title beside it. Written from the data, never from the bot's answers.
 */
const COVERAGE: ReadonlyArray<readonly [asked: string, rome: string, expected: Readonly<Record<string, string>>]> = [
  // Food trades
  ['boulanger', 'D1102', { '50022137': 'CAP boulanger', '40022105': 'Bac pro boulanger pâtissier' }],
  ['pâtissier', 'D1104', { '50022141': 'CAP pâtissier' }],
  ['boucher', 'D1101', { '50022143': 'CAP boucher', '40022104': 'Bac pro boucher charcutier traiteur' }],
  ['charcutier', 'D1103', { '50022144': 'CAP charcuterie-traiteur' }],
  ['chocolatier', 'D1115', { '50022145': 'CAP chocolaterie-confiserie' }],
  ['poissonnier', 'D1105', { '50031221': 'CAP poissonnier écailler' }],
  ['glacier', 'D1118', { '50022138': 'CAP glacier fabricant' }],
  ['fromager', 'A1412', { '50022140': 'CAP crémier-fromager' }],
  ['primeur', 'D1106', { '50031222': 'CAP primeur' }],
  // Cooking, restaurants, hotels
  ['cuisinier', 'G1609', { '50022146': 'CAP cuisine' }],
  ['serveur', 'G1803', { '50033413': 'CAP commercialisation et services en hôtel-café-restaurant', '40033403': 'Bac pro commercialisation et services en restauration' }],
  ['barman', 'G1801', { '45033403': 'BP barman' }],
  ['réceptionniste', 'G1703', { '46133413': 'CS accueil-réception' }],
  // Hair and beauty
  ['coiffeur', 'D1202', { '50033616': 'CAP métiers de la coiffure', '45033608': 'BP coiffure' }],
  ['esthéticienne', 'D1208', { '50033615': 'CAP esthétique cosmétique parfumerie', '40033606': 'Bac pro esthétique, cosmétique, parfumerie' }],
  // Shops and sales
  ['fleuriste', 'D1209', { '50031223': 'CAP fleuriste', '45031207': 'BP fleuriste' }],
  ['vendeur', 'D1214', { '50031224': 'CAP équipier polyvalent du commerce', '40031213': 'Bac pro métiers du commerce et de la vente option A' }],
  ['employé de libre-service', 'D1507', { '50031224': 'CAP équipier polyvalent du commerce' }],
  ['caissier', 'D1505', { '50031224': 'CAP équipier polyvalent du commerce' }],
  ['commercial', 'D1410', { '32031212': 'BTS négociation et digitalisation de la relation client' }],
  ['chef de rayon', 'D1503', { '32031213': 'BTS management commercial opérationnel' }],
  ['opticien', 'J1405', { '32033107': 'BTS opticien-lunetier' }],
  ['préparateur en pharmacie', 'J1307', { '45033104': 'BP préparateur en pharmacie' }],
  ['cordonnier', 'D1206', { '50024320': 'CAP cordonnerie multiservice' }],
  ['pressing', 'D1205', { '50024008': 'CAP métiers de l\'entretien des textiles option B pressing' }],
  // Motor vehicles and machines
  ['mécanicien auto', 'I1604', { '50025218': 'CAP maintenance des véhicules option voitures particulières', '40025214': 'Bac pro maintenance des véhicules option A voitures particulières' }],
  ['mécanicien moto', 'I1607', { '50025220': 'CAP maintenance des véhicules option motocycles', '40025216': 'Bac pro maintenance des véhicules option C motocycles' }],
  ['mécanicien poids lourds', 'I1613', { '50025219': 'CAP maintenance des véhicules option véhicules de transport routier', '40025215': 'Bac pro maintenance des véhicules option B véhicules de transport routier' }],
  ['carrossier', 'I1606', { '50025440': 'CAP carrossier automobile', '40025408': 'Bac pro réparation des carrosseries' }],
  ['peintre automobile', 'I1609', { '50025441': 'CAP peintre automobile' }],
  ['mécanicien agricole', 'I1603', { '50025221': 'CAP maintenance des matériels option A matériels agricoles', '40025219': 'Bac pro maintenance des matériels option A matériels agricoles' }],
  ['mécanicien engins de chantier', 'I1616', { '50025222': 'CAP maintenance des matériels option B matériels de construction et de manutention', '40025220': 'Bac pro maintenance des matériels option B' }],
  ['mécanicien motoculture', 'I1618', { '50025223': 'CAP maintenance des matériels option C matériels d\'espaces verts', '40025221': 'Bac pro maintenance des matériels option C matériels d\'espaces verts' }],
  ['mécanicien bateau', 'I1605', { '50025224': 'CAP maintenance nautique' }],
  ['technicien de maintenance industrielle', 'I1304', { '40025012': 'Bac pro maintenance des systèmes de production connectés', '32025014': 'BTS maintenance des systèmes option A systèmes de production' }],
  // Building
  ['plombier', 'F1603', { '50023324': 'CAP monteur en installations sanitaires' }],
  ['chauffagiste', 'I1308', { '50022715': 'CAP monteur en installations thermiques', '40022707': 'Bac pro installateur en chauffage, climatisation et énergies renouvelables' }],
  ['frigoriste', 'I1306', { '50022714': 'CAP installateur en froid et conditionnement d\'air' }],
  ['électricien', 'F1602', { '50025524': 'CAP électricien', '40025520': 'Bac pro métiers de l\'électricité et de ses environnements connectés' }],
  ['maçon', 'F1703', { '50023224': 'CAP maçon' }],
  ['menuisier', 'H2206', { '50023447': 'CAP menuisier fabricant', '50023449': 'CAP menuisier installateur' }],
  ['charpentier', 'F1503', { '50023446': 'CAP charpentier bois' }],
  ['couvreur', 'F1619', { '50023223': 'CAP couvreur' }],
  ['peintre en bâtiment', 'F1606', { '50023327': 'CAP peintre applicateur de revêtements' }],
  ['plaquiste', 'F1604', { '50023326': 'CAP métiers du plâtre et de l\'isolation' }],
  ['carreleur', 'F1608', { '50023325': 'CAP carreleur mosaïste' }],
  ['ébéniste', 'H2207', { '50023445': 'CAP ébéniste' }],
  ['métallier', 'H2911', { '50025439': 'CAP métallier' }],
  ['menuisier aluminium', 'F1607', { '50023329': 'CAP menuisier aluminium-verre' }],
  ['conducteur d\'engins de chantier', 'F1302', { '50023121': 'CAP conducteur d\'engins de travaux publics et carrières' }],
  ['tailleur de pierre', 'F1612', { '50023220': 'CAP tailleur de pierre' }],
  ['étancheur', 'F1613', { '50023328': 'CAP étancheur du bâtiment et des travaux publics' }],
  ['agent de maintenance des bâtiments', 'I1203', { '50023006': 'CAP interventions en maintenance technique des bâtiments' }],
  ['conducteur de travaux', 'F1201', { '32023012': 'BTS bâtiment' }],
  ['géomètre', 'F1107', { '32023108': 'BTS métiers du géomètre-topographe et de la modélisation numérique' }],
  // Metalwork and industry
  ['soudeur', 'H2913', { '50025438': 'CAP réalisations industrielles en chaudronnerie ou soudage option B soudage' }],
  ['chaudronnier', 'H2902', { '50025437': 'CAP réalisations industrielles en chaudronnerie ou soudage option A chaudronnerie', '40025411': 'Bac pro technicien en chaudronnerie industrielle' }],
  ['usineur', 'H2903', { '40025014': 'Bac pro technicien en réalisation de produits mécaniques option réalisation et suivi de productions' }],
  ['électricien de maintenance', 'I1309', { '32025520': 'BTS électrotechnique', '40025520': 'Bac pro métiers de l\'électricité et de ses environnements connectés' }],
  ['opérateur agroalimentaire', 'H2105', { '40022005': 'Bac pro production en industries pharmaceutiques, alimentaires et cosmétiques' }],
  ['imprimeur', 'E1301', { '40032208': 'Bac pro réalisation de produits imprimés et plurimédia option B productions imprimées' }],
  ['technicien de laboratoire', 'H1503', { '32022209': 'BTS bioanalyses en laboratoire de contrôle' }],
  // Office, bank, logistics, transport
  ['comptable', 'M1203', { '32031408': 'BTS comptabilité et gestion' }],
  ['assistant de direction', 'M1604', { '32032409': 'BTS support à l\'action managériale', '32031409': 'BTS gestion de la PME' }],
  ['secrétaire', 'M1607', { '40030004': 'Bac pro assistance à la gestion des organisations et de leurs activités' }],
  ['agent d\'accueil', 'M1601', { '40031212': 'Bac pro métiers de l\'accueil' }],
  ['conseiller bancaire', 'C1206', { '32031313': 'BTS banque' }],
  ['conseiller en assurance', 'C1102', { '32031311': 'BTS assurance' }],
  ['agent immobilier', 'C1504', { '32031312': 'BTS professions immobilières' }],
  ['agent de voyage', 'G1303', { '32033426': 'BTS tourisme' }],
  ['magasinier', 'N1110', { '50031122': 'CAP opérateur/opératrice logistique', '40031106': 'Bac pro logistique' }],
  ['cariste', 'N1101', { '50031122': 'CAP opérateur/opératrice logistique' }],
  ['logisticien', 'N1303', { '32031103': 'BTS gestion des transports et logistique associée' }],
  ['chauffeur routier', 'N4101', { '50031117': 'CAP conducteur routier marchandises', '40031107': 'Bac pro conducteur transport routier marchandises' }],
  ['chauffeur livreur', 'N4105', { '50031118': 'CAP conducteur livreur de marchandises' }],
  // Computing
  ['développeur', 'M1805', { '32032614': 'BTS services informatiques aux organisations option B solutions logicielles et applications métiers' }],
  ['technicien réseau', 'M1816', { '32032613': 'BTS services informatiques aux organisations option A solutions d\'infrastructure, systèmes et réseaux', '32020116': 'BTS cybersécurité, informatique et réseaux, électronique option A' }],
  ['technicien informatique', 'M1810', { '40025519': 'Bac pro cybersécurité, informatique et réseaux, électronique' }],
  // Care, children, sport, safety
  ['aide-soignant', 'J1501', { '46033104': 'Diplôme d\'État d\'aide-soignant' }],
  ['auxiliaire de puériculture', 'J1304', { '46033105': 'Diplôme d\'État d\'auxiliaire de puériculture' }],
  ['auxiliaire de vie', 'K1311', { '56033207': 'Diplôme d\'État d\'accompagnant éducatif et social' }],
  ['ambulancier', 'J1305', { '56033105': 'Diplôme d\'État d\'ambulancier' }],
  ['prothésiste dentaire', 'J1410', { '32033111': 'BTS prothésiste dentaire', '40033104': 'Bac pro technicien en prothèse dentaire' }],
  ['agent d\'entretien', 'K2205', { '50034307': 'CAP agent de propreté et d\'hygiène' }],
  ['éducateur sportif', 'G1204', { '44633524': 'BPJEPS spécialité éducateur sportif' }],
  ['agent de sécurité', 'K2503', { '50034405': 'CAP agent de sécurité' }],
  // Farming, gardens, animals, sea
  ['paysagiste', 'A1208', { '50321405': 'CAP agricole jardinier paysagiste', '40321405': 'Bac pro aménagements paysagers' }],
  ['agriculteur', 'A1416', { '50321130': 'CAP agricole métiers de l\'agriculture', '40321004': 'Bac pro conduite et gestion de l\'entreprise agricole' }],
  ['éleveur', 'A1407', { '40321004': 'Bac pro conduite et gestion de l\'entreprise agricole' }],
  ['horticulteur', 'A1414', { '40321114': 'Bac pro conduite de productions horticoles' }],
  ['bûcheron', 'A1201', { '50321314': 'CAP agricole travaux forestiers' }],
  ['palefrenier', 'A1421', { '50321237': 'CAP agricole palefrenier soigneur' }],
  ['maréchal-ferrant', 'A1502', { '50321236': 'CAP agricole maréchal-ferrant' }],
  ['toiletteur', 'A1503', { '56M21203': 'Toiletteur canin, félin et NAC (CTM)' }],
  ['matelot', 'N3102', { '50021308': 'CAP maritime' }],
  // Crafts and arts
  ['couturière', 'B1803', { '50024240': 'CAP métiers de la mode, vêtement flou' }],
  ['horloger', 'B1604', { '50025137': 'CAP horlogerie' }],
  ['bijoutier', 'B1605', { '50022361': 'CAP art et techniques de la bijouterie-joaillerie option bijouterie-joaillerie' }],
  ['photographe', 'E1201', { '40032304': 'Bac pro photographie' }],
  ['tapissier', 'B1806', { '50024238': 'CAP tapissier-tapissière d\'ameublement en siège' }],
];

/**
 * Expected diplomas that no general rule links to the trade: neither Certif Info's ROME codes, nor the titles
 * (title-links.ts), nor renewals and training fields (kin-links.ts). Kept here, measured, so that the list is the
 * truth: a gap that closes, or a new one, fails the test. Fixing one takes a general rule, never a per-trade link.
 * Before the renewal and training-field rules 10 trades missed a diploma; these 6 remain, each for a reason in the data:
 */
const KNOWN_GAPS: readonly string[] = [
  // Certif Info files the Bac pro under the sales advisers (D1403, D1408); the seller's own level-4 certifications
  // share its training field (Formacode 34566) only once (vendeur conseil omnicanal), under the quorum of two.
  'vendeur: 40031213',
  // The BTS is filed under the sales and marketing fiches (D1401, D1501, D1506, M1704, M1705), training field
  // "gestion commerciale achats"; the department manager's level-5 titles are of other fields (gestion de rayon,
  // grande distribution, gestion point de vente).
  'chef de rayon: 32031213',
  // Filed under the plumber (F1603), field "installation thermique sanitaire"; the heating engineer's level-3
  // titles are "chauffage" and "régulation climatisation". The CAP it renews is not in the data.
  'chauffagiste: 50022715',
  // Filed under the order picker (N1103), field "logistique"; the forklift driver's level-3 title is "chariot
  // automoteur". The CAP it renews (agent d'entreposage et de messagerie) is not in the data.
  'cariste: 50031122',
  // Filed under electronics fiches (H1101, H1209, H1504, I1305); the field (réseau informatique) and level match the
  // network technician's parent fiche (M1810) only once (titre technicien supérieur systèmes et réseaux), and the
  // ROME domains differ (H/I, M).
  'technicien réseau: 32020116',
  // Filed under electronics fiches (H2605, I1305, I1307, I1402), field "maintenance électronique"; the IT
  // technician's level-4 certifications are of other fields (parc informatique, sécurité informatique).
  'technicien informatique: 40025519',
];

/** Trades of the list above that the renewal and training-field rules give more diplomas, and how many (reviewed). */
const GAINED_BY_KIN: Readonly<Record<string, number>> = {
  'vendeur': 2, // CS vendeur-conseil, CS assistance, conseil, vente à distance
  'employé de libre-service': 1, // CAP équipier polyvalent du commerce
  'caissier': 1, // CAP équipier polyvalent du commerce
  'commercial': 2, // Bac pro métiers du commerce et de la vente, options A and B
  'mécanicien moto': 1, // CAP maintenance des matériels option A (a neighbouring mechanics CAP)
  'carrossier': 2, // CAP and Bac pro construction et aménagement de véhicules (renewal)
  'peintre automobile': 2, // the same (renewal)
  'mécanicien motoculture': 1, // inherits the motorbike mechanic's (its parent fiche)
  'maçon': 2, // Bac pro technicien d'études du bâtiment, options A and B
  'peintre en bâtiment': 2, // the same
  'plaquiste': 2, // the same
  'métallier': 1, // CAP réalisations industrielles … option A chaudronnerie
  "conducteur d'engins de chantier": 1, // CAP conducteur d'engins de travaux publics et carrières (renewal)
  'conducteur de travaux': 2, // BTS bâtiment, BTS management économique de la construction
  'géomètre': 1, // Bac pro géomètre (renewal)
  'chauffeur livreur': 1, // CAP conducteur routier marchandises
  'agent de sécurité': 1, // CAP gardien d'immeubles
  'éleveur': 3, // BTSA ACS'AGRI (two codes), BTSA métiers de l'élevage (renewals)
  'horticulteur': 1, // BTSA ACS'AGRI (renewal)
};

/** No trade gains more than this many diplomas through the renewal and training-field rules. */
const MAX_GAINED = 8;

describe('trade ↔ diploma coverage over the 100 most asked trades', async () => {
  const { knowledge, search } = (await sharedKnowledge()).current;

  it('lists 100 distinct trades, each expected diploma current and open to apprenticeship in the diploma data', () => {
    expect(COVERAGE.length).toBe(100);
    expect(new Set(COVERAGE.map(([, rome]) => rome)).size).toBe(100);
    expect(COVERAGE.filter(([, rome]) => !knowledge.trades.has(rome)).map(([asked]) => asked)).toEqual([]);
    const unknown = COVERAGE.flatMap(([, , expected]) =>
      Object.keys(expected).filter((id) => {
        const d = knowledge.diplomas.get(id);
        return !d || !d.active || !d.apprenticeship;
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('offers every trade the diplomas a person of the trade would expect, but for the known gaps', () => {
    const missing: string[] = [];
    const detail: string[] = [];
    for (const [asked, rome, expected] of COVERAGE) {
      const trade = knowledge.trades.get(rome);
      if (!trade) continue;
      const offered = new Set(search.diplomasForTrade(trade).map((d) => d.id));
      for (const [id, title] of Object.entries(expected)) {
        // A diploma renewed since is offered under its current code (the list shows each diploma once).
        if (offered.has(search.shownDiplomaId(id))) continue;
        missing.push(`${asked}: ${id}`);
        detail.push(`${asked} (${rome} ${trade.label}): ${id} ${title}`);
      }
    }
    const trades = new Set(missing.map((m) => m.split(': ')[0]));
    console.log(`trade ↔ diploma coverage: ${COVERAGE.length - trades.size}/${COVERAGE.length} trades have every expected diploma`);
    expect(missing, `${trades.size} of ${COVERAGE.length} trades miss a diploma:\n${detail.join('\n')}`).toEqual(KNOWN_GAPS);
  });

  it('bounds what the renewal and training-field rules add: a few related diplomas, never a flood', () => {
    const gained = (code: string): string[] => {
      const t = knowledge.trades.get(code);
      return [...(t?.diplomas_by_renewal ?? []), ...(t?.diplomas_by_field ?? [])];
    };
    const all = [...knowledge.trades.values()];
    const heaviest = Math.max(...all.map((t) => gained(t.code).length));
    expect(heaviest).toBeLessThanOrEqual(MAX_GAINED);
    // Of some 1,600 fiches, the rules touch a small part, children of a touched fiche included.
    expect(all.filter((t) => gained(t.code).length > 0).length).toBeLessThan(400);
    // A training-field link is a national vocational diploma that Certif Info files in the trade's ROME domain.
    for (const t of all) {
      for (const id of t.diplomas_by_field ?? []) {
        const d = knowledge.diplomas.get(id);
        expect(d && VOCATIONAL_TYPES.has(d.type), `${t.code} ${id}`).toBe(true);
        expect(d?.romes?.some((r) => r[0] === t.code[0]), `${t.code} ${id}`).toBe(true);
      }
    }
    // Among the 100 asked trades, the ones that gain and how much are measured: the others keep their list.
    const gains = Object.fromEntries(COVERAGE.flatMap(([asked, rome]) => (gained(rome).length > 0 ? [[asked, gained(rome).length]] : [])));
    expect(gains).toEqual(GAINED_BY_KIN);
  });

  it('offers the motorbike mechanic the motorbike options, taught in Caen', () => {
    const moto = knowledge.trades.get('I1607');
    expect(moto).toBeDefined();
    const ids = search.diplomasForTrade(moto!).map((d) => d.id);
    // CAP and Bac pro maintenance des véhicules option motocycles, once each, under their 2025 codes (the 2020
    // codes they renew are the same diplomas, and their places count for them)
    expect(ids).toEqual(expect.arrayContaining(['50025227', '40025226']));
    expect(ids.filter((id) => id === '50025220' || id === '40025216')).toEqual([]);
    expect(['50025220', '40025216'].map((id) => search.shownDiplomaId(id))).toEqual(['50025227', '40025226']);
    const caen = knowledge.communes.get('14118');
    const places = search.nearestEstablishments(caen!, ids, 5).results;
    expect(places[0]?.commune?.name).toBe('Caen');
    expect(places[0]?.offers.some((o) => o.diploma.title === 'CAP maintenance des véhicules option motocycles')).toBe(true);
  });
});
