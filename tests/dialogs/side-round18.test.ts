import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 18 (r18-side, kind 1): the side of the speaker chooses among entries of one subject. A young person who rents
 * a flat "près de ma boîte" (their workplace, not a business they run) got the employer's hiring steps; an employer
 * asking whether they may end "son contrat" got the apprentice's resignation steps.
 */
describe('a young person renting near their workplace gets the housing aid, not the employer steps', () => {
  it.each([
    ['pour le logement ? je vais devoir louer un studio à Rouen pour être près de ma boîte'],
    ['jvais louer un appart a caen pr etre pres de mon entreprise, ya une aide ?'],
    ["Je vais louer un logement à Évreux, c'est loin de ma boîte sinon : il existe une aide ?"],
    ['Notre fils va louer un studio près de son entreprise au Havre, existe-t-il une aide ?'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/Mobili-Jeune/);
    expect(text).not.toMatch(/Embaucher un apprenti/);
  });

  it('an employer speaking of "ma boîte" stays an employer', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('ma boîte cherche un apprenti en menuiserie, comment on fait ?')));
    expect(text).not.toMatch(/Mobili-Jeune/);
    expect(text).toMatch(/[Rr]ecrut|[Ee]mbauch|offre/);
  });
});

describe("an employer ending their apprentice's contract gets the employer's rupture", () => {
  it.each([
    ['est-ce que je peux rompre son contrat ? elle est chez nous depuis 5 mois'],
    ['on peut arrêter son contrat ? ça fait 4 mois qu il est chez nous'],
    ['Puis-je rompre son contrat ? Il travaille chez nous depuis six mois.'],
  ])('"%s", after saying they run a business', async (message) => {
    const c = await startConversation();
    await c.send("je suis gérante d'un salon de coiffure");
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/La rupture du contrat par l'employeur/);
    expect(text).not.toMatch(/l'apprenti qui veut partir/);
  });

  it('"est-ce que je peux rompre son contrat ? elle est chez nous depuis 5 mois" alone reads the employer too', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('est-ce que je peux rompre son contrat ? elle est chez nous depuis 5 mois')));
    expect(text).toMatch(/La rupture du contrat par l'employeur/);
  });

  it('an apprentice who wants to leave keeps the resignation steps', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('je veux démissionner de mon apprentissage, ça fait 5 mois, comment faire ?')));
    expect(text).toMatch(/démissionner|médiateur/);
    expect(text).not.toMatch(/La rupture du contrat par l'employeur/);
  });
});

/**
 * Round 18 (kind 2): lines of the aid and places cards spoke to the young person ("si tu es en situation de
 * handicap", "avant de t'inscrire") when an employer or a parent was reading.
 */
describe('the aid card speaks of the right person', () => {
  it('an employer writing tu hears of the apprentice', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("salut jsuis patron d'un garage, t'as quoi comme aides pour prendre un apprenti ?")));
    expect(text).not.toMatch(/Si tu es en situation de handicap/);
    expect(text).toMatch(/Si l'apprenti est en situation de handicap, d'autres aides existent : dis-le-moi/);
  });

});

describe('the places card: the young person enrols, not the employer nor the parent', () => {
  it.each([
    ["jsuis patron d'une boulangerie, mon apprenti doit faire un CAP boulanger, c'est où vers Caen ?"],
    ["mon fils veut faire un CAP boulanger vers Caen, c'est où ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/à vérifier auprès du CFA avant l'inscription/);
    expect(text).not.toMatch(/avant de t'inscrire/);
  });

  it('the young person writing tu still enrols themself', async () => {
    const c = await startConversation();
    await c.send('je veux faire un CAP boulanger');
    expect(plain(read(await c.send('Caen')))).toMatch(/avant de t'inscrire/);
  });
});

/**
 * Round 18 (kind 3): "Vous avez posé une autre question dans votre message" offered questions never asked, read from
 * a word in passing ("bon" for La bonne alternance, the bus of a trip for the bus pass, the lodging of an outing for
 * who pays the boarding school). The offer now needs real evidence: both halves read clearly, a half that asks, with
 * words of its own the answer given does not hold, and not going on about the other half's subject.
 */
describe('no second question offered that was never asked', () => {
  it.each([
    ["le CFA organise un voyage à Paris, c'est payant ? et le bus pour y aller ?"],
    ["les sorties avec le cfa c'est à mes frais ? et l'hébergement pendant la sortie ?"],
    ["c'est bon j'ai trouvé un patron, et je serai payé combien ?"],
    ["ok c'est bon, et pour les congés j'ai combien de jours ?"],
    ["Le voyage de fin d'année du CFA est-il à la charge de la famille, et le car pour y aller ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    expect(plain(read(await c.send(message)))).not.toMatch(/autre question dans (?:ton|votre) message/);
  });

  it.each([
    ["combien je serai payé et est-ce qu'il y a des aides ?", /Les aides\]/],
    ['combien de congés payés et est ce que je peux bosser le dimanche', /dimanche/],
    ["Quel est le salaire d'un apprenti, et existe-t-il des aides pour lui ?", /Salaire\]|Les aides\]/],
    ["cb je vais toucher ? et j'ai droit a combien de congés ?", /congés payés/],
    ["Quelle est la durée de la période d'essai, et peut-on travailler le dimanche ?", /dimanche/],
  ])('"%s": two real questions, the other is still offered', async (message, other) => {
    const c = await startConversation();
    const replies = await c.send(message);
    expect(read(replies)).toMatch(/autre question dans (?:ton|votre) message/);
    expect(read(replies.slice(-1))).toMatch(other);
  });
});

describe("an aid for the young person, told an employer or a parent who writes tu, speaks of the apprentice", () => {
  it.each([
    ["jsuis patron d'un garage, mon apprenti va louer un studio, y a l'aide mobili jeune pour lui ?"],
    ["mon fils va louer un appart près de sa boite, c quoi l'aide mobili-jeune ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/Un alternant de moins de 30 ans/);
    expect(text).not.toMatch(/Si tu as moins de 30 ans|ton loyer/);
  });

  it('the young person still hears it in tu', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send("c quoi l'aide mobili jeune ?")))).toMatch(/Si tu as moins de 30 ans/);
  });
});
