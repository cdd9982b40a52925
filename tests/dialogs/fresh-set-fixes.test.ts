import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/** Bugs found by the blind conversation set tests/eval/fresh.yaml, each with a wording of its own. */
describe('fixes from the fresh conversation set', () => {
  it('takes "je suis la maman de…" as a parent and answers with "vous"', async () => {
    const c = await startConversation();
    const replies = await c.send("Bonjour, je suis le papa d'une jeune de 17 ans, combien sera-t-elle payée en 1re année d'apprentissage ?");
    expect(read(replies)).toMatch(/504,10/);
    expect((await c.data()).profile.persona).toBe('parent');
    expect(read(replies)).not.toMatch(/\btu touches\b/);
  });

  it('takes an apprentice speaking of "mon alternance" as a young person, without asking who is talking', async () => {
    const c = await startConversation();
    const replies = await c.send("pendant mon alternance j'ai droit à quelles aides ?");
    await expectKey(replies, 'aids.answer.young');
  });

  it('names the housing aid when the question is about housing', async () => {
    const c = await startConversation();
    const replies = await c.send('il existe des aides pour le logement des apprentis ?');
    expect(read(replies)).toMatch(/Mobili-Jeune/);
  });

  it('reads "l\'État paie le permis" as the ended driving-licence aid, not as pay', async () => {
    const c = await startConversation();
    const replies = await c.send("c'est vrai que l'état finance le permis des apprentis ?");
    await expectKey(replies, 'aids.ended');
    expect(read(replies)).toMatch(/21 février 2026/);
  });

  it('gives the places near a town asked right after a trade ("c\'est où près de…")', async () => {
    const c = await startConversation();
    await c.send('je veux devenir fleuriste');
    const replies = await c.send("c'est où vers Rouen ?");
    expect(read(replies)).toMatch(/km/);
    expect(read(replies)).not.toMatch(/robot/i);
    expect(read(replies)).toMatch(/fleur/i);
  });

  it("uses the diploma given after the employer's aid answer as the apprentice's level", async () => {
    const c = await startConversation();
    await c.send('je suis employeur, quelles aides pour un apprenti ?');
    await c.send('nous sommes 15 salariés');
    const replies = await c.send('elle fait un bac pro');
    expect(read(replies)).toMatch(/5\s000 €/);
    expect(read(replies)).not.toMatch(/Dans quelle ville/);
  });

  it('answers from the FAQ when a decisive FAQ match meets a pay or course word without its details', async () => {
    const c = await startConversation();
    const tax = await c.send('est-ce que mon salaire d’apprenti est imposable ?');
    expect(read(tax)).toMatch(/impôt sur le revenu/);
    const parcoursup = await c.send('les BTS en apprentissage, ça passe par Parcoursup ?');
    expect(read(parcoursup)).toMatch(/Parcoursup/);
    expect(read(parcoursup)).not.toMatch(/Dans quelle ville/);
  });

  it('still computes the pay when the message gives an age, even next to a FAQ word', async () => {
    const c = await startConversation();
    const replies = await c.send("combien gagne un apprenti de 19 ans, c'est imposable ?");
    expect(read(replies)).toMatch(/802,82/);
  });

  it('answers a long FAQ question straight away when one entry is well ahead of the next', async () => {
    const c = await startConversation();
    const replies = await c.send('Combien de jours de repos par semaine pour notre fils mineur qui est en apprentissage ?');
    expect(read(replies)).toMatch(/deux jours/);
    expect(read(replies)).not.toMatch(/lequel de ces sujets/);
  });

  it('keeps the diplomas the request names among a trade\'s wide links ("bac pro carrosserie")', async () => {
    const c = await startConversation();
    const replies = await c.send('bac pro carrosserie vers Évreux');
    // "Bac pro réparation des carrosseries" is now "Bac pro carrossier peintre automobile" (its renewed code, the one
    // offered since its 2020 lines moved to the 2025 sites): the course named, under its title of today.
    expect(read(replies)).toMatch(/carrosserie|carrossier peintre automobile \(offre 20/i);
    expect(read(replies)).not.toMatch(/chaudronnerie/i);
  });

  it('settles a pay/aid tie on the word "aide" for an employer', async () => {
    const c = await startConversation();
    const replies = await c.send("j'ai embauché mon apprenti en CAP, quelle aide je touche ? nous sommes 8");
    expect(read(replies)).toMatch(/5\s000 €/);
    expect(read(replies)).not.toMatch(/Quel âge/);
  });
});
