import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/knowledge/import/csv.js';

describe('parseCsv', () => {
  it('strips a UTF-8 BOM, reads CRLF and `;`', () => {
    const text = '\uFEFFCode_Diplome;Intitulé;Niveau\r\n32031313;BANQUE (BTS) ;Niveau 5\r\n50022137;"BOULANGER; CAP";Niveau 3\r\n';
    const rows = parseCsv(text);
    expect(rows).toEqual([
      { Code_Diplome: '32031313', Intitulé: 'BANQUE (BTS)', Niveau: 'Niveau 5' },
      { Code_Diplome: '50022137', Intitulé: 'BOULANGER; CAP', Niveau: 'Niveau 3' },
    ]);
    expect(Object.keys(rows[0] ?? {})[0]).toBe('Code_Diplome');
  });

  it('reads `,` files with quoted commas', () => {
    const rows = parseCsv('uai,nom\n0141300M,"CIFAC, Caen"\n');
    expect(rows).toEqual([{ uai: '0141300M', nom: 'CIFAC, Caen' }]);
  });

  it('accepts stray quotes inside an unquoted field (Certif Info)', () => {
    const rows = parseCsv('a;b\n1;matériels "travaux publics" et manutention\n');
    expect(rows[0]?.b).toBe('matériels "travaux publics" et manutention');
  });

  it('returns no rows for an empty file and picks the delimiter from the header only', () => {
    expect(parseCsv('')).toEqual([]);
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4')).toBe(',');
  });
});
