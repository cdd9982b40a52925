import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 23 (review 15, J7): when nothing is within 20 km, the widening stopped at the first radius holding one place
 * (40 km), and a place a few kilometres further was cut. Once widening, the search goes on until it has a few places
 * to compare; a place within 20 km is still enough on its own.
 */
describe('nearest places: widening gives a few places to compare', () => {
  it.each([
    ["CAP boulanger en apprentissage autour de Pont-l'Évêque"],
    ['jveu faire boulangerie, chui a lisieux, ya quoi comme cfa'],
    ['Où mon fils peut-il se former au métier de boulanger ? Nous habitons Lisieux.'],
  ])('"%s" lists more than the first place past 20 km', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/Le Havre, \d+ km/);
    expect(text).toMatch(/Caen, \d+ km/);
    expect(text).toMatch(/dans un rayon de 100 km/);
  });

  it('a place within 20 km is still the answer on its own (near miss)', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('je veux être boulanger, j’habite à Honfleur')));
    expect(text).toMatch(/Le Havre, 1\d km/);
    expect(text).not.toMatch(/Rien à moins de 20 km/);
  });

  it('a place far away keeps its "within 100 km" wording, not "nothing within 100 km"', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("je voudrais devenir coiffeuse, j'habite à Vire")));
    expect(text).toMatch(/Caen, 5\d km/);
    expect(text).not.toMatch(/Rien à moins de 100 km/);
  });
});

/**
 * Round 23 (review 15, X5): the callback form keeps a first name said along with the number or the moment, and
 * answers a short question (who answers, the cost, when) at any step, then goes on at the same step.
 */
describe('callback form: a first name said with the other details is kept', () => {
  it.each([
    ['je voudrais être rappelé', 'demain matin au 06 12 12 34 34, c’est pour Maëlys', 'Maëlys'],
    ['pouvez-vous me rappeler ?', 'jeudi après-midi, au 07 98 76 54 32. C’est pour mon fils ? non pardon, c’est pour Tom', 'Tom'],
    ['tu peux me rappeler stp', 'ce soir vers 18h au 0611223344 c pour ines', 'Ines'],
    ['vous pouvez me rappeler svp', 'lundi matin, 06 55 44 33 22, de la part de Jean-Paul', 'Jean-Paul'],
  ])('"%s" then "%s"', async (first, second, name) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(second)));
    expect(text).toContain(`Merci ${name}`);
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
    expect(text).toMatch(/Dernière étape/);
  });

  it('a request naming the person to call, with the number and the moment, goes straight to the consent', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('Rappelez Nolan au 06 98 76 54 32 vendredi matin svp')));
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
    expect(text).toMatch(/Dernière étape/);
  });

  it.each([
    ["demain matin au 06 12 12 34 34, c'est pour moi"],
    ['rappelez-moi vite au 06 12 12 34 34'],
    ["c'est pour un renseignement, au 06 12 12 34 34 demain"],
  ])('near miss "%s": no name in it, the first name is still asked', async (message) => {
    const c = await startConversation();
    await c.send('je veux être rappelée');
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/quel est (?:ton|votre) prénom/);
  });
});

describe('callback form: a short question during the form gets its answer and the form goes on', () => {
  it.each([["t'es un robot ?"], ['vous êtes une vraie personne ?'], ['tu es une IA ?']])('"%s" at the first-name step', async (question) => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(/Oui, je suis un robot/);
    expect(text).not.toMatch(/Je ne peux pas répondre/);
    expect(text).toMatch(/quel est (?:ton|votre) prénom/);
  });

  it('a question at the consent step is answered, the consent asked again, and a yes saves', async () => {
    const c = await startConversation();
    await c.send('rappelez-moi svp');
    await c.send('Léna, 06 12 12 34 34, mardi matin');
    let text = plain(read(await c.send('tu es un bot ?')));
    expect(text).toMatch(/Oui, je suis un robot/);
    expect(text).toMatch(/Dernière étape/);
    text = plain(read(await c.send('et tu me rappelles quand ?')));
    expect(text).toMatch(/au moment que tu as indiqué : mardi/);
    text = plain(read(await c.send('oui')));
    expect(text).toMatch(/C'est enregistré, Léna/);
  });

  it('cancelling still works after a question', async () => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send("t'es un robot ?");
    const text = plain(read(await c.send('annuler')));
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
  });
});

/**
 * Round 23 (review 15, P5): "must she have an employer before enrolling?" got "l'inscription n'est effective qu'avec
 * un employeur". The answer says first that one may start at the CFA up to 3 months without one (Code du travail
 * L6222-12-1), then that the contract is needed to go on; the Affelnet entry no longer says the contrary.
 */
describe('an employer before enrolling: not needed to start', () => {
  it.each([
    ["Doit-il déjà avoir signé avec une entreprise avant de s'inscrire au CFA ?"],
    ['faut avoir un patron pour rentrer au cfa ?'],
    ["est-ce obligatoire d'avoir un employeur avant l'inscription ?"],
    ['jdois avoir une boite avant de m inscrire ??'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/^Pas forcément/);
    expect(text).toMatch(/3 mois au plus/);
    expect(text).not.toMatch(/n'est effective qu'avec/);
  });

  it('right after the Affelnet answer, the follow-up gets the same, not a repeat', async () => {
    const c = await startConversation();
    await c.send('Notre fils est en 3e et veut préparer un CAP en apprentissage : comment l’inscrire ?');
    const text = plain(read(await c.send('Faut-il qu’il ait trouvé un employeur avant de s’inscrire ?')));
    expect(text).toMatch(/Pas forcément/);
    expect(text).toMatch(/3 mois au plus/);
    expect(text).not.toMatch(/Comme dans ma réponse/);
  });

  it.each([['que doit faire l’employeur avant de recruter un apprenti ?'], ['faut-il un employeur pour travailler le dimanche ?']])(
    'near miss "%s" keeps its own answer',
    async (message) => {
      const c = await startConversation();
      const text = plain(read(await c.send(message)));
      expect(text).not.toMatch(/Pas forcément/);
    },
  );
});

/**
 * Round 23 (review 15, E6): after a public employer was told it has no State hiring aid (CELIA, CNFPT), "qui paie la
 * formation ?" got the private employer's OPCO/ASP procedure. A public employer's follow-up stays on their facts.
 */
describe('a public employer follow-up stays on the public employer facts', () => {
  const FIRST = [
    ["Je suis secrétaire de mairie, nous souhaitons accueillir un apprenti jardinier : avons-nous droit à l'aide à l'embauche ?"],
    ['on est une mairie, on prend un apprenti en cuisine à la cantine, y a une aide de l’état ?'],
  ];
  it.each(FIRST)('"%s" then who pays the training', async (first) => {
    const c = await startConversation();
    await c.send(first);
    for (const follow of ['Qui paie la formation alors ?', 'et le cfa il est financé par qui ?']) {
      const text = plain(read(await c.send(follow)));
      expect(text).toMatch(/CNFPT/);
      expect(text).not.toMatch(/l'ASP verse/);
    }
  });

  it('then where the contract goes: CELIA and the DREETS, not an OPCO', async () => {
    const c = await startConversation();
    await c.send(FIRST[0]![0]!);
    const text = plain(read(await c.send('et on envoie le contrat à qui ?')));
    expect(text).toMatch(/CELIA/);
  });
});

/** Round 23 (review 15, J6): an animal trade in the orientation list is never paired with another animal's diploma. */
describe('orientation list: an animal trade gets a diploma about its own animal', () => {
  it.each([
    ['jsais pas quoi faire plus tard, j’aime les animaux et le plein air', "j'ai 15 ans, en 3e", 'et près de Saint-Lô ?'],
    ["Je ne sais pas quel métier choisir, j'aime les animaux et travailler dehors.", "J'ai 16 ans et je suis en 3e.", "J'habite à Saint-Lô, c'est où ?"],
  ])('"%s"', async (first, second, third) => {
    const c = await startConversation();
    await c.send(first);
    await c.send(second);
    const text = plain(read(await c.send(third)));
    const line = text.split('\n').find((l) => /bovins/.test(l));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/hippique/);
  });
});

/** Round 23 (review 15, J9): a trade asked near a town keeps all its courses taught there, not only the one titled with its word. */
describe('a trade near a town: every course of the trade taught at the nearest places', () => {
  it.each([["je voudrais être électricien, j'habite à Évreux"], ['electricien pres d evreux ?'], ["Mon fils aimerait être électricien, où peut-il se former près d'Évreux ?"]])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/CAP électricien/);
    expect(text).toMatch(/Bac pro métiers de l'électricité/);
  });

  it('a kind of diploma named keeps only that kind (near miss)', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('un CAP électricien vers Évreux')));
    expect(text).toMatch(/CAP électricien/);
    expect(text).not.toMatch(/Bac pro métiers de l'électricité/);
  });
});
