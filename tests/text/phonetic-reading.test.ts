import { beforeAll, describe, expect, it } from 'vitest';
import { soundIndexOf, type SoundIndex } from '../../src/nlu/sound-index.js';
import { readBySound } from '../../src/nlu/sound-reading.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** Words spelt as they sound are read as the words of the knowledge they sound like (sound-reading.ts). */
let index: SoundIndex;
beforeAll(async () => {
  index = soundIndexOf((await sharedKnowledge()).current);
}, 120_000);

describe('readBySound: a word unknown to the bot, spelt as it sounds, is read as the known word', () => {
  it.each([
    // trades
    ['mecanik', 'mecanique'],
    ['boulanjer', 'boulanger'],
    ['coifeuze', 'coiffeuse'],
    ['patisié', 'patissier'],
    ['elektricien', 'electricien'],
    ['plombie', 'plombier'],
    ['karossier', 'carrossier'],
    ['sekretaire', 'secretaire'],
    ['menuizier', 'menuisier'],
    ['cuisinie', 'cuisinier'],
    ['fotografe', 'photographe'],
    ['koiffure', 'coiffure'],
    ['vandeur', 'vendeur'],
    ['estheticiene', 'estheticienne'],
    ['infirmié', 'infirmier'],
    ['ajent', 'agent'],
    // diplomas, training, the contract
    ['aprentisaj', 'apprentissage'],
    ['formassion', 'formation'],
    ['inscrir', 'inscrire'],
    ['inskription', 'inscription'],
    ['kontrat', 'contrat'],
    ['rupturre', 'rupture'],
    // pay, aids, the employer
    ['anployeur', 'employeur'],
    ['embauch', 'embauche'],
    ['otorisation', 'autorisation'],
    ['logemant', 'logement'],
    ['permi', 'permis'],
    ['vaccanse', 'vacances'],
    ['déménajement', 'demenagement'],
    // time words
    ['ojourdui', 'aujourdhui'],
  ])('%s → %s', (typed, known) => {
    expect(readBySound(typed, index)).toBe(known);
  });

  it('reads the words inside a message and leaves the others as typed', () => {
    expect(readBySound('kel diplom pour etre mecanik ?', index)).toBe('kel diplom pour etre mecanique ?');
    expect(readBySound('Je veux faire boulanjer à Caen', index)).toBe('Je veux faire boulanger à Caen');
    expect(readBySound('c koi une formassion en aprentisaj', index)).toBe('c koi une formation en apprentissage');
  });

  it('reads an elision glued to a word that sounds like one of ours', () => {
    expect(readBySound('lapprentisage', index)).toBe("l'apprentissage");
    expect(readBySound('daprentisage', index)).toBe("d'apprentissage");
  });
});

describe('readBySound: near misses keep their spelling', () => {
  it.each([
    // short words and acronyms
    'cap', 'bac', 'bts', 'pro', 'sa', 'fer', 'kel',
    // known words
    'pâtisserie', 'boulangerie', 'mecanicien', 'stage', 'stagiaire', 'voiture', 'copine', 'maman', 'chomage', 'lycee',
    // towns, and misspelt towns (read by the towns' own search)
    'Bayeux', 'caen', 'rouen', 'cherbourg', 'lisieu', 'evreu', 'bayeu', 'falaize', 'onfleur', 'rouan',
    // names and foreign words
    'kevin', 'lucas', 'hello', 'please', 'wesh',
    // a word glued to a digit
    '3eme', 'bac2',
    // SMS words the lexicon already reads
    'jveu', 'chui', 'smik', 'mdr',
    // French words of the person's own, which sound like a rare word or another ending of ours
    'genant', 'rentrer', 'controler', 'travaillez', 'conseilles', 'exprimé', "quelqu'un", "jusqu'à",
    // a clipped word
    'univ', 'prof',
  ])('%s', (word) => {
    expect(readBySound(word, index)).toBe(word);
  });

  it('leaves a name with its capital inside a sentence', () => {
    expect(readBySound('je suis Kevin et ma copine Manon', index)).toBe('je suis Kevin et ma copine Manon');
  });

  it('leaves the English words it is told to', () => {
    expect(readBySound('salary apprentice', index, (w) => w === 'salary' || w === 'apprentice')).toBe('salary apprentice');
  });
});
