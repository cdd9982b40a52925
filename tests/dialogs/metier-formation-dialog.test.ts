import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('metier dialog', () => {
  it.each([
    ['je veux devenir boulanger', /CAP boulanger/],
    ['coifeuse c koi comme diplome', /CAP.*coiffure/i],
    ['jveu etre mecano', /Mécanicien/],
    ['maçon', /CAP.*maçon/i],
    ['développeur informatique en alternance c possible ?', /BTS|BUT|Titre|Licence|Master/],
  ])('%s → the trade with diplomas open to apprenticeship', async (question, diploma) => {
    const c = await startConversation();
    const replies = await c.send(question);
    await expectKey(replies, 'trade.answer');
    const text = read(replies);
    expect(text).toMatch(diploma);
    expect(text).toMatch(/niveau [3-7]/);
    expect(text).toMatch(/Source : France Travail — ROME 4\.0/);
    expect(text).toMatch(/\[Où me former \?\]/);
  });

  it('shows the Normandy employment rate after apprenticeship when known', async () => {
    const c = await startConversation();
    expect(read(await c.send('je veux devenir boulanger'))).toMatch(/% des apprentis en emploi \d+ mois après/);
  });

  it('asks which trade when none is named, then answers', async () => {
    const c = await startConversation();
    await expectKey(await c.send('je veux des infos sur un métier'), 'ask.trade');
    await expectKey(await c.send('plombier'), 'trade.answer');
  });
});

describe('formation dialog', () => {
  it('finds the nearest places with km and the date of the data, widening the radius', async () => {
    const c = await startConversation();
    const replies = await c.send('CAP boulanger près de Lisieux');
    await expectKey(replies, 'training.answer');
    const text = read(replies);
    expect(text).toMatch(/\d+ km/);
    expect(text).toMatch(/offre 2025/);
    expect(text).toMatch(/à vérifier auprès du CFA/);
    expect(text).toMatch(/Rien à moins de 20 km/);
    expect(text).toMatch(/Caen|Le Havre/);
  });

  it('asks the town when it is missing, then carries over "et à Rouen ?"', async () => {
    const c = await startConversation();
    await expectKey(await c.send('où faire un bac pro mécanique ?'), 'ask.commune');
    const dieppe = await c.send('Dieppe');
    await expectKey(dieppe, 'training.answer');
    expect(read(dieppe)).toMatch(/Bac pro/);
    const rouen = await c.send('et à Rouen ?');
    await expectKey(rouen, 'training.answer');
    expect(read(rouen)).toMatch(/près de Rouen/);
  });

  it('understands a postcode', async () => {
    const c = await startConversation();
    const replies = await c.send('cap cuisine 27000');
    expect(read(replies)).toMatch(/Évreux/);
  });

  it('says it covers Normandy when the town is elsewhere, and still helps', async () => {
    const c = await startConversation();
    const replies = await c.send('je cherche un CAP cuisine, je suis à Paris');
    // Paris named exactly: the region's service is named too, and a Normandy town is asked for.
    await expectKey(replies, 'place.outside_region');
    expect(read(replies)).toMatch(/La bonne alternance/);
    expect(read(replies)).toMatch(/Région Île-de-France/);
    await expectKey(replies, 'ask.commune');
  });

  it('reads "Rennes" as the town in Brittany, never a Normandy commune with similar letters', async () => {
    const c = await startConversation();
    const replies = await c.send('je cherche un bac pro commerce à Rennes');
    await expectKey(replies, 'place.outside_region');
    expect(read(replies)).toMatch(/Rennes n'est pas en Normandie/);
    expect(read(replies)).toMatch(/Région Bretagne/);
    expect(read(replies)).not.toMatch(/Garennes/);
  });

  it('names no region for a name that towns of several regions share (Montréal), and still helps', async () => {
    const c = await startConversation();
    const replies = await c.send('je vis à Montréal, je peux faire un apprentissage en boulangerie ?');
    await expectKey(replies, 'place.outside_town');
    expect(read(replies)).toMatch(/Montréal n'est pas en Normandie/);
    expect(read(replies)).toMatch(/La bonne alternance/);
    expect(read(replies)).not.toMatch(/Région (Occitanie|Auvergne|Bourgogne)/);
  });
});
