import { describe, expect, it } from 'vitest';
import { formalOpener } from '../../src/nlu/formal-opener.js';
import { registerWritten } from '../../src/nlu/register.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const register = (text: string) => registerWritten(tokenize(normalize(text)), text);

describe('formalOpener (careful written French addressing no one, round 28)', () => {
  it.each([
    'Quelles sont les démarches pour embaucher un apprenti ?',
    "Quelle est la différence entre un BTS et un BUT en alternance ?",
    "Qu'est-ce qu'une OPCO exactement ?",
    'Est-il possible de commencer un contrat en février ?',
    'Quels seraient les frais pour la famille ?',
    "Existe-t-il une aide pour le logement d'un apprenti ?",
    'Bonjour, quelles sont les pièces à fournir pour le contrat ?',
    'Nous sommes une boulangerie de 6 salariés et cherchons un apprenti.',
    'Notre fille souhaite devenir fleuriste.',
    'Mon fils est en seconde, cela pose-t-il un problème ?',
    // Round 33 (review 24): an apprentice described in the third person by age; "obtenir".
    "Combien d'heures par semaine peut travailler un apprenti de 16 ans ?",
    "Quel salaire pour une apprentie de 19 ans ?",
    "Bonjour, j'ai entendu parler d'une aide pour le logement, comment l'obtenir ?",
  ])('%s → written formally', (text) => {
    expect(formalOpener(text)).toBe(true);
  });

  it.each([
    "c'est quoi un CFA ?",
    "C'est quoi la différence entre BTS et BUT ?",
    'Combien ça paye un apprenti ?',
    'quelles sont les demarches',
    'Comment je fais pour trouver un patron mdr ?',
    'Quel salaire en boulangerie stp ?',
    'jsuis en 3e, je peux faire un cap ?',
    'je cherche un cap cuisine a caen',
    'Je veux être mécano',
    'Combien de km ???',
    'On habite à Flers',
    // Careful but common to everyone: the answers stay in tu.
    "Combien dure la période d'essai d'un apprenti ?",
    'Comment se déroule la période d’essai ?',
    'Où se trouve le CFA de Caen ?',
    "combien d'heures peut travailler un apprenti de 16 ans ?",
    "un apprenti de 16 ans ça peut bosser combien d'heures ?",
  ])('%s → not written formally', (text) => {
    expect(formalOpener(text)).toBe(false);
  });

  it('leaves the words that address someone to register.ts: "tu" stays tu, "vous" vous', () => {
    expect(register('Quelles sont les démarches, tu peux me dire ?')).toBe('tu');
    expect(register('Pouvez-vous me dire combien gagne un apprenti ?')).toBe('vous');
  });
});
