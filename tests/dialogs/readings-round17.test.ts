import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const QUIZ_START = 'je sais pas quoi faire';

/**
 * Round 17 (r17-readings), kind 1: a message that is only a trade's name gives that trade, even while the guided quiz
 * asks what one likes doing ("couvreur" was read as the field bâtiment and the quiz went on with its trades).
 */
describe('a trade named alone is that trade', () => {
  it.each([
    ['couvreur', /Couvreur/],
    ['Plombier !', /Plombier/],
    ['boulangère ?', /Boulanger/],
    ['mecano', /Mécanicien/],
    ['mecanicien', /Mécanicien \/ Mécanicienne automobile/],
    ['Mécanicienne ?', /Mécanicien \/ Mécanicienne automobile/],
  ])('"%s" at the start', async (message, trade) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(trade);
    expect(text).toMatch(/ce métier s'apprend/);
  });

  it.each([
    ['couvreur', /Couvreur/],
    ['Plombière !', /Plombier/],
    ['mecano', /Mécanicien/],
    ['charpentier ?', /Charpentier/],
  ])('"%s" while the quiz asks what one likes: its card, and the quiz is let go', async (message, trade) => {
    const c = await startConversation();
    await c.send(QUIZ_START);
    const text = read(await c.send(message));
    expect(text).toMatch(trade);
    expect(text).toMatch(/ce métier s'apprend/);
    expect(text).not.toMatch(/Quel âge as-tu/);
    expect(text).not.toMatch(/Pour t'en proposer/);
  });

  it.each([["j'aime construire des maisons", /bâtiment/], ['la cuisine', /cuisine, restauration/], ['Animaux', /animaux/]])(
    'near miss: a field "%s" at the quiz stays the quiz',
    async (message, field) => {
      const c = await startConversation();
      await c.send(QUIZ_START);
      const text = read(await c.send(message));
      expect(text).toMatch(field);
      expect(text).toMatch(/Quel âge as-tu/);
    },
  );

  it('near miss: "mecanicien agricole" stays the agricultural mechanic', async () => {
    const c = await startConversation();
    expect(read(await c.send('mecanicien agricole'))).toMatch(/matériels agricoles/);
  });
});

/**
 * Kind 4: two levels or paths weighed ("cap ou bac pro ?") get the FAQ entry that compares them, never the card of
 * the first one named nor its places.
 */
describe('two levels compared', () => {
  it.each([
    ["c'est quoi la diff entre cap et bac pro", /Le CAP est le premier diplôme d'un métier \(niveau 3\)[\s\S]*bac pro est d'un niveau au-dessus/],
    ['vaut mieux un cap ou un bac pro pour être coiffeuse ?', /bac pro est d'un niveau au-dessus/],
    ['Quelle différence entre CAP et bac professionnel pour mon fils ?', /bac professionnel est de niveau 4/],
    ['plutôt bac pro ou bts ?', /Après un bac pro, tu peux travailler ou continuer/],
    ['bac pro vs bts lequel choisir', /Après un bac pro(?:fessionnel)?, /],
    ['bp ou bac pro ?', /Le BP \(brevet professionnel\) est un diplôme national de niveau 4/],
    ["Quelle est la différence entre un BP et un CAP ?", /Le BP \(brevet professionnel\)/],
    ['terminale générale ou bac pro ?', /avec un bac général, tu peux entrer en apprentissage/],
    ['après mon cap, bp ou bac pro ?', /Après un CAP, tu peux travailler ou continuer/],
  ])('"%s"', async (message, entry) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(entry);
    expect(text).not.toMatch(/je le trouve en apprentissage dans/);
  });

  it.each([
    ['cap ou bac pro en cuisine vers Rouen', /près de Rouen, le lieu le plus proche/],
    ["c'est quoi les aides pour un cap ou un bac pro ?", /aides/],
    ['un BP c\'est au-dessus du CAP ?', /Le BP \(brevet professionnel\)/],
  ])('near miss "%s" keeps its answer', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Le CAP est le premier diplôme d'un métier \(niveau 3\)\. Il se prépare/);
  });
});

/**
 * Kind 6: "et c'est où ?" right after the guided quiz proposed its trades asks where those are taught: which one first
 * (several were listed), each button then giving its places; never the quiz's list again nor "quel métier ?".
 */
describe('where, right after the quiz', () => {
  async function afterQuiz(interest: string, town: string) {
    const c = await startConversation();
    for (const m of [QUIZ_START, interest, '17 ans', '3e', town]) await c.send(m);
    return c;
  }

  it.each([["et c'est où ?"], ['près de caen ?'], ["c'est où la formation ?"], ['on peut le faire où ?'], ['et c ou']])(
    '"%s" asks which of the trades, then gives its places',
    async (where) => {
      const c = await afterQuiz('Animaux', 'Caen');
      const text = read(await c.send(where));
      expect(text).toMatch(/Pour quel métier veux-tu voir les lieux de formation/);
      expect(text).toMatch(/\[Palefrenier soigneur\]/);
      expect(text).not.toMatch(/Voici des métiers qui pourraient te plaire/);
      const places = read(await c.send('Palefrenier soigneur'));
      expect(places).toMatch(/Pour « palefrenier soigneur » près de Caen, le lieu le plus proche est/);
    },
  );

  it('"le 2e" picks the second trade listed, with the town asked before', async () => {
    const c = await afterQuiz("j'aime cuisiner", 'Rouen');
    expect(read(await c.send('près de caen ?'))).toMatch(/Pour quel métier/);
    expect(read(await c.send('le 2e'))).toMatch(/Pour « serveur en restauration » près de Caen/);
  });

  it('near miss: a trade picked first keeps its places (round 13)', async () => {
    const c = await afterQuiz("j'aime cuisiner", 'Rouen');
    await c.send('Pâtissier');
    expect(read(await c.send('près de Rouen ?'))).toMatch(/Pour « pâtissier » près de Rouen/);
  });
});

/**
 * Kind 5: a country lived in is not a country gone to. From abroad, the bot says it covers Normandy and asks where
 * here; a stay abroad during the contract is the mobility entry. A country is never read as a town.
 */
describe('countries: living there or going there', () => {
  it.each([
    ['je vis en Belgique, je peux faire mon apprentissage en Normandie ?', /dis-moi dans quelle ville de Normandie/],
    ["j'habite au Luxembourg, vous pouvez m'aider à trouver un CAP en Normandie ?", /indiquez-moi dans quelle ville de Normandie/],
    ['jhabite en suisse je px faire un apprentissage chez toi ?', /dans quelle ville de Normandie/],
    ['je suis au maroc et je veux venir faire un bts en normandie', /dans quelle ville de Normandie/],
    ['Belgique', /dans quelle ville de Normandie/],
  ])('lives abroad: "%s"', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).toMatch(/\[Être rappelé\]/);
    expect(text).not.toMatch(/partie de (?:ton|votre) contrat peut se faire à l'étranger/);
  });

  it.each([
    ['je veux partir en Allemagne pendant mon apprentissage'],
    ['un stage en espagne'],
    ['faire un stage en Italie pendant mon bts'],
    ['est-ce que je peux faire une partie de mon contrat au Canada ?'],
    ['Erasmus en Irlande c possible en apprentissage ?'],
    ["Notre fils voudrait partir six mois en Angleterre pendant son contrat, est-ce possible ?"],
  ])('goes abroad: "%s"', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/partie de (?:ton|votre|son) contrat peut se faire à l'étranger|peut effectuer une partie|à l'étranger/);
    expect(text).not.toMatch(/dans quelle ville de Normandie/);
  });

  it.each([
    ['j\'habite en Espagne et je cherche un cap à Rouen', /près de Rouen, le lieu le plus proche/],
    ['je vis en suisse normande, je cherche un cap', /Dans quelle ville de Normandie habites-tu/],
    ['je suis à Rennes', /Rennes n'est pas en Normandie/],
  ])('near miss "%s" keeps its answer', async (message, answer) => {
    const c = await startConversation();
    expect(read(await c.send(message))).toMatch(answer);
  });
});

/**
 * Kind 2: caring for animals is the animals' field, never the health field because of the verb "soigner"; farm
 * animals are animals ("m'occuper des vaches" was agriculture, the stockbreeder third).
 */
describe('interests with animals', () => {
  it.each([
    ['soigner les chevaux', /Palefrenier soigneur/],
    ["j'aime les animaux", /animaux : par exemple éleveur de bovins, palefrenier soigneur/],
    // Round 27: the activity names the trade itself now (metiers-familiers.yaml), as "soigner les chevaux" does.
    ["m'occuper des vaches", /Éleveur \/ Éleveuse de bovins/],
    ['je veux soigner des chiens', /Auxiliaire vétérinaire/],
    ["j'aimerais m'occuper des brebis et des moutons", /animaux : par exemple éleveur de bovins/],
    ['ma fille adore les chevaux, quel métier ?', /animaux : par exemple/],
    ['prendre soin des animaux', /Auxiliaire vétérinaire|animaux/],
  ])('"%s"', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/aide-soignant|aider les autres, santé/i);
  });

  it.each([['soigner des animaux malades', /Auxiliaire vétérinaire/], ['soigner des chevaux blessés', /Palefrenier soigneur/]])(
    'the animals\' state is no situation of the person\'s: "%s"',
    async (message, trade) => {
      const c = await startConversation();
      const text = read(await c.send(message));
      expect(text).toMatch(trade);
      expect(text).not.toMatch(/arrêt de travail/);
    },
  );

  it.each([['je suis malade je fais quoi'], ['mon apprenti est malade']])('near miss: "%s" is still sick leave', async (message) => {
    const c = await startConversation();
    expect(read(await c.send(message))).toMatch(/arrêt de travail/);
  });

  it.each([['soigner les gens', /aider les autres, santé/], ['prendre soin des personnes âgées', /aider les autres, santé/]])(
    'near miss: caring for people "%s" stays the health field',
    async (message, answer) => {
      const c = await startConversation();
      expect(read(await c.send(message))).toMatch(answer);
    },
  );
});

/**
 * Kind 3: a field with a level ("un BTS dans le commerce", "bac pro dans l'électricité") is the courses of that field
 * at that level, named by their own titles: not a course of another level sharing a word ("Bac pro métiers du
 * commerce…" for a BTS), not a title made of the kind and a trade ("Bac pro électricien du bâtiment" is no diploma),
 * not "no place" when the field's courses of that level are taught.
 */
describe('a field with a level', () => {
  it.each([
    ['un BTS dans le commerce', /« BTS vente, commerce » : en Normandie, je le trouve en apprentissage dans \d+ lieux/],
    ['vous avez des bts dans la vente ?', /« BTS vente, commerce » : en Normandie/],
    ["bac pro dans l'électricité", /« Bac pro métiers de l'électricité et de ses environnements connectés »/],
    ['je cherche un bts en informatique en alternance', /« BTS services informatiques aux organisations \(1ère année commune\) »[\s\S]*en apprentissage ici/],
    ['cap en cuisine', /« CAP cuisine »/],
    ['un cap dans la vente', /« CAP équipier polyvalent du commerce »/],
  ])('"%s"', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/conseiller commercial auprès des particuliers|électricien du bâtiment »|développeur informatique »/i);
  });

  it('the BTS of the field near a town, once the town is told', async () => {
    const c = await startConversation();
    await c.send('un BTS dans le commerce');
    expect(read(await c.send('Caen'))).toMatch(/Pour « BTS vente, commerce » près de Caen, le lieu le plus proche est/);
  });

  it.each([
    ['bac pro dans le commerce vers rouen', /Bac pro métiers du commerce et de la vente/],
    ['cap boulanger', /« CAP boulanger »/],
  ])('near miss "%s" keeps its course', async (message, answer) => {
    const c = await startConversation();
    expect(read(await c.send(message))).toMatch(answer);
  });
});

/**
 * Kind 1, a word heading several titles: "vendeur" names no trade whole (vendeur en prêt-à-porter, automobile, en
 * équipement de la maison…). The trade question offers those trades to pick, not a bare "quel métier ?".
 */
describe('a word heading several trade titles', () => {
  it.each([['vendeur'], ['vendeuse ?']])('"%s" offers the trades it heads, and one picked gives its card', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(/Quel métier t'intéresse/);
    expect(text).toMatch(/\[Vendeur en prêt-à-porter\]/);
    expect(text).toMatch(/\[Vendeur automobile\]/);
    expect(read(await c.send('Vendeur en prêt-à-porter'))).toMatch(/Vendeur \/ Vendeuse en prêt-à-porter : ce métier s'apprend/);
  });

  it('near miss: "je cherche une formation" is asked without trades to pick', async () => {
    const c = await startConversation();
    const text = read(await c.send('je cherche une formation'));
    expect(text).toMatch(/Quelle formation cherches-tu/);
    expect(text).not.toMatch(/\[Vendeur/);
  });
});

/** "me conseiller", "m'orienter" with a subject told asks the bot's advice on it, not an adviser's callback. */
describe('advice asked on a subject', () => {
  it.each([
    ['vous pouvez me conseiller, mon fils aime soigner les animaux', /Auxiliaire vétérinaire|animaux/],
    ["pouvez-vous m'orienter, ma fille adore les chevaux", /animaux : par exemple/],
  ])('"%s"', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
  });

  it.each([["je voudrais qu'un conseiller me rappelle"], ['vous pouvez me rappeler ?']])('near miss: "%s" is a callback', async (message) => {
    const c = await startConversation();
    expect(read(await c.send(message))).toMatch(/Pour être rappelé par un conseiller/);
  });
});

/** Kind 5, while the town is asked: a country lived in is no misspelt Normandy town. */
describe('a country given as the town', () => {
  it.each([
    [['je veux devenir boulanger', 'Où me former ?'], "j'habite en Belgique"],
    [[QUIZ_START, 'Animaux', '17', '3e'], 'je vis en Suisse'],
  ])('after %j, "%s" says what the bot covers and asks a town here', async (before, country) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const text = read(await c.send(country));
    expect(text).toMatch(/Je couvre seulement l'apprentissage en Normandie/);
    expect(text).not.toMatch(/Je ne trouve pas cette ville/);
  });

  it('then a town here is taken', async () => {
    const c = await startConversation();
    for (const m of ['je veux devenir boulanger', 'Où me former ?', "j'habite en Belgique"]) await c.send(m);
    expect(read(await c.send('Caen'))).toMatch(/près de Caen, le lieu le plus proche/);
  });

  it('near miss: a misspelt town is still asked again as before', async () => {
    const c = await startConversation();
    for (const m of ['je veux devenir boulanger', 'Où me former ?']) await c.send(m);
    expect(read(await c.send('Zzqxwk'))).toMatch(/Je ne trouve pas cette ville en Normandie/);
  });
});
