import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/nlu/entities/date.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const TODAY = '2026-11-27';
const dates = (raw: string): Array<[string, string, string | undefined]> =>
  extractDates(tokenize(normalize(raw)), TODAY).map((d) => [d.from, d.to, d.role]);

describe('extractDates', () => {
  it.each<[string, Array<[string, string, string | undefined]>]>([
    ['contrat signé le 15 février 2026 pour un BTS', [['2026-02-15', '2026-02-15', 'signed']]],
    ['15/02/2026', [['2026-02-15', '2026-02-15', undefined]]],
    ['le 15-02-26', [['2026-02-15', '2026-02-15', undefined]]],
    ['15.02.2026', [['2026-02-15', '2026-02-15', undefined]]],
    ['le 1er mars 2026', [['2026-03-01', '2026-03-01', undefined]]],
    ['premier mars 2026', [['2026-03-01', '2026-03-01', undefined]]],
    // no year: the most recent such date, not after today
    ['le 3 mars', [['2026-03-03', '2026-03-03', undefined]]],
    ['signé le 15 décembre', [['2025-12-15', '2025-12-15', 'signed']]],
    ['en janvier 2026', [['2026-01-01', '2026-01-31', undefined]]],
    ['janvier dernier', [['2026-01-01', '2026-01-31', undefined]]],
    ['signé en décembre 2025', [['2025-12-01', '2025-12-31', 'signed']]],
    ['on a embauché en decembre', [['2025-12-01', '2025-12-31', 'signed']]],
    ['en novembre', [['2026-11-01', '2026-11-30', undefined]]],
    // typos, SMS, no accents, short forms
    ['signe le 15 fevrir 2026', [['2026-02-15', '2026-02-15', 'signed']]],
    ['contrat signe le 3 decembr 2025', [['2025-12-03', '2025-12-03', 'signed']]],
    ['jai signe en fev', [['2026-02-01', '2026-02-28', 'signed']]],
    ['le 15 sept 2025', [['2025-09-15', '2025-09-15', undefined]]],
    ['en sept 2025', [['2025-09-01', '2025-09-30', undefined]]],
    ['1er janv. 26', [['2026-01-01', '2026-01-01', undefined]]],
    // parts of a month or a year
    ['début mars 2026', [['2026-03-01', '2026-03-10', undefined]]],
    ['fin février 2025', [['2025-02-21', '2025-02-28', undefined]]],
    ['on a signé fin 2025', [['2025-10-01', '2025-12-31', 'signed']]],
    ['contrat signé en 2024', [['2024-01-01', '2024-12-31', 'signed']]],
    // relative words count only next to a word about the contract
    ['contrat signé hier', [['2026-11-26', '2026-11-26', 'signed']]],
    ["on a signé aujourd'hui", [['2026-11-27', '2026-11-27', 'signed']]],
    ["quelles aides aujourd'hui ?", []],
    // plans: the next such date
    ['on va signer le 5 janvier', [['2027-01-05', '2027-01-05', 'signed']]],
    ['mars prochain', [['2027-03-01', '2027-03-31', undefined]]],
    ['on signera le 10/01/2027', [['2027-01-10', '2027-01-10', 'signed']]],
    // roles and things that are not dates
    ['mon apprenti commence le 1er septembre', [['2026-09-01', '2026-09-01', 'start']]],
    // a start in the present tense: the nearest such date (next March in November), unless said in the past
    ['elle démarre le 16 mars', [['2027-03-16', '2027-03-16', 'start']]],
    ['le contrat commence le 2 mars', [['2027-03-02', '2027-03-02', 'start']]],
    ['il a commencé le 16 mars', [['2026-03-16', '2026-03-16', 'start']]],
    ['elle a deja demarre le 2 mars', [['2026-03-02', '2026-03-02', 'start']]],
    ['son contrat débute en février', [['2027-02-01', '2027-02-28', 'start']]],
    // "début" names the start before a date, and is part of the date in "début mars"
    ['et si je signe le 15 décembre pour un début le 5 janvier ?', [['2026-12-15', '2026-12-15', 'signed'], ['2027-01-05', '2027-01-05', 'start']]],
    ['démarrage du contrat le 2 février 2027', [['2027-02-02', '2027-02-02', 'start']]],
    // a signing in the present with its subject: the nearest one; "signé" typed "signe" stays the most recent
    ["on signe le 15 decembre mais il commence le 5 janvier", [['2026-12-15', '2026-12-15', 'signed'], ['2027-01-05', '2027-01-05', 'start']]],
    ['je signe le 3 mars', [['2027-03-03', '2027-03-03', 'signed']]],
    // an employer's words for a start and a hiring, in the present: the nearest such month; in the past, the last one
    ["j'accueille une apprentie en janvier", [['2027-01-01', '2027-01-31', 'start']]],
    ['nous accueillons un alternant le 5 fevrier', [['2027-02-05', '2027-02-05', 'start']]],
    ['il arrive chez nous en mars', [['2027-03-01', '2027-03-31', 'start']]],
    ["j'embauche un apprenti en janvier", [['2027-01-01', '2027-01-31', 'signed']]],
    ['nous recrutons une apprentie en fevrier', [['2027-02-01', '2027-02-28', 'signed']]],
    ['on a accueilli un apprenti en janvier', [['2026-01-01', '2026-01-31', 'start']]],
    ['elle est arrivée en mars', [['2026-03-01', '2026-03-31', 'start']]],
    ['on a embauché en janvier', [['2026-01-01', '2026-01-31', 'signed']]],
    // a cue word belongs to the date of its own clause: "commence" after "et" is the second date's, not the first's
    ["nous signons le contrat d'apprentissage (CAP) le 18 décembre 2026 et l'apprenti commence le 4 janvier 2027", [['2026-12-18', '2026-12-18', 'signed'], ['2027-01-04', '2027-01-04', 'start']]],
    ['le contrat sera signé le 20/12/2026, il démarre le 6/01/2027', [['2026-12-20', '2026-12-20', 'signed'], ['2027-01-06', '2027-01-06', 'start']]],
    ['contrat du 15 décembre 2026 puis début des cours le 5 janvier 2027', [['2026-12-15', '2026-12-15', 'signed'], ['2027-01-05', '2027-01-05', 'start']]],
    ['contrat signe le 15 decembre', [['2025-12-15', '2025-12-15', 'signed']]],
    ['né le 3 mars 2008', [['2008-03-03', '2008-03-03', 'birth']]],
    ['mon numéro 06 12 34 56 78', []],
    ['jveux mai jsp', []],
    ['un CAP en 2 ans', []],
    ["j'ai 17 ans", []],
    ['le 31 février 2026', []],
    ['en 2026 je veux faire un CAP', []],
  ])('%s', (raw, expected) => {
    expect(dates(raw)).toEqual(expected);
  });

  it('says when a date is planned (after today)', () => {
    const [d] = extractDates(tokenize(normalize('on signe le 4 janvier 2027')), TODAY);
    expect(d?.future).toBe(true);
    const [p] = extractDates(tokenize(normalize('signé le 4 janvier 2026')), TODAY);
    expect(p?.future).toBe(false);
    expect(p?.yearSaid).toBe(true);
  });

  // A wish or a conditional is a plan too: a month said without its year is the next one ("on aimerait prendre un
  // apprenti en avril pour la saison" in November means next April, not the last one).
  it.each([
    'on aimerait prendre un apprenti en avril pour la saison',
    'je voudrais embaucher une apprentie en mars',
    "nous envisageons de recruter en février",
    "j'embaucherais quelqu'un début avril",
    'pour la saison prochaine, un serveur en mai',
    'on souhaite signer en janvier',
    "et quelle aide si je l'embauche en avril ?",
    "je voudrais un apprenti serveur juste pour la saison, d'avril à septembre",
  ])('"%s": the next such month', (raw) => {
    const [d] = extractDates(tokenize(normalize(raw)), TODAY);
    expect(d?.future).toBe(true);
    expect(d?.from.startsWith('2027-')).toBe(true);
  });

  it('keeps the other entities of a dated message', () => {
    const e = extractEntities(normalize('contrat signé le 15 février 2026 pour un BTS, 20 salariés'), TODAY);
    expect(e.companySize?.employees).toBe(20);
    expect(e.age).toBeUndefined();
    expect(e.dates?.[0]?.from).toBe('2026-02-15');
    expect(extractEntities(normalize('signé le 15 février 2026')).dates).toBeUndefined();
  });

  it('reads a head count that ends the message', () => {
    expect(extractEntities(normalize('quelle aide je touche ? on est 10')).companySize?.employees).toBe(10);
  });
});
