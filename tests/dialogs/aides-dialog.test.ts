import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('aides dialog', () => {
  it('lists current aids for a young person, never an ended one', async () => {
    const c = await startConversation();
    const replies = await c.send("quelles aides je peux avoir en tant qu'apprenti ? j'ai 17 ans");
    await expectKey(replies, 'aids.answer.young');
    const text = read(replies);
    expect(text).toMatch(/Source : .*, vérifié le/);
    expect(text).not.toMatch(/permis de conduire/i);
    expect(text).not.toMatch(/Carte Jeunes Apprentis/i);
    expect((await c.data()).aidsShown.length).toBeGreaterThan(0);
  });

  // Round 12 (deliberate, DESIGN §6 answer first): nothing says who is talking, so the young person's aids are
  // answered at once, with one line and two buttons to say one is a parent or an employer (was: ask.persona first).
  it('answers the young person\'s aids when nothing says who is talking, and offers to refine', async () => {
    const c = await startConversation();
    const first = await c.send('quelles sont les aides ?');
    await expectKey(first, 'aids.answer.guessed');
    expect(read(first)).toMatch(/Tu es parent ou employeur \?/);
    const answer = await c.send('Je suis un employeur');
    await expectKey(answer, 'aids.answer.employer', 'vous');
  });

  it.each([
    ['je suis artisan, combien je touche si je prends un apprenti en CAP', /5\s000 €/],
    ["aide à l'embauche d'un apprenti en BTS pour une entreprise de 12 salariés", /4\s500 €/],
    ['nous sommes 400 salariés, quelle aide pour un apprenti en bac pro ?', /2\s000 €/],
    ['quelle aide pour recruter un apprenti en situation de handicap ?', /6\s000 €/],
  ])('employer: %s', async (question, amount) => {
    const c = await startConversation();
    const replies = await c.send(question);
    expect(read(replies)).toMatch(amount);
    expect(read(replies)).toMatch(/Ministère du Travail|Agefiph/);
    expect((await c.data()).profile.persona).toBe('employeur');
  });

  it('names an ended aid as ended, with its end date', async () => {
    const c = await startConversation();
    const replies = await c.send("l'aide de 500 euros pour le permis des apprentis ça existe toujours ?");
    await expectKey(replies, 'aids.ended');
    expect(read(replies)).toMatch(/21 février 2026/);
    // The Région gives no end day for the Carte Jeunes Apprentis: the card says it ended, never on an invented day.
    const card = await c.send("c'est quoi la carte jeunes apprentis normands ?");
    await expectKey(card, 'aids.ended_undated');
    expect(read(card)).not.toMatch(/a pris fin le \d/);
  });

  it('never confirms an aid it does not know', async () => {
    const c = await startConversation();
    const replies = await c.send('la region donne bien une prime de 2000 euros a tous les apprentis ?');
    await expectKey(replies, 'aids.unknown_claim_amount');
    expect(read(replies)).not.toMatch(/^oui/im);
  });

  it('says why the other aids do not apply, on request', async () => {
    const c = await startConversation();
    await c.send("quelles aides je peux avoir en tant qu'apprenti ? j'ai 17 ans");
    const why = await c.send('Pourquoi pas les autres ?');
    await expectKey(why, 'aids.why_not');
    expect(read(why)).toMatch(/terminée le|réservée/);
  });

  it('shows an aid in detail from its quick reply', async () => {
    const c = await startConversation();
    const list = await c.send('je suis employeur, quelles aides pour embaucher un apprenti en CAP ? nous sommes 8');
    const first = list.at(-1)?.suggestedActions?.actions[0]?.title;
    expect(first).toBeTruthy();
    const detail = await c.send(first as string);
    expect(read(detail)).toMatch(/Comment la demander/);
  });

  it('reads the head count it invited, and a bare detail continues the aids', async () => {
    const c = await startConversation();
    const first = await c.send('je suis employeur, quelle aide pour un apprenti en BTS ?');
    expect(read(first)).toMatch(/nombre de salariés/);
    const sized = await c.send('on est 300');
    expect(read(sized)).toMatch(/1\s500 €/);
    expect((await c.data()).profile.companySize).toBe(300);
  });

  it('a bare age after the aids stays on the aids', async () => {
    const c = await startConversation();
    await c.send('quelles aides pour un apprenti ?');
    await c.send('Je suis un jeune');
    await expectKey(await c.send("j'ai 19 ans"), 'aids.answer.young');
  });
});
