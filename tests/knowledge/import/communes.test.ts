import { describe, expect, it } from 'vitest';
import {
  buildCommunes,
  buildFormerCommunes,
  communeNameKey,
  createCommuneResolver,
  toCogEntries,
} from '../../../src/knowledge/import/communes.js';
import { parseCsv } from '../../../src/knowledge/import/csv.js';

const coords = parseCsv(
  [
    'code_insee,nom,departement,latitude,longitude,codes_postaux,population',
    '14118,Caen,14,49.1846,-0.3698,14000,108000',
    '14654,Saint-Pierre-en-Auge,14,49.0167,0.0333,14170,7000',
    '50129,Cherbourg-en-Cotentin,50,49.63,-1.62,50100|50110|50120,78000',
    '27001,Saint-Pierre,27,49.1,1.1,27100,100',
    '76001,Saint-Pierre,76,49.5,1.0,76100,200',
  ].join('\n'),
);
const cog = toCogEntries([
  { code: '14118', nom: 'Caen', type: 'commune-actuelle', codesPostaux: ['14000'] },
  { code: '14654', nom: 'Saint-Pierre-en-Auge', type: 'commune-actuelle', anciensCodes: ['14654', '14500'] },
  { code: '50129', nom: 'Cherbourg-en-Cotentin', type: 'commune-actuelle' },
  { code: '50129', nom: 'Cherbourg-Octeville', type: 'commune-deleguee', chefLieu: '50129' },
  { code: '50173', nom: 'Équeurdreville-Hainneville', type: 'commune-deleguee', chefLieu: '50129' },
  { code: '14999', nom: 'Ailleurs', type: 'commune-deleguee', chefLieu: '99999' },
  'not an entry',
]);
const communes = buildCommunes(coords, cog);
const formers = buildFormerCommunes(cog, new Set(communes.map((c) => c.insee)));
const resolver = createCommuneResolver(communes, formers);

describe('communes', () => {
  it('reads current communes with postcodes split and sorted by code', () => {
    expect(communes.map((c) => c.insee)).toEqual(['14118', '14654', '27001', '50129', '76001']);
    expect(communes.find((c) => c.insee === '50129')?.postcodes).toEqual(['50100', '50110', '50120']);
  });

  it('lists former communes pointing to a known current one, old codes without a name too', () => {
    expect(formers).toEqual([
      { insee: '14500', current: '14654', source: 'cog' },
      { insee: '50129', name: 'Cherbourg-Octeville', current: '50129', source: 'cog' },
      { insee: '50173', name: 'Équeurdreville-Hainneville', current: '50129', source: 'cog' },
    ]);
  });
});

describe('commune resolution', () => {
  it('by current or former INSEE code', () => {
    expect(resolver.resolve({ insee: '14118' })).toBe('14118');
    expect(resolver.resolve({ insee: '14500' })).toBe('14654');
    expect(resolver.resolve({ insee: '50173' })).toBe('50129');
  });
  it('by name as catalogues write it (capitals, CEDEX, ST)', () => {
    expect(communeNameKey('ST PIERRE EN AUGE CEDEX 3')).toBe('saint pierre en auge');
    expect(resolver.resolve({ name: 'CAEN CEDEX 5', postcode: '14077' })).toBe('14118');
    expect(resolver.resolve({ name: 'ST PIERRE EN AUGE' })).toBe('14654');
  });
  it('by former name', () => {
    expect(resolver.resolve({ name: 'Cherbourg-Octeville' })).toBe('50129');
    expect(resolver.resolve({ name: 'EQUEURDREVILLE HAINNEVILLE' })).toBe('50129');
  });
  it('tells homonyms apart by postcode or département, and by postcode alone', () => {
    expect(resolver.resolve({ name: 'Saint-Pierre' })).toBeUndefined();
    expect(resolver.resolve({ name: 'Saint-Pierre', postcode: '76100' })).toBe('76001');
    expect(resolver.resolve({ name: 'Saint-Pierre', postcode: '27099' })).toBe('27001');
    expect(resolver.resolve({ postcode: '50110' })).toBe('50129');
  });
  it('falls back to the name when the code is unknown, and gives up on nothing', () => {
    expect(resolver.resolve({ insee: '99999', name: 'Caen' })).toBe('14118');
    expect(resolver.resolve({ name: 'Paris' })).toBeUndefined();
  });
});
