import { describe, expect, it } from 'vitest';
import { addressesTheReader } from '../../src/knowledge/cross-check.js';
import { readHandwrittenFiles } from '../../src/knowledge/facts-table.js';

/**
 * An aid's `other_conditions` are shown as written, to a young person (tu) and to a parent or an employer (vous) alike
 * (dialogs/aides-dialog.ts): a condition that says "vérifie" or "ton CFA" spoke tu to employers (review 13). kb:check
 * refuses such a text (cross-check.ts).
 */
describe('aid conditions shown to tu and vous alike address no one', () => {
  it('holds for every aid of aides.yaml', async () => {
    const read = await readHandwrittenFiles('knowledge');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    const addressing = read.files.aides.aids.flatMap((a) => a.other_conditions.filter(addressesTheReader).map((c) => `${a.id}: ${c}`));
    expect(addressing).toEqual([]);
  });

  it.each([
    "Un plafond s'applique ; vérifie le montant sur le site.",
    'Seulement si ton CFA finance ces frais.',
    'Renseignez-vous auprès de votre OPCO.',
    "Demande-le à l'OPCO.",
  ])('flags "%s"', (text) => {
    expect(addressesTheReader(text)).toBe(true);
  });

  it.each([
    "Un plafond de salaire s'applique ; son montant en vigueur est donné sur le site d'Action Logement.",
    'Entreprise du secteur privé non agricole.',
    'Au plus 1 100 € par année de formation, en 11 versements.',
    "La demande se fait en ligne, autour du début du contrat.",
  ])('lets "%s" through', (text) => {
    expect(addressesTheReader(text)).toBe(false);
  });
});
