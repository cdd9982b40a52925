import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const NOT_NORMANDY = /n'est pas en Normandie|je couvre seulement la Normandie/;

/** Everyday words that are also towns elsewhere in France (Cours, Tours, Plaisir…) are not places without a cue. */
describe('everyday words are not towns outside Normandy (round 9)', () => {
  it.each([
    ['je voudrais faire un CAP cuisine', 'ma fille a cours le mardi et le jeudi'],
    ['mon fils cherche un apprentissage en boulangerie', 'il a cours toute la semaine prochaine ?'],
    ['bonjour', 'elle a cours tous les jours ou pas ?'],
    ['je suis patron d un garage', 'mon apprenti a cours le lundi, je le paie quand même ?'],
    ['je veux être coiffeuse', 'au cours du cap on fait des stages ?'],
    ['je veux être coiffeuse', 'oui avec plaisir'],
  ])('after "%s", "%s" is not answered as a town outside Normandy', async (first, then) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(then));
    expect(text).not.toMatch(NOT_NORMANDY);
  });

  it.each([
    ['cap boulanger à Tours', 'Tours'],
    ['je cherche un bac pro commerce, on habite sur Tours', 'Tours'],
    ['un BTS en alternance vers Sens ?', 'Sens'],
    ['ma fille a cours à Tours', 'Tours'],
  ])('"%s" is still the town of %s, outside Normandy', async (message, town) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(new RegExp(`${town} n'est pas en Normandie`));
  });

  it('the name alone, as the answer to the town asked for, is that town', async () => {
    const c = await startConversation();
    await c.send('je voudrais faire un CAP cuisine');
    expect(read(await c.send('Tours'))).toMatch(/Tours n'est pas en Normandie/);
  });
});

/** A diploma named by its specialty's whole title, without its kind (CAP, BTS…), and a town: that course there. */
describe('a diploma named by its full title is looked for at the town (round 9)', () => {
  it.each([
    ['équipier polyvalent du commerce en apprentissage à Lisieux stp', /CAP équipier polyvalent du commerce/],
    ['ma fille voudrait faire assistance à la gestion des organisations et de leurs activités près du Havre', /assistance à la gestion des organisations/],
    ['conseil et commercialisation de solutions techniques en alternance sur Évreux ?', /conseil et commercialisation de solutions techniques/],
    ['Bonjour, nous cherchons pour notre fils : négociation et digitalisation de la relation client, vers Dieppe', /négociation et digitalisation de la relation client/],
  ])('"%s" lists the places of that diploma', async (message, title) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(title);
    expect(text).toMatch(/km/);
    expect(text).not.toMatch(/Pour trouver une entreprise/);
  });
});

/** A town alone right after a trade's card asks where that trade is taught there, whatever question was waiting. */
describe('a town alone after a trade card is the course search there (round 9)', () => {
  it.each([
    ["j'aime bien les animaux", "c'est quoi toiletteur", 'a evreux ?', /toiletteur[\s\S]*Évreux/i],
    ['je sais pas trop quoi faire, j aime cuisiner', 'c quoi le métier de pâtissier', 'sur bayeux', /pâtissier[\s\S]*Bayeux[\s\S]*km/i],
  ])('"%s", "%s", then "%s"', async (first, second, town, expected) => {
    const c = await startConversation();
    await c.send(first);
    await c.send(second);
    expect((await c.data()).lastTopic).toBe('trade');
    const text = read(await c.send(town));
    expect(text).toMatch(expected);
    // The course search answers first; the quiz's question may come back after it, never instead of it.
    expect(text).toMatch(/^(?:Pour «|Je n'ai trouvé aucun lieu)/);
  });

  it.each([
    ['mon fils voudrait être couvreur', 'et du côté de Louviers ?', /couvreur[\s\S]*Louviers[\s\S]*km/i],
    ['elle veut devenir esthéticienne', 'à Granville ?', /esth[ée]ticien[\s\S]*Granville[\s\S]*km/i],
  ])('"%s" then "%s"', async (first, town, expected) => {
    const c = await startConversation();
    await c.send(first);
    expect(read(await c.send(town))).toMatch(expected);
  });
});
