import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (integration): another course asked at the same place, right after a list of places ("là-bas aussi ?",
 * "au même endroit ?"), gets that course's places there, not the new trade's card; "toujours en apprentissage ?"
 * after a next step asks the part of the answer that says so.
 */
describe('another course at the same place', () => {
  it.each([
    [['ou faire un cap boulanger en apprentissage vers caen', "et le cap patissier c'est possible là-bas aussi ?"], /CAP pâtissier/, /Caen/],
    [['cap electricien apprentissage evreux', "et maçon, c'est possible au même endroit ?"], /maçon/, /Évreux/],
    [['bac pro cuisine a granville', 'et le cap cuisine ca se fait la bas aussi ?'], /CAP cuisine/, /Granville/],
    [['Où préparer un CAP coiffure près de Rouen ?', 'Et le BP coiffure, dans le même centre ?'], /BP coiffure|coiffure/, /Rouen/],
    [['cap cuisine dans le 50', 'et serveur, pareil ?'], /serv/i, /Manche/],
  ])('%j', async (messages, course, place) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(course);
    expect(text).toMatch(place);
    expect(text).not.toMatch(/ce métier s'apprend en apprentissage, par exemple/);
  });

  it.each([
    // Another course without the same place asked: its card, as before.
    [['cap boulanger vers caen', 'et le cap patissier ?'], /Pâtissier|pâtissier/],
  ])('near miss: %j', async (messages, answer) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(answer);
  });
});

describe('"toujours en apprentissage ?" after a next step: the part that says so', () => {
  it.each([
    [["j'ai fini mon CAP cuisine, je continue quoi ?", 'toujours en apprentissage ?']],
    [['apres un bac pro en alternance on peut continuer ?', 'toujours en alternance ?']],
    [["j'ai eu mon cap, je fais quoi apres ?", 'encore en apprentissage ?']],
    [["après mon bac pro je peux faire quoi ?", 'tjrs en alternance ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/apprentissage|alternance/);
    expect(text).not.toMatch(/ne couvre pas/);
  });
});
