import { describe, expect, it } from 'vitest';
import { NORMALIZE_MAX_CHARS, foldAccents, normalize, tokenize } from '../../src/text/normalize.js';

describe('foldAccents', () => {
  it.each([
    ['Éàçüô', 'eacuo'],
    ['Œuvre', 'oeuvre'],
    ['Æsthétique', 'aesthetique'],
    ['2ᵉ', '2e'],
  ])('%s → %s', (raw, folded) => {
    expect(foldAccents(raw)).toBe(folded);
  });
});

describe('normalize', () => {
  it.each([
    ['Jveu être mécano, chui à Dieppe !!', 'je veux etre mecano je suis a dieppe'],
    ['cb on est payé', 'combien on est paie'],
    ['chui en 3eme', 'je suis en 3e'],
    ['jsui en 2ème année', 'je suis en 2e annee'],
    ['la 2 eme année', 'la 2e annee'],
    ['deuxième année', '2e annee'],
    ['1ère année', '1e annee'],
    ['en 2nde', 'en seconde'],
    ['ouiiiii', 'oui'],
    ['mecanooo', 'mecano'],
    ["j'ai 17ans", 'je ai 17 ans'],
    ['jai 17 ans', 'je ai 17 ans'],
    ['g 16 ans', 'je ai 16 ans'],
    ['jveu fer electricien', 'je veux faire electricien'],
    ['je sais pas quoi fer', 'je sais pas quoi faire'],
    ['cap ferronnerie ou chemin de fer', 'cap ferronnerie ou chemin de fer'],
    ["c koi l'apprentissage", 'ce est quoi le apprentissage'],
    ['ckoi lapprentissage', 'ce est quoi le apprentissage'],
    ['kesako lalternance', 'ce est quoi le alternance'],
    ['lentreprise veut pas', 'le entreprise veut pas'],
    ["c'était bien", 'ce etait bien'],
    ['ché pa', 'je sais pas'],
    ['chai pas', 'je sais pas'],
    ['jsp', 'je sais pas'],
    ['pk', 'pourquoi'],
    ['bcp', 'beaucoup'],
    ['tt ds le 76', 'tout dans le 76'],
    ['slt', 'salut'],
    ['bjr', 'bonjour'],
    ['mrc', 'merci'],
    ['jpeux venir', 'je peux venir'],
    ['ya des aides ?', 'il y a des aides'],
    ["s'il te plaît", 'si il te plait'],
    ['stp', 'si il te plait'],
    ["t'es un robot ?", 'tu es un robot'],
    ["qq1 peut m'aider", 'quelquun peut me aider'],
    ["aujourd'hui", 'aujourdhui'],
    ['apprenti(e)s', 'apprenti'],
    ['salarié·e·s', 'salarie'],
    ['Ma fille de seize ans', 'ma fille de 16 ans'],
    ['dix-sept ans', '17 ans'],
    ['vingt et un ans', '21 ans'],
    ['bac+2', 'bac plus 2'],
    ['1 500 €', '1500 euros'],
    ['14 000 Caen', '14000 caen'],
    ['11,65 €', '11.65 euros'],
    ['n° de tél', 'numero de telephone'],
    ['👍', 'ok'],
    ['jcherche un patron', 'je cherche un patron'],
    ['un contrat neuf', 'un contrat neuf'],
    ['   plein   d’espaces\t\n', 'plein de espaces'],
    ['', ''],
    ['🙂🙂🙂', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalize(raw)).toBe(expected);
  });

  it('keeps digits and drops punctuation', () => {
    expect(normalize('Code: 76200 ; tél. 06-12-34')).toBe('code 76200 telephone 06 12 34');
  });

  // Speed is measured by `npm run nlu:eval` and `npm run bench`, not asserted here (a loaded CI machine is slow).
  it('caps the input, so 100 KB of text is bounded work', () => {
    const big = 'jveu etre mecano '.repeat(6_000);
    const out = normalize(big);
    expect(out.length).toBeLessThanOrEqual(NORMALIZE_MAX_CHARS * 2);
    expect(out.startsWith('je veux etre mecano')).toBe(true);
  });

  it.each(["'; DROP TABLE users; --", '<script>alert(1)</script>', '\u0000\u0001\uffff', '\ud800', '%s%n'])(
    'never throws on hostile input %j',
    (raw) => {
      expect(() => normalize(raw)).not.toThrow();
      expect(normalize(raw)).not.toMatch(/[<>;'"]/);
    },
  );
});

describe('tokenize', () => {
  it('splits on single spaces and ignores empty strings', () => {
    expect(tokenize('je ai 17 ans')).toEqual(['je', 'ai', '17', 'ans']);
    expect(tokenize('')).toEqual([]);
  });
});
