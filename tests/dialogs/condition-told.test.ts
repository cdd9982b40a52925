import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * After an answer, the person tells in a few words that they are in one of the cases the answer's linked entries are
 * written for (`related` + `applies_when` in faq.yaml): that entry answers, not the entry their words alone read best
 * (how to obtain an RQTH when they said they have one). Phrasings written by the team.
 */
async function after(question: string, told: string): Promise<string> {
  const c = await startConversation();
  await c.send(question);
  return read(await c.send(told));
}

describe('a case told after the age limit', () => {
  it.each([
    ["j'ai 33 ans, c'est trop tard pour l'apprentissage ?", 'moi jai la rqth'],
    ['quel âge maximum pour signer un contrat d apprentissage', "j'ai une reconnaissance travailleur handicapé"],
    ['Jusqu’à quel âge peut-on être apprenti ?', 'Je suis reconnue travailleuse handicapée.'],
  ])('"%s" then "%s": no age limit with an RQTH', async (question, told) => {
    const r = await after(question, told);
    expect(r).toMatch(/aucune limite d'âge|pas de limite d'âge/i);
    expect(r).toMatch(/RQTH|travailleu(?:r|se) handicapée?/);
    expect(r).not.toMatch(/MDPH/);
  });

  it.each([
    ['age limite apprentissage ?', 'je suis sportif de haut niveau'],
    ["jusqu'à quel âge on peut être apprenti", "j'ai un projet de création d'entreprise"],
  ])('"%s" then "%s": that case has no age limit either', async (question, told) => {
    const r = await after(question, told);
    expect(r).toMatch(/limite d'âge/i);
    expect(r).toMatch(/sportifs? de haut niveau|création ou de reprise d'entreprise/);
  });

  it('a longer message that asks something of its own is read as its own question', async () => {
    const r = await after("jusqu'à quel âge on peut être apprenti", "j'ai une RQTH, comment je la fais renouveler auprès de la MDPH ?");
    expect(r).toMatch(/MDPH/);
  });
});

describe('a person past the age limit who asks for a course and whether it is too late', () => {
  it.each([
    "Bonsoir, j'ai 33 ans, sans emploi à Rouen, je veux faire un CAP cuisine en alternance. C'est fichu pour moi ?",
    'jai 35 ans jveux un cap plombier a caen en apprentissage c mort ou pas',
  ])('"%s": the age limit and its ways out first', async (text) => {
    const c = await startConversation();
    const r = read(await c.send(text));
    expect(r).toMatch(/29 ans révolus|avant (?:tes|ses|vos) 30 ans|moins de 30 ans/);
    expect(r).toMatch(/contrat de professionnalisation/);
  });
});

describe('a goodbye while a question waits', () => {
  it.each([['je veux trouver un métier', 'Merci, au revoir'], ['quel métier pour moi ?', 'ok merci bonne soirée']])(
    '"%s" then "%s": the goodbye is answered, not read as an answer, and the question is not asked after it',
    async (first, bye) => {
      const c = await startConversation();
      await c.send(first);
      const r = read(await c.send(bye));
      expect(r).toMatch(/revoir|bonne (?:soirée|journée|continuation)/i);
      expect(r).not.toMatch(/pas reconnu|Choisis dans la liste|pour revenir à ma question/i);
    },
  );
});

describe('a case told after the length of the contract', () => {
  // The classifier reads "handicapé" as the aids, surely; the last answer's linked entry for that case comes first.
  it.each(['Et pour un jeune handicapé ?', 'et avec une rqth ?', 'et si je suis reconnu handicapé'])('"%s": up to 4 years with an RQTH', async (text) => {
    const c = await startConversation();
    await c.send("Combien de temps dure un contrat d'apprentissage ?");
    const r = read(await c.send(text));
    expect(r).toMatch(/4 ans/);
    expect(r).not.toMatch(/dis-moi qui tu es/);
  });
});
