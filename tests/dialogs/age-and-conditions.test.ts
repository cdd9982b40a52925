import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A story with a question in it: the answer is the one for this person, not the one true in general. Someone past
 * the age limit asking whether they may still train gets the limit, its exceptions as possibilities (never a "Oui" to
 * an exception they have not said they have), the contrat de professionnalisation and the free line; someone who
 * resigned is not told "Oui" about unemployment benefits; a public employer is not told its OPCO pays. Phrasings
 * written by the team.
 */
async function answerTo(text: string): Promise<string> {
  const c = await startConversation();
  return read(await c.send(text));
}

describe('a person past the age limit asks whether they may still train', () => {
  it.each([
    "bonjour, j'ai 41 ans, 20 ans dans le batiment, je peux encore faire un apprentissage ?",
    'slt g 35 ans jai tjrs travaillé en restauration c possible l alternance pour moi ?',
    "Bonjour, j'ai 47 ans et je souhaite me reconvertir. L'apprentissage m'est-il encore accessible ?",
    'jai 31 ans je suis caissiere depuis 10 ans, trop tard pour me former en alternance ?',
    "Bonjour, mon mari a 52 ans, il est magasinier depuis toujours, peut-il encore devenir apprenti ?",
    'reconversion a 34 ans, c encore jouable en apprentissage ou pas',
  ])('"%s": the limit, the exceptions as possibilities, the contrat pro and the free line', async (text) => {
    const r = await answerTo(text);
    expect(r).toMatch(/29 ans révolus|avant (?:tes|ses|vos) 30 ans|moins de 30 ans/);
    expect(r).toMatch(/RQTH|travailleur handicapé/);
    expect(r).toMatch(/création ou de reprise d'entreprise/);
    expect(r).toMatch(/contrat de professionnalisation/);
    expect(r).toMatch(/0800 050 000/);
    // No exception was said: none is granted.
    expect(r).not.toMatch(/^Oui/);
    expect(r).not.toMatch(/Où en es-tu dans tes études/);
  });

  it.each([
    "je suis en reconversion à 34 ans, qu'est-ce qui existe pour me former ?",
    "Bonjour, j'ai 39 ans et je voudrais changer de métier, quelles solutions pour me former en alternance ?",
    'g 33 ans au chomage, c quoi les possibilites pour une formation ?',
  ])('"%s": what exists past the limit, with the limit and the free line', async (text) => {
    const r = await answerTo(text);
    expect(r).toMatch(/29 ans révolus/);
    expect(r).toMatch(/contrat de professionnalisation/);
    expect(r).toMatch(/0800 050 000/);
  });

  it('speaks vous to someone who writes vous', async () => {
    const r = await answerTo("Bonjour, j'ai 44 ans, je suis au RSA. Est-ce que je peux encore me former en alternance ?");
    expect(r).toMatch(/0800 050 000/);
    expect(r).not.toMatch(/\btu\b|\bton\b|\btes\b/);
  });

  it('still says yes to someone who said they have an RQTH', async () => {
    const r = await answerTo("j'ai 43 ans et une RQTH, je peux encore faire un apprentissage ?");
    expect(r).toMatch(/^Oui/);
    expect(r).toMatch(/aucune limite d'âge/);
  });

  it('still says yes to someone who said they take over a business', async () => {
    const r = await answerTo('je reprends le garage de mon oncle, j ai 39 ans, je peux passer le CAP en apprentissage ?');
    expect(r).toMatch(/création ou (?:de )?reprise d'entreprise/);
    expect(r).not.toMatch(/Où en es-tu dans tes études/);
  });

  it('grants the second-contract exception to someone whose contract was broken', async () => {
    const r = await answerTo("j'ai 31 ans, mon contrat d'apprentie a été rompu quand la boite a fermé, je peux en signer un autre ?");
    expect(r).toMatch(/35 ans/);
    expect(r).toMatch(/rompu/);
  });

  it('answers a general question about an exception with the exception', async () => {
    expect(await answerTo("l'apprentissage jusqu'à 35 ans, c'est pour qui ?")).toMatch(/35 ans, dans deux cas/);
    expect(await answerTo('y a t il un age max pour un apprenti handicapé ?')).toMatch(/aucune limite d'âge/);
  });

  it('does not grant the second-contract exception to someone who never was an apprentice', async () => {
    const r = await answerTo("je n'ai jamais fait d'apprentissage, j'ai 32 ans, je peux signer un contrat d'apprenti ?");
    expect(r).not.toMatch(/^Oui/);
    expect(r).toMatch(/29 ans révolus|moins de 30 ans/);
  });
});

describe('the conditions of an answer checked against what the person said', () => {
  it.each([
    "jai demissionné de mon apprentissage le mois dernier, jai droit au chomage ?",
    "Bonjour, j'ai rompu mon contrat d'apprentissage moi-même, est-ce que je toucherai l'ARE ?",
    'g quitté mon patron de moi meme, je peux avoir le chomage ?',
  ])('"%s": a resignation is not told "Oui" about unemployment benefits', async (text) => {
    const r = await answerTo(text);
    expect(r).not.toMatch(/^Oui/);
    expect(r).toMatch(/démission/);
    expect(r).toMatch(/France Travail/);
  });

  it('still says yes to someone whose contract simply ended', async () => {
    const r = await answerTo("mon contrat d'apprentissage est fini en juin, j'ai droit au chomage ?");
    expect(r).toMatch(/^Oui/);
  });

  it.each([
    "Nous sommes une mairie, combien nous coûterait un apprenti ? la formation est payée par qui ?",
    "je suis DRH d'un hopital public, qui finance la formation au CFA de notre futur apprenti ?",
  ])('"%s": a public employer is not told its OPCO pays', async (text) => {
    const r = await answerTo(text);
    expect(r).not.toMatch(/(?:votre|ton|son) OPCO|OPCO de l'entreprise/);
    expect(r).toMatch(/CELIA|CNFPT|public/);
  });
});
