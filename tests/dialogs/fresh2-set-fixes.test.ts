import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/** Bugs found by the second blind conversation set tests/eval/fresh2.yaml, each tested with a wording of its own. */
describe('fixes from the second fresh conversation set', () => {
  it('"… plus tard" in a message about a trade is not a goodbye', async () => {
    const c = await startConversation();
    const replies = await c.send("plus tard j'aimerais bien réparer des voitures");
    expect(read(replies)).not.toMatch(/Au revoir/);
    expect(read(replies)).toMatch(/[Mm]écanicien|maintenance des véhicules/);
  });

  it('an employer\'s longer correction of the head count still re-runs the aids', async () => {
    const c = await startConversation();
    await c.send('je suis fleuriste, 6 salariés, quelle aide pour une apprentie en bac pro ?');
    const corrected = await c.send('non excusez-moi on est 270 en comptant tous les magasins');
    expect(read(corrected)).toMatch(/2\s000 €/);
    expect((await c.data()).profile.companySize).toBe(270);
  });

  it('"ce CAP" keeps the course asked before (a florist CAP), not any CAP', async () => {
    const c = await startConversation();
    await c.send('mon fils de 16 ans veut faire un CAP fleuriste en apprentissage');
    const where = await c.send('où peut-il préparer ce CAP vers Vernon ?');
    expect(read(where)).toMatch(/fleuriste/i);
    expect(read(where)).not.toMatch(/maçon|Macon/i);
  });

  it('a signing date with a head count, without the word "aide", gets the aids of that date', async () => {
    const c = await startConversation();
    const replies = await c.send('contrat conclu le 12/02/2026 pour un bac pro, nous sommes 400, à quoi avons-nous droit ?');
    await expectKey(replies, 'aids.dated.none', 'vous');
    expect(read(replies)).toMatch(/moins de 250 salariés/);
  });

  it('an employer who asks what "on touche" for an apprentice asks about aids; running a business makes an employer', async () => {
    const c = await startConversation();
    const replies = await c.send('je dirige une boulangerie, combien on touche si on prend un apprenti ?');
    expect((await c.data()).profile.persona).toBe('employeur');
    await expectKey(replies, 'aids.answer.employer', 'vous');
  });

  it('"une aide pour l\'entreprise" is an employer\'s question', async () => {
    const c = await startConversation();
    const replies = await c.send("apprentie en situation de handicap recrutée le 2 juin 2026, quelle aide pour l'entreprise ?");
    expect(read(replies)).toMatch(/6\s000 €/);
    expect((await c.data()).profile.persona).toBe('employeur');
  });

  it('an aid named by apprenticeship words does not answer for a contrat de professionnalisation', async () => {
    const c = await startConversation();
    const replies = await c.send("aide à l'embauche pour un contrat de professionnalisation avec une demandeuse d'emploi de 52 ans ?");
    expect(read(replies)).toMatch(/45 ans et plus[^\n]*2\s000 €/);
  });

  it('a young person without job or training asking for help towards apprenticeship gets the CEJ', async () => {
    const c = await startConversation();
    const replies = await c.send("j'ai 19 ans, ni emploi ni formation, y a une aide pour m'aider à trouver une alternance ?");
    expect(read(replies)).toMatch(/Contrat d'engagement jeune[^\n]*561,68 €/);
    expect((await c.data()).profile.status).toBe('sans_emploi_ni_formation');
  });

  it('a question naming the CFA but no course is answered by the FAQ', async () => {
    const c = await startConversation();
    const replies = await c.send('est-ce que le CFA paie une partie de mes nuits et de mes repas ?');
    expect(read(replies)).toMatch(/OPCO/);
    expect(read(replies)).not.toMatch(/Quelle formation cherches-tu/);
  });

  it('a question the classifier puts in the FAQ is not an interest ("médical")', async () => {
    const c = await startConversation();
    const replies = await c.send("y a un examen médical obligatoire quand on signe un contrat d'apprentissage ?");
    expect(read(replies)).toMatch(/visite|examen médical/);
    expect(read(replies)).not.toMatch(/quel âge as-tu/i);
  });
});
