import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 8: places and trades in everyday words. A town outside Normandy inside a question about courses, a diploma
 * "pas loin de" a Normandy town, "c'est où en Normandie ?" after a course, and a trade told by what one does.
 * Phrasings are ours, none of them in the training data.
 */
const OUTSIDE = /n'est pas en Normandie/;

describe('a town outside Normandy inside a question about courses', () => {
  it.each([
    ['vous connaissez des écoles en alternance à Toulouse ?', 'Toulouse'],
    ['je pars vivre a montpellier, y a des cfa pour etre mecanicien la bas', 'Montpellier'],
    ["mon neveu s'installe a Grenoble, il y a des centres de formation en apprentissage ?", 'Grenoble'],
    ['je demenage sur Dijon, des formations en alternance pour la vente ca existe ?', 'Dijon'],
  ])('"%s" → what we cover first', async (text, town) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(OUTSIDE);
    expect(answer).toContain(town);
    expect(answer).toMatch(/La bonne alternance/);
    expect(answer).not.toMatch(/Quel âge|Quel métier|niveau d'études/);
  });

  it('a question that is not about courses keeps its own answer', async () => {
    const c = await startConversation();
    const answer = read(await c.send('je vis à Lyon, combien gagne un apprenti de 19 ans en première année ?'));
    expect(answer).not.toMatch(OUTSIDE);
  });
});

describe('a diploma near a Normandy town', () => {
  it.each([
    ['bts compta pas trop loin de chez moi a Octeville', 'Octeville'],
    ['un cap boulanger pas tres loin de Bayeux svp', 'Bayeux'],
    ['bac pro commerce pas loin de Fécamp ?', 'Fécamp'],
    ["cap cuisine du coté d'equeurdreville", 'Cherbourg-en-Cotentin'],
    ['je cherche un bts pas loin de Querqueville', 'Cherbourg-en-Cotentin'],
  ])('"%s" → the course search around that town', async (text, town) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(new RegExp(`près d[e']\\s?${town}|près d[e']\\s?${town.slice(0, 4)}`));
    expect(answer).not.toMatch(/abonnement de transport|CFA est loin/);
  });

  it('"c\'est loin ?" about a course still gets the answer on distance', async () => {
    const c = await startConversation();
    const answer = read(await c.send("mon cfa est trop loin de chez moi, comment je fais pour y aller ?"));
    expect(answer).toMatch(/transport|loin/);
  });
});

describe('"where in Normandy?" right after a course or a trade', () => {
  it.each([
    ['je veux être fleuriste', "et c'est où en normandie ?"],
    ['bts electrotechnique', 'c ou en Normandie'],
    ['cap cuisine', "ça se fait où en Normandie cette formation ?"],
  ])('"%s" then "%s" → the places in Normandy, not a FAQ entry', async (first, then) => {
    const c = await startConversation();
    await c.send(first);
    const answer = read(await c.send(then));
    expect(answer).toMatch(/en Normandie, je le trouve|Calvados|Dans quelle ville/);
    expect(answer).not.toMatch(/2016-2021|Ce n'était pas tout à fait/);
  });
});

describe('a trade told by the activities one likes', () => {
  it.each([
    ['moi jkiffe tondre la pelouse et tailler les arbustes', 'A1208'],
    ["mon fils aime bien tailler les haies et s'occuper du jardin", 'A1208'],
    ["ce qui me plait c'est construire des murs en parpaing", 'F1703'],
    ['le gros oeuvre ça me plairait bien', 'F1703'],
    ["mon truc c'est réparer les scooters", 'I1607'],
    ["j'aimerais retaper des motos", 'I1607'],
    ['jaimerais bien coudre des vetements', 'B1803'],
  ])('"%s" → the card of %s', async (text, code) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(/ce métier s'apprend/);
    expect(answer).not.toMatch(/Tailleur/);
    expect((await c.data()).profile.tradeCode).toBe(code);
  });

  it('two activities of two trades name neither: the quiz or a question, not one of them', async () => {
    const c = await startConversation();
    const answer = read(await c.send("j'aime faire du pain et des gateaux"));
    expect(answer).not.toMatch(/ce métier s'apprend/);
  });

  it('"faire de la couture" is not the town of La Couture', async () => {
    const c = await startConversation();
    expect(read(await c.send("j'aimerais bien faire de la couture plus tard"))).not.toMatch(OUTSIDE);
  });
});

describe('a domain button clicked in the quiz after a later question', () => {
  it('a parent who clicks another domain while the age is asked: that domain\'s trades, then the age again', async () => {
    const c = await startConversation();
    await c.send('mon garçon ne sait pas du tout vers quoi aller');
    expect(read(await c.send('Cuisine, restauration'))).toMatch(/Quel âge a votre enfant/);
    const answer = read(await c.send('Bâtiment, construire'));
    expect(answer).toMatch(/maçon/);
    expect(answer).toMatch(/Quel âge a votre enfant/);
    expect(answer).not.toMatch(/pas compris/);
    expect((await c.data()).profile.interests).toEqual(['batiment']);
  });

  it('a domain clicked while the level is asked is followed, never read as a request to erase', async () => {
    const c = await startConversation();
    await c.send('jsp quoi faire comme metier');
    await c.send('Animaux');
    await c.send('16 ans');
    const answer = read(await c.send('Informatique, numérique'));
    expect(answer).not.toMatch(/effacé/);
    expect(answer).toMatch(/développeur/);
    expect(answer).toMatch(/Où en es-tu dans tes études/);
    expect((await c.data()).profile.age).toBe(16);
    expect((await c.data()).profile.interests).toEqual(['informatique']);
  });

  it('the domain answers the quiz question it belongs to', async () => {
    const c = await startConversation();
    await c.send('ma fille cherche un métier mais elle sait pas lequel');
    const answer = read(await c.send('Coiffure, esthétique'));
    expect(answer).toMatch(/coiffeur/);
    expect(answer).toMatch(/Quel âge a votre enfant/);
  });
});
