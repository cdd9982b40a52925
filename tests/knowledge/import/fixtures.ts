import type { CsvRow } from '../../../src/knowledge/import/csv.js';

/** Small inline source rows shared by the diploma and establishment tests. */
export function certif(o: Partial<Record<string, string>>): CsvRow {
  return {
    Code_Diplome: '1', Libelle_Diplome: '', Libelle_Type_Diplome: "Certificat d'aptitude professionnelle",
    Code_Niveau_Europeen: '3', Code_Rome_1: '', Code_Rome_2: '', Code_Rome_3: '', Code_Rome_4: '', Code_Rome_5: '',
    Code_RNCP: '', Code_Scolarité: '', Annee_Derniere_Session: '', Etat: '0', accessibilite_ca: '1', codeIdeo2: '',
    ...o,
  } as CsvRow;
}

export const fixture = {
  certifRows: [
    certif({ Code_Diplome: '10', Libelle_Diplome: 'CAP boulanger', Code_Scolarité: '50022137', Code_RNCP: '37537', Code_Rome_1: 'D1102', Code_Rome_2: 'Z9999', codeIdeo2: 'FOR.2246' }),
    // closed: last session at the data date
    certif({ Code_Diplome: '11', Libelle_Diplome: 'MC boulangerie spécialisée', Code_Scolarité: '01022107', Code_RNCP: '37313', Annee_Derniere_Session: '2024', Code_Rome_1: 'D1102' }),
    // two mentions under one CFD
    certif({ Code_Diplome: '12', Libelle_Diplome: 'BPJEPS spécialité éducateur sportif mention tennis', Libelle_Type_Diplome: "Brevet professionnel de la jeunesse, de l'éducation populaire et du sport", Code_Niveau_Europeen: '4', Code_Scolarité: '44633524', Code_RNCP: '28573' }),
    certif({ Code_Diplome: '13', Libelle_Diplome: 'BPJEPS spécialité éducateur sportif mention golf', Libelle_Type_Diplome: "Brevet professionnel de la jeunesse, de l'éducation populaire et du sport", Code_Niveau_Europeen: '4', Code_Scolarité: '44633524', Code_RNCP: '28573' }),
    // RNCP only, not open to apprenticeship
    certif({ Code_Diplome: '14', Libelle_Diplome: 'Titre de cuisinier', Libelle_Type_Diplome: 'Autre titre inscrit sur demande au RNCP (niveau 3)', Code_RNCP: '40000', accessibilite_ca: '0', Code_Rome_1: 'G1602' }),
    // a habilitation, not a diploma
    certif({ Code_Diplome: '15', Libelle_Diplome: 'Habilitation', Etat: '11', Code_RNCP: '50000' }),
  ],
  kitRows: [
    { Code_Diplome: '32031313', 'Intitulé diplôme (DEPP)': 'BANQUE (BTS) ', Code_RNCP: 'RNCP38381', 'Niveau fiche RNCP': 'Niveau 5', 'Abrégé de diplôme (RNCP)': 'BTS', "Accès à l'apprentissage de la fiche RNCP (oui/non)": 'oui', "Date d'échéance de la fiche RNCP": '31/12/2028', 'Fiche ACTIVE/INACTIVE': 'ACTIVE' },
    { Code_Diplome: '50022137', 'Intitulé diplôme (DEPP)': 'BOULANGER (CAP)', Code_RNCP: 'RNCP37537', 'Niveau fiche RNCP': 'Niveau 3', 'Abrégé de diplôme (RNCP)': 'CAP', "Accès à l'apprentissage de la fiche RNCP (oui/non)": 'oui', "Date d'échéance de la fiche RNCP": '31/08/2026', 'Fiche ACTIVE/INACTIVE': 'ACTIVE' },
    { Code_Diplome: '25000001', 'Intitulé diplôme (DEPP)': 'VIEILLE LICENCE (LP)', Code_RNCP: 'RNCP100', 'Niveau fiche RNCP': 'Niveau 6', 'Abrégé de diplôme (RNCP)': 'Licence Professionnelle', "Accès à l'apprentissage de la fiche RNCP (oui/non)": 'oui', "Date d'échéance de la fiche RNCP": '01/01/2024', 'Fiche ACTIVE/INACTIVE': 'ACTIVE' },
  ] as CsvRow[],
  eduscolRows: [] as CsvRow[],
  passageRows: [] as CsvRow[],
  inserjeunesRows: [
    { voie: 'apprentissage', millesime: '2021_2022', cfd: '50022137', cfd_deduit: '', nb_sortant: '100', nb_annee_term: '150', nb_en_emploi_6_mois: '60', nb_en_emploi_12_mois: '70', nb_en_emploi_24_mois: '', nb_poursuite_etudes: '30', taux_emploi_6_mois: '60', taux_emploi_12_mois: '70', taux_emploi_24_mois: '', taux_poursuite_etudes: '20' },
  ] as CsvRow[],
  romeCodes: new Set(['D1102', 'G1602']),
  referenceDate: '2024-06-28',
};

