import { describe, expect, it } from 'vitest';
import { asksWhoHandles, organisationSentence } from '../../dialogs/support/who-handles.js';
import { normalize } from '../../src/text/normalize.js';
import { read, startConversation } from './harness.js';

describe('who to see about the last answer', () => {
  it.each([
    ['je dois voir qui pour ça ?', true],
    ["on s'adresse à qui ?", true],
    ["c'est qui qui s'en occupe ?", true],
    ['ckoi qui gere ca', true],
    ['auprès de quel organisme ?', true],
    ['faut contacter qui', true],
    ['qui peut signer le contrat ?', false],
    ["c'est quoi l'apprentissage ?", false],
  ] as const)('"%s" asks who to see: %s', (text, expected) => {
    expect(asksWhoHandles(normalize(text))).toBe(expected);
  });

  it('picks the sentence that sends the person to an organisation, before one that only names the CFA', () => {
    const text = "Tu es couvert au CFA et sur le trajet. Ton employeur déclare l'accident à l'Assurance Maladie. Rien d'autre.";
    expect(organisationSentence(text)).toBe("Ton employeur déclare l'accident à l'Assurance Maladie.");
    expect(organisationSentence('Tu gardes ton salaire. Rien ne change.')).toBeUndefined();
  });

  it.each([
    ["je me suis coupé la main au boulot", 'jdois voir qui pour ça ?', /Assurance Maladie/],
    ['Notre apprenti s’est blessé à l’atelier, que faire ?', "à qui doit-on s'adresser ?", /assurance maladie/i],
    ["y a une aide pour payer mon loyer en alternance ?", "et c'est qui qui gère ça ?", /Action Logement/],
    ["c'est quoi la période d'essai ?", 'je dois contacter qui ?', /CFA/],
  ] as const)('"%s" then "%s": the organisation the answer names', async (first, question, organisation) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(question));
    expect(text).toMatch(organisation);
    expect(text).not.toMatch(/ne couvre pas/);
  });

  it('an answer that names no organisation says so, with the free line', async () => {
    const c = await startConversation();
    await c.send("c'est imposable le salaire d'un apprenti ?");
    const text = read(await c.send('on va voir qui pour ça ?'));
    expect(text).toMatch(/0800 050 000/);
  });
});
