import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

// Round 9: orientation, help and aids asked with no persona question. Phrasings written for these tests (SMS, typos,
// tu/vous, parents), none taken from an eval set.

describe('asking for a person is asking for a person, even when lost', () => {
  it.each([
    ["je comprends plus rien, je peux parler à quelqu'un de vrai ?", 'tu'],
    ['svp un humain, chui paumé', 'tu'],
    ["j'aimerais bien être aidée par une conseillère, je suis un peu perdue", 'tu'],
    ['Je souhaiterais échanger avec une personne réelle, je suis un peu perdu dans tout ça.', 'vous'],
  ] as const)('%s → the adviser card, not the interests quiz', async (message, register) => {
    const c = await startConversation();
    const replies = await c.send(message);
    await expectKey(replies, 'contact.human', register);
    expect(read(replies)).toMatch(/0800 050 000/);
  });
});

describe('a young person who left school with no diploma', () => {
  it.each([
    "g 17 ans et j'ai laché le lycée l'an dernier, je fais quoi mtn ?",
    "j'ai aucun diplome, je commence par où ?",
    "Notre fils a arrêté le collège sans diplôme, que peut-il faire ?",
    'jai quitté lécole en seconde, que faire maintenant',
  ])('%s → the Mission Locale answer', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/Mission(s)? Locale/);
    expect(text).toMatch(/engagement jeune/);
  });
});

describe('after a diploma held, the next step from that level', () => {
  it.each([
    ["j'ai eu mon CAP cuisine, je peux continuer comment ?", /brevet professionnel/i],
    ['cap coiffure obtenu en juin, et ensuite je fais quoi', /brevet professionnel/i],
    ["Notre fille vient d'avoir son CAP fleuriste, quelle suite en apprentissage ?", /brevet professionnel/i],
    ["apres mon bac pro maintenance je peux faire quoi en alternance", /BTS/],
    ["j'ai mon bac pro accueil, comment poursuivre ?", /BTS/],
  ])('%s → the entry of what follows that diploma', async (message, fact) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(fact);
  });

  it('a bac pro held is not answered with the after-CAP entry', async () => {
    const c = await startConversation();
    const text = read(await c.send("g eu mon bac pro commerce, apres c'est quoi la suite en alternance ?"));
    expect(text).toMatch(/BTS/);
    expect(text).not.toMatch(/Après un CAP/);
  });
});

describe('everyday interests lead to their trades', () => {
  it.each([
    ["j'aimerais bosser avec les tout-petits", /puériculture|petite enfance|Garde d'enfant/i],
    ['moi ce qui me plairait c travailler avec des enfants', /puériculture|petite enfance|Garde d'enfant/i],
    ["m'occuper des bébés en crèche ça me plairait", /puériculture|petite enfance|Garde d'enfant/i],
    ['aider les papis et mamies au quotidien', /Assistant.*de vie|Aide-soignant/i],
    ['je voudrais travailler avec des chevaux', /Palefrenier/i],
  ])('%s → trades of that field', async (message, trades) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(trades);
  });
});

describe("an aid about an apprentice's own costs is answered for the young person", () => {
  it.each([
    // Kind 5 is only partly done this round: a meal or transport aid asked with no persona still asks who is asking
    // ("les repas au CFA le midi, c'est aidé ?"); these pass already and guard what works.
    ['y a un truc pour payer mes trajets jusqu au CFA ?', /transport|trajet|déplacement/i],
  ])('%s → the aids, not "who are you"', async (message, fact) => {
    const c = await startConversation();
    const replies = await c.send(message);
    expect(read(replies)).not.toMatch(/dis-moi qui tu es|dites-moi qui vous êtes/);
    expect(read(replies)).toMatch(fact);
  });

  it('the permis aid, asked bare, is shown ended', async () => {
    const c = await startConversation();
    expect(read(await c.send('aide au permis apprenti ? 🚙'))).toMatch(/n'existe plus|a pris fin/);
  });

  // Round 12 (deliberate, DESIGN §6 answer first): a bare aid question gets the young person's aids and one line
  // offering parent or employer, no longer "dis-moi qui tu es" first.
  it('a bare aid question answers the young person\'s aids and offers to refine who is asking', async () => {
    const c = await startConversation();
    const text = read(await c.send('quelles sont les aides ?'));
    expect(text).not.toMatch(/qui tu es|qui vous êtes/);
    expect(text).toMatch(/parent ou employeur/);
  });
});

describe('a greeting with a self-introduction', () => {
  it.each([
    'Bonjour, je suis conseillère en insertion à la Mission Locale de Caen, je regarde comment marche ce chatbot',
    'bonjour je suis conseiller mission locale, je teste',
    'Bonsoir, conseiller France Travail ici, je viens voir votre assistant',
  ])('%s → a greeting that says what the bot does', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const text = read(replies);
    expect(text).toMatch(/^Bonjour/);
    expect(text).toMatch(/métiers/);
    expect(text).not.toMatch(/accompagnent gratuitement les jeunes/);
  });

  it('a self-introduction with a real question still gets its answer', async () => {
    const c = await startConversation();
    const text = read(await c.send("Bonjour, je suis conseillère Mission Locale : un jeune de 17 ans, c'est combien en première année ?"));
    expect(text).toMatch(/SMIC/);
  });
});
