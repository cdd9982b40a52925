import { describe, expect, it } from 'vitest';
import type { DiplomaRecord } from '../../../src/knowledge/import/diplomas.js';
import { optionWords, sameWord, specialtyWords, titleLinks } from '../../../src/knowledge/import/title-links.js';

const diploma = (id: string, title: string, type: string, romes: string[], extra: Partial<DiplomaRecord> = {}): DiplomaRecord => ({
  id, cfd: id, title, type, level: type === 'Bac pro' ? 4 : type === 'BTS' ? 5 : 3, apprenticeship: true, active: true, romes, sources: ['certif_info'], ...extra,
});

const trades = [
  { code: 'I1604', label: 'Mécanicien / Mécanicienne automobile' },
  { code: 'I1607', label: 'Mécanicien / Mécanicienne motocycles' },
  { code: 'I1603', label: 'Mécanicien-réparateur / Mécanicienne-réparatrice en matériels agricoles' },
  { code: 'I1618', label: 'Mécanicien / Mécanicienne en matériels motorisés de parcs et jardins', parent: 'I1607' },
  { code: 'H2902', label: 'Chaudronnier / Chaudronnière' },
  { code: 'H2913', label: 'Soudeur / Soudeuse' },
  { code: 'D1401', label: 'Vendeur / Vendeuse de motocycles' },
  { code: 'K1701', label: 'Agent / Agente de sûreté' },
  { code: 'F1703', label: 'Maçon / Maçonne' },
];
const diplomas = [
  diploma('50025220', 'CAP maintenance des véhicules option motocycles', 'CAP', ['I1604']),
  diploma('40025216', 'Bac pro maintenance des véhicules option C motocycles', 'Bac pro', ['I1604']),
  diploma('50025223', "CAP maintenance des matériels option C : matériels d'espaces verts", 'CAP', ['I1607']),
  diploma('40025221', "Bac pro maintenance des matériels option C : matériels d'espaces verts", 'Bac pro', ['I1603']),
  diploma('50025438', 'CAP réalisations industrielles en chaudronnerie ou soudage option B soudage', 'CAP', ['H2902']),
  diploma('50023224', 'CAP maçon', 'CAP', ['F1701']),
  diploma('50034405', 'CAP agent de sécurité', 'CAP', ['K2503']),
  diploma('16X00001', 'Ingénieur diplômé de l’école X spécialité motocycles', "Diplôme d'ingénieur", ['I1604']),
  diploma('50099999', 'CAP ancien maçon', 'CAP', ['F1701'], { active: false }),
];

describe('trade ↔ diploma links read from the titles', () => {
  const links = titleLinks(trades, diplomas);
  const of = (code: string): string[] => [...(links.get(code) ?? [])].sort();

  it('compares word forms by their stem', () => {
    expect(sameWord('soudage', 'soudeur')).toBe(true);
    expect(sameWord('coiffure', 'coiffeur')).toBe(true);
    expect(sameWord('chauffage', 'chauffagiste')).toBe(true);
    expect(sameWord('electricite', 'electricien')).toBe(true);
    expect(sameWord('service', 'serveur')).toBe(false);
    expect(sameWord('vente', 'ventilation')).toBe(false);
    expect(specialtyWords({ title: 'Patissier (CAP)' })).toEqual(['patissier']);
    expect(optionWords({ title: "CAP maintenance des matériels option C : matériels d'espaces verts", type: 'CAP' })).toEqual(['materiels', 'espaces', 'verts']);
    expect(optionWords({ title: 'Master mention informatique option réseaux', type: 'Master' })).toEqual([]);
  });

  it('links a diploma whose title names the trade (CAP maçon filed under another code), current diplomas only', () => {
    expect(of('F1703')).toEqual(['50023224']);
    expect(of('H2913')).toContain('50025438');
  });

  it('links the option to the trade it names in the diploma’s field only, and only for vocational diplomas', () => {
    expect(of('I1607')).toEqual(expect.arrayContaining(['50025220', '40025216']));
    // "motocycles" also names a seller of motorbikes, in another field: no link
    expect(of('D1401')).toEqual([]);
    // an engineering school's "spécialité" is not a vocational option
    expect(of('I1607')).not.toContain('16X00001');
  });

  it('gives the CAP and the Bac pro of one specialty the same trades', () => {
    expect(of('I1603')).toContain('50025223');
    expect(of('I1607')).toContain('40025221');
  });

  it('ignores a one-word name of fewer than 5 letters', () => {
    expect(of('K1701')).toEqual([]);
  });
});
