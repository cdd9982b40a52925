import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * The person's own situation and facts (round 11): what they told of themselves chooses the entry about them.
 */
describe('too young: the age rule comes before the places (round 11)', () => {
  it.each([
    ["j'ai 14 ans je suis en 4e, c'est où pour faire un cap pres de Rouen ?"],
    ["g 14 ans jsuis en 4eme, ou je peux faire un cap boulanger vers evreux"],
    ['Bonjour, mon fils a 14 ans, il est en quatrième : où peut-il préparer un CAP près de Caen ?'],
    ["j'ai 15 ans et je suis en 4e, un cap coiffure à Lisieux c'est où ?"],
  ])('"%s": the minimum age first, the places offered after', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    expect(c.rule()).toBe('too-young-for-courses');
    const text = read(replies);
    expect(text).toMatch(/16 ans, ou 15 ans si/);
    expect(text).toMatch(/Où (?:me|se) former/);
  });

  it('the age told before counts', async () => {
    const c = await startConversation();
    await c.send("j'ai 14 ans, un apprenti gagne combien ?");
    const replies = await c.send('où faire un CAP cuisine près de Cherbourg ?');
    expect(read(replies)).toMatch(/16 ans, ou 15 ans si/);
  });

  it('at 15 after the 3e, or at 16, the places come first', async () => {
    for (const message of ["j'ai 15 ans je suis en 3e, où faire un cap boulanger vers Rouen ?", "j'ai 16 ans, un cap cuisine près de Caen c'est où ?"]) {
      const c = await startConversation();
      await c.send(message);
      expect(c.rule()).not.toBe('too-young-for-courses');
    }
  });
});

describe("the event the person tells weighs the entry about it (round 11)", () => {
  it.each([
    ['ma patronne ma viré, je peux rester au cfa ?'],
    ["mon patron a mis fin a mon contrat, je peux rester au cfa combien de temps ?"],
    ["L'employeur de notre fille l'a licenciée : combien de temps peut-elle continuer au CFA ?"],
    ["jme suis fait virer de ma boite, le cfa me garde cb de tps ?"],
  ])('"%s": a contract broken is the entry on continuing after a rupture (6 months), not starting without one', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/6 mois/);
    expect(text).not.toMatch(/3 mois au plus/);
  });

  it.each([
    ["mon fils de 16 ans s'est blessé sur le chantier, il est payé pendant l'arret ?"],
    ["j'ai 17 ans je me suis fait mal au taf, je suis en arret, on me paye ?"],
    ["Bonjour, notre apprentie de 16 ans a eu un accident en venant au travail, est-elle payée pendant son arrêt ?"],
  ])('"%s": hurt at work or on the way is the work-accident entry, not the pay grid', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(c.rule()).not.toBe('topic-lead');
    expect(text).toMatch(/accident/i);
    expect(text).not.toMatch(/salaire minimum d'un apprenti selon l'année/);
  });

  // The apprentice's own wish to leave, told with an age (code-blind review 7, P03, in other words): how to leave,
  // not the pay grid at that age.
  it.each([
    'Notre fille de 16 ans veut arrêter son apprentissage, elle a commencé il y a deux mois. Que faut-il faire ?',
    "j'ai 19 ans et je voudrais quitter mon apprentissage, c'est possible ?",
    'mon fils de 16 ans veut démissionner de son apprentissage, que faire ?',
  ])('"%s": how to leave, not the pay grid', async (text) => {
    const c = await startConversation();
    const r = read(await c.send(text));
    expect(r).toMatch(/médiateur|45 premiers jours|rupture/);
    expect(r).not.toMatch(/% du SMIC/);
  });

  it('a pay question without an event is still the pay grid', async () => {
    const c = await startConversation();
    const text = read(await c.send("mon fils a 16 ans, il est payé combien en apprentissage ?"));
    expect(text).toMatch(/% du SMIC/);
  });
});

describe('an apprentice with a family of their own asks about their own rights (round 11)', () => {
  it.each([
    ["jsuis apprentie g 23 ans et g un bébé, jai droit aux allocs ?"],
    ["je suis maman solo de 24 ans en apprentissage, j'ai droit à quoi à la caf ?"],
    ["Bonjour, j'ai 25 ans, je suis apprenti et père de deux enfants : quelles aides de la CAF pour moi ?"],
  ])('"%s": not the entry on parents keeping their child until 20', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).not.toMatch(/jusqu'à tes 20 ans|jusqu'à ses 20 ans|jusqu'à 20 ans/);
    expect(text).toMatch(/prime d'activité/i);
  });

  it("a parent asking about their apprentice child still gets the family benefits kept until 20", async () => {
    const c = await startConversation();
    const text = read(await c.send('ma fille de 17 ans est apprentie, on garde les allocations familiales ?'));
    expect(text).toMatch(/20 ans/);
  });
});

describe('a term the knowledge defines, named in a question, weighs its entry (round 11)', () => {
  it.each([
    ['je suis boulangère, je peux être tutrice de mon apprentie ?'],
    ["Je suis chef cuisinier, puis-je devenir maître d'apprentissage ?"],
    ['je peux être tuteur de mon apprenti ?'],
  ])('"%s": the entry on the maître d\'apprentissage, not a trade or the interests quiz', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/salarié majeur et volontaire/);
  });

  it('a named term beside a trade: the période d\'essai of an apprentice hairdresser is the trial period', async () => {
    const c = await startConversation();
    const text = read(await c.send("la periode d'essai d'un apprenti coiffeur c combien ?"));
    expect(text).toMatch(/45 premiers jours/);
  });
});
