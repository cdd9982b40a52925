import { describe, expect, it } from 'vitest';
import { specialtyAsked } from '../../../dialogs/support/specialty-asked.js';

/** Round 15: the specialty a request names after its kind of diploma, or none when the kind stands alone. */
describe('specialtyAsked', () => {
  it.each([
    ['je voudrais faire un cap horlogerie', 'CAP', 'horlogerie'],
    ['un cap en horlogerie a caen', 'CAP', 'horlogerie'],
    ['bts design de mode en alternance', 'BTS', 'design de mode'],
    ['un bac pro maintenance des materiels agricoles', 'Bac pro', 'maintenance des materiels agricoles'],
    ['un cap svp', 'CAP', undefined],
    ['je cherche un bts a rouen', 'BTS', undefined],
    ['un cap 1 an', 'CAP', undefined],
    ['je voudrais un cap', 'CAP', undefined],
    ['je cherche un bts pas loin de', 'BTS', undefined],
    ['un cap du cote de', 'CAP', undefined],
  ])('"%s" (%s) → %s', (request, type, specialty) => {
    expect(specialtyAsked(request, type)).toBe(specialty);
  });
});
