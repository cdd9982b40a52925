import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 15: trades told with a typo before a question, with everyday words, with a negation, and a person's current
 * job told as a situation (not the trade they want).
 */
describe('a misspelt trade before a question of where to start gives its card, round 15', () => {
  it.each([
    ['carossier, je commence par quoi ?', /Carrossier/],
    ['plombié c quoi la 1ere etape', /Plombier/],
    ['menuisié, par quoi je dois commencer ?', /Menuisier/],
    ['boulanjer, vous savez par où je commence ?', /Boulanger/],
  ])('%s', async (text, trade) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(trade);
    expect(r).toMatch(/diplôme/);
    expect(r).not.toMatch(/Voici ce que je sais faire|pas bien compris|Trouve ton apprenti/);
  });
});

describe('a current job told as a situation is not the trade wished, round 15', () => {
  it.each([
    ['je suis caissière, je veux changer'],
    ['jsuis serveur mais j en ai marre, je voudrais me reconvertir'],
    ['je travaille comme vendeuse et je veux faire autre chose'],
  ])('%s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    // Neither the card of the job held nor a quiz that already took its field: the bot asks what they want.
    expect(r).not.toMatch(/ce métier s'apprend en apprentissage|Hôte \/ Hôtesse de caisse|Super, |CAP équipier/);
    expect(r).toMatch(/Qu'est-ce que tu aimes|Qu'est-ce que vous aimez|quel métier|Quel métier|domaine/i);
  });
});

describe('a trade told with everyday words or a family story, round 15', () => {
  it.each([
    ['je veux bosser dehors dans les jardins', /paysagiste|Nature, être dehors|nature/i],
    ["j'aimerais réparer les voitures cabossées", /Carrossier/],
    ['je voudrais redresser la tôle des voitures accidentées', /Carrossier/],
    ['mon père est couvreur, je veux faire pareil', /Couvreur/],
    ['ma tante est fleuriste jveux faire comme elle', /Fleuriste/],
  ])('%s', async (text, trade) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(trade);
    expect(r).not.toMatch(/Quel métier t'intéresse|Mécanicien/);
  });
});

describe('a negated field is not scored, the opposite one told is, round 15', () => {
  it.each([
    ['surtout pas un bureau, je veux être dehors', /nature|dehors|paysagiste/i],
    ['pas de bureau pour moi, je veux travailler dehors', /nature|dehors|paysagiste/i],
    ['je ne veux surtout pas travailler dans un bureau, plutôt en plein air', /nature|dehors|paysagiste/i],
  ])('%s', async (text, field) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(field);
    expect(r).not.toMatch(/Bureau, gestion :|Pas de souci\. Je peux t'aider sur autre chose/);
  });

  it.each([['pas dans la vente'], ['surtout pas la vente, ça me plaît pas']])('%s opens the orientation', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).not.toMatch(/pas bien compris|Vente, commerce :|Pas de souci\./);
    expect(r).toMatch(/Qu'est-ce que tu aimes|domaine/i);
  });
});

describe('the interest quiz does not offer a field denied, round 15', () => {
  it('pas dans la vente', async () => {
    const c = await startConversation();
    const replies = await c.send('pas dans la vente');
    const buttons = replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);
    expect(buttons).toContain('Cuisine, restauration');
    expect(buttons).not.toContain('Vente, commerce');
  });
});

describe('a named diploma the offer does not have is said so, round 15', () => {
  it.each([
    ['je voudrais faire un CAP horlogerie'],
    ['un cap en horlogerie svp'],
    ['Vous avez un CAP horlogerie en apprentissage ?'],
  ])('%s', async (text) => {
    const c = await startConversation();
    const r = c.read(await c.send(text));
    expect(r).toMatch(/« CAP horlogerie » : je ne trouve pas/);
    expect(r).toMatch(/0800 050 000/);
    expect(r).toMatch(/La bonne alternance/);
    // Not every CAP, nor the course or the town asked again.
    expect(r).not.toMatch(/77 lieux|Quelle formation cherch|Dans quelle ville/);
  });

  it('a specialty the offer has still lists its places', async () => {
    const c = await startConversation();
    const r = c.read(await c.send('je voudrais faire un CAP coiffure'));
    expect(r).toMatch(/CAP métiers de la coiffure/);
    expect(r).not.toMatch(/je ne trouve pas/);
  });
});
