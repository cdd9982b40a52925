import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 16 (review 11, E1): an employer told the signing day and, in the next clause, a start in January 2027. The
 * start's verb ("commence") was taken as the first date's role too, so the signing was lost and the answer found "no
 * aid" without saying why. The 2026 hiring aid asks for a contract signed by 31 December 2026 AND started before
 * 1 January 2027 (décret; travail-emploi fiche): both dates are read, and the reason is said.
 */
describe('a signing in December and a start in January: the start condition is the reason', () => {
  it.each([
    ["Bonjour, PME de 12 salariés : nous signons le contrat d'apprentissage (CAP) le 18 décembre 2026 et l'apprenti commence le 4 janvier 2027. Avons-nous droit à l'aide à l'embauche ?"],
    ["on a 8 salariés, contrat signé le 15/12/2026 puis début le 5/01/2027 pour un bac pro, on touche l'aide de l'état ?"],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/contrat conclu le 1[58] décembre 2026/);
    expect(text).toMatch(/le contrat doit commencer avant le 1er janvier 2027/);
    expect(text).not.toMatch(/jusqu'à 5 000 €/);
  });

  it('a start in December keeps the aid', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("PME de 12 salariés, on signe le 18 décembre 2026 et il commence le 28 décembre 2026 en CAP, l'aide à l'embauche s'applique ?")));
    expect(text).toMatch(/5 000 €/);
    expect(text).not.toMatch(/doit commencer avant/);
  });
});

/**
 * Round 16 (blind set 14's kinds, own phrasings): a child under the minimum age who wants to start an apprenticeship
 * got the entry on apprenticeship after 26 (an age entry sharing its words); and "I have no diploma, may I?" got the
 * pay grid. The age rule answers the first; a new entry (service-public F2918: the condition is the age, not a
 * diploma) the second.
 */
describe('who may start: too young, or without a diploma', () => {
  it.each([["j'ai 12 ans je veux faire un apprentissage maintenant"], ['jai 13 ans je peux signer un contrat d apprentissage ?']])('"%s" gets the minimum age', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/Il faut avoir 16 ans, ou 15 ans si tu as terminé ta 3e/);
    expect(text).not.toMatch(/après 26 ans/);
  });

  it("j'ai 12 ans, combien gagne un apprenti ? stays the pay question, which says the age first", async () => {
    const c = await startConversation();
    expect(plain(read(await c.send("j'ai 12 ans, combien gagne un apprenti ?")))).toMatch(/^À 12 ans, tu ne peux pas encore signer de contrat/);
  });

  it.each([
    ["j'ai 19 ans et pas de diplôme, je peux quand même faire un apprentissage ?", /la condition est ton âge, pas un diplôme/],
    ["Notre fils n'a aucun diplôme, est-il possible pour lui de signer un contrat d'apprentissage ?", /la condition porte sur l'âge, pas sur un diplôme/],
  ])('"%s": no diploma is asked', async (message, expected) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });
});

/**
 * Round 16 (blind set 14's kinds, own phrasings): someone out of work who asks who can accompany or whom to contact
 * got the entry on apprenticeship after 26; "chômeur" was not read as out of work. From 26, France Travail and the
 * contrat de professionnalisation; from 16 to 25, the Mission Locale.
 */
describe('out of work, who accompanies', () => {
  it.each([
    ["j'ai 28 ans je suis au chomage, qui pourrait m'accompagner pour trouver une alternance ?", /France Travail/],
    ['chômeuse, 21 ans, qui je dois contacter pour une alternance ?', /Mission Locale/i],
  ])('"%s"', async (message, expected) => {
    const c = await startConversation();
    expect(plain(read(await c.send(message)))).toMatch(expected);
  });
});

/**
 * Round 16 (r16-readings' kind 2, finished by the lead; own phrasings): "l'opco paye combien pour l'internat ?" read
 * "paye" as the wage and gave the pay grid. What an OPCO, the Région, the State or the CAF pays is an aid or a cost
 * covered: the entry on accommodation and meals (the OPCO's 6 € a night, 3 € a meal) answers.
 */
describe('what a funder pays is not the wage', () => {
  it.each([["l'opco paye combien pour l'internat ?"], ["c'est combien que l'OPCO rembourse pour les repas au cfa ?"]])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/6 € par nuit|6 € la nuit/);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  it('the wage asked stays the wage', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send("j'ai 17 ans, mon patron me paye combien ?")))).toMatch(/504,10 €/);
  });
});

/**
 * Round 16 (blind set 15's kinds, own phrasings): "c'est à qui de déclarer ?" after the work accident was read as
 * "who are you?" and got the bot's identity. Whose job a step is refers back to the answer just given: its sentence
 * on who declares answers.
 */
describe('whose job a step is', () => {
  it('after the work accident', async () => {
    const c = await startConversation();
    await c.send("je me suis fait mal au boulot ce matin, je fais quoi ?");
    const text = plain(read(await c.send("c'est à qui de déclarer ?")));
    expect(text).toMatch(/^Ton employeur doit déclarer l'accident/);
    expect(text).not.toMatch(/je suis un robot/);
  });
});

/**
 * Round 16 (review 12, X1): a 14-year-old told their sister's age ("ma sœur elle a 31 ans, elle pourrait ?"); that age
 * then became theirs, and "et moi je serai payé combien ?" got "À 31 ans, vous ne pouvez en principe plus signer". A
 * brother's, sister's, cousin's or friend's age answers that message only, as a parent's did.
 */
describe("a sibling's or a friend's age never becomes the speaker's", () => {
  it.each([
    ['ma soeur elle a 31 ans elle pourrait elle ?'],
    ['et mon grand frère qui a 24 ans ?'],
    ['mon pote a 19 ans, il peut ?'],
  ])('"%s" after "j\'ai 14 ans"', async (relative) => {
    const c = await startConversation();
    await c.send("j'ai 14 ans je peux être apprenti ?");
    await c.send(relative);
    const text = plain(read(await c.send('et moi je serai payé combien quand je pourrai commencer ?')));
    expect(text).toMatch(/^À 14 ans/);
    expect(text).not.toMatch(/31 ans|24 ans|19 ans/);
  });

  it("a sister's age told first, before the speaker's, is the one asked about", async () => {
    const c = await startConversation();
    expect(plain(read(await c.send('ma soeur a 17 ans elle sera payée combien en apprentissage ?')))).toMatch(/504,10 €/);
  });
});

/**
 * Round 16 (review 12, E1): after the hiring aid, "Il aura 16 ans, combien je dois le payer ?" got the aid's card
 * again: the age re-judged the aid, "combien" read as the aid's amount, and "le payer" as pointing back at the answer.
 * A pay question the classifier is sure of, with its own detail (an age), is the pay.
 */
describe('the pay asked right after the aid is the pay', () => {
  it('after the hiring aid', async () => {
    const c = await startConversation();
    await c.send("Bonjour, je suis fleuriste à Lisieux avec 3 salariés, je prends une apprentie en CAP en septembre 2026, quelles aides ?");
    const text = plain(read(await c.send('Elle aura 17 ans, combien je dois la payer ?')));
    expect(text).toMatch(/504,10 €/);
    expect(text).not.toMatch(/l'État vous verse une aide/);
  });

  it('the aid\'s own amount asked stays the aid', async () => {
    const c = await startConversation();
    await c.send("Bonjour, je suis fleuriste à Lisieux avec 3 salariés, je prends une apprentie en CAP en septembre 2026, quelles aides ?");
    expect(plain(read(await c.send("et l'aide c'est combien par mois ?")))).toMatch(/5 000 €/);
  });
});

/**
 * Round 16 (review 12, P4): "Le CFA nous demande 300 euros de frais d'inscription, c'est normal ?" got "Je n'ai pas
 * connaissance d'une aide de 300 €". A sum asked of the person (fees, a bill, a registration) is a cost: the training
 * is free for the apprentice and the family, and no fee may be asked (formation-gratuite).
 */
describe('fees asked of the family are a cost, not an aid claimed', () => {
  it.each([
    ["Le CFA nous demande 250 euros de frais d'inscription pour notre fille, est-ce normal ?", /formation est gratuite pour votre enfant|gratuite/],
    ["le cfa me réclame 200 € pour l'inscription, c'est normal ?", /gratuite/],
  ])('"%s"', async (message, expected) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/connaissance d'une aide/);
  });

  it('an aid amount heard of is still checked', async () => {
    const c = await startConversation();
    expect(plain(read(await c.send("on m'a dit qu'il y a une aide de 800 euros pour tous les apprentis, c'est vrai ?")))).toMatch(/800 €/);
  });
});

describe('the amount of an ended aid asked for an age stays that aid', () => {
  it('"c\'était combien pour un apprenti de 17 ans ?" after the ended regional card', async () => {
    const c = await startConversation();
    await c.send('la carte jeunes apprentis normands ça existe encore ?');
    const text = plain(read(await c.send("c'était combien pour un apprenti de 17 ans ?")));
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });
});
