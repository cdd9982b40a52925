import { describe, expect, it } from 'vitest';
import { startConversation, type Conversation } from './harness.js';

/** The last reply of a turn, as a person reads it. */
async function last(c: Conversation, text: string): Promise<string> {
  const replies = await c.send(text);
  return c.read(replies.slice(-1));
}

describe('a waiting question interrupted by a real question comes back after the answer', () => {
  it.each([
    ['combien on est payé en apprentissage', "c'est gratuit le CFA ?", /Quel âge as-tu/],
    ['je sais pas quoi faire comme métier', 'on peut faire un apprentissage en étant au lycée ?', /Qu'est-ce que tu aimes faire/],
    ['je veux me former', 'c quoi la durée d\'un contrat d\'apprentissage', /Quelle formation cherches-tu/],
  ])('%s → %s', async (start, question, asked) => {
    const c = await startConversation();
    await c.send(start);
    expect((await c.data()).awaiting).toBeDefined();
    const replies = await c.send(question);
    const all = c.read(replies);
    expect(all).toMatch(/revenir à ma question/);
    expect(c.read(replies.slice(-1))).toMatch(asked);
    expect((await c.data()).awaiting).toBeDefined();
  });

  it('the answer given after the comeback is read as the answer to the question', async () => {
    const c = await startConversation();
    await c.send('c combien le salaire apprenti');
    await c.send('le CFA c payant ?');
    const r = c.read(await c.send('17'));
    expect(r).toMatch(/À 17 ans/);
  });

  it('is not asked again when the interrupting question gave its answer', async () => {
    const c = await startConversation();
    await c.send("j'aime les animaux mais je sais pas quel métier");
    expect((await c.data()).awaiting).toBe('age');
    const replies = await c.send('et ça paye combien quand on a 16 ans en première année ?');
    const all = c.read(replies);
    expect(all).toMatch(/504,10/);
    expect(all).not.toMatch(/Quel âge as-tu/);
  });
});

describe('what the person already said is used', () => {
  it.each([
    ["j'ai 33 ans et une RQTH", 'combien je serai payé en apprentissage ?'],
    ['g 31 ans je suis reconnu travailleur handicapé', 'et le salaire en alternance ?'],
  ])('the pay of someone over 29 with an RQTH: %s', async (first, second) => {
    const c = await startConversation();
    await c.send(first);
    const r = c.read(await c.send(second));
    expect(r).not.toMatch(/ne peux en principe plus|ne peut en principe plus/);
    expect(r).toMatch(/RQTH/);
    expect(r).toMatch(/1\s867,02/);
  });

  it('an employer who said the apprentice has an RQTH gets the pay without the age limit', async () => {
    const c = await startConversation();
    await c.send('je suis artisan boulanger, mon futur apprenti est reconnu travailleur handicapé');
    const r = c.read(await c.send('il a 35 ans, je dois le payer combien ?'));
    expect(r).not.toMatch(/en principe plus/);
    expect(r).toMatch(/1\s867,02/);
  });
});

describe('the answer fits who is speaking, read from many cues and kept across turns', () => {
  it.each([
    ["j'ai un petit jeune qui commence en septembre dans mon garage, c'est quoi les aides ?"],
    ['dans ma boîte on voudrait prendre un alternant, y a des aides ?'],
    ['notre association accueille une apprentie en janvier, quelles aides pour nous ?'],
  ])('an employer who never says "employeur" gets the hiring aid, not "who are you?": %s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).not.toMatch(/qui (?:tu es|vous êtes)/);
    expect(r).toMatch(/embauche/i);
    expect((await c.data()).profile.persona).toBe('employeur');
  });

  it.each([
    ['salut, mon apprenti a 17 ans, tu sais combien il doit être payé ?'],
    ['yo g un garage, mon alternant a 19 ans, il touche combien ?'],
  ])('an employer who writes tu is not addressed as the apprentice: %s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(/SMIC/);
    expect(r).not.toMatch(/tu touches|ton salaire|ton anniversaire|ton employeur/);
  });

  it('a parent who writes tu hears about the child, not about themself', async () => {
    const c = await startConversation();
    const r = c.read(await c.send('mon gamin a 16 ans, tu sais combien il serait payé en apprentissage ?'));
    expect(r).toMatch(/SMIC/);
    expect(r).not.toMatch(/tu touches|ton salaire|ton anniversaire|ton employeur/);
  });

  it.each([
    ["Bonjour, j'ai 19 ans, pouvez-vous me dire combien je gagnerais en apprentissage ?", /vous touchez|votre salaire/],
    ['Bonjour, je suis en terminale et je ne sais pas quel métier choisir, pouvez-vous m’aider ?', /Qu'est-ce que vous aimez faire/],
  ])('a young person who writes vous is spoken to, not about: %s', async (text, expected) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(expected);
    expect(r).not.toMatch(/le jeune|un apprenti touche|\btu\b|\bton\b/);
  });

  it('a formal adult who writes neither tu nor vous gets vous', async () => {
    const c = await startConversation();
    const r = c.read(await c.send("Bonjour, je souhaiterais connaître la rémunération d'un apprenti de 18 ans. Cordialement"));
    expect(r).toMatch(/SMIC/);
    expect(r).not.toMatch(/\b(?:tu|ton|tes|te|toi)\b/);
  });

  it('the persona said once is kept: a later pay question of the employer stays about the apprentice', async () => {
    const c = await startConversation();
    await c.send('je tiens une boulangerie, ma future apprentie commence en septembre');
    const r = c.read(await c.send('et elle sera payée combien, elle a 18 ans'));
    expect(r).toMatch(/SMIC/);
    expect(r).not.toMatch(/tu touches|vous touchez|votre salaire minimum d'apprenti/);
  });
});

describe('a FAQ answer whose rule differs by age leads with the rule of the age said', () => {
  it.each([
    ["j'ai 17 ans", 'je peux faire des heures sup ?', /^Avant 18 ans/],
    ['mon apprenti a 16 ans', 'il peut faire des heures supplémentaires ?', /^Un apprenti de moins de 18 ans/],
    ["g 17 ans", 'je bosse le dimanche et les jours fériés c normal ?', /^Avant 18 ans/],
  ])('%s / %s', async (first, second, lead) => {
    const c = await startConversation();
    await c.send(first);
    const replies = await c.send(second);
    expect(replies[0]?.text ?? '').toMatch(lead);
  });

  it('an adult keeps the general answer', async () => {
    const c = await startConversation();
    await c.send("j'ai 19 ans");
    const replies = await c.send('je peux faire des heures sup ?');
    expect(replies[0]?.text ?? '').toMatch(/^Si tu as 18 ans ou plus/);
  });
});

describe('the récap lists the trade that was discussed', () => {
  it('not a trade read in passing after it', async () => {
    const c = await startConversation();
    await c.send('je veux être boulanger');
    await c.send('je suis employeur public, une mairie');
    await c.send('mon récap');
    const page = JSON.stringify(await c.recaps.get((await c.data()).recapToken!, 0));
    expect(page).toMatch(/[Bb]oulang/);
  });
});

describe('aids that fit the person', () => {
  it("an adviser asking for a young person gets that young person's aids, not the employer's", async () => {
    const c = await startConversation();
    const r = c.read(await c.send("je suis conseillère, un jeune de 19 ans que j'accompagne demande quelles aides il peut avoir"));
    expect(r).not.toMatch(/Aide à l'embauche/);
    expect(r).toMatch(/le jeune/);
  });

  it("an adviser asking about the employer's aids gets them", async () => {
    const c = await startConversation();
    await c.send('je suis conseiller, je suis un jeune de 20 ans');
    const r = c.read(await c.send("quelles aides pour l'employeur qui l'embaucherait ?"));
    expect(r).toMatch(/embauche/i);
  });
});
