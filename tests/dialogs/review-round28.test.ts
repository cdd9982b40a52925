import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (review 18, by kind; own phrasings). A careful written opener that addresses no one ("Qu'est-ce qu'un CFA
 * exactement ?", "Quelle est la différence entre … ?") is answered in vous (P5, E3 were answered in tu); a conversation
 * already held in tu is not switched by a careful question later; SMS and spoken writing stay tu.
 */
const TU = /\b(?:tu|ton|ta|tes|toi|t'|te)\b/i;
const VOUS = /\b(?:vous|votre|vos)\b/i;

describe('a careful written opener is answered in vous', () => {
  it.each([
    ["Qu'est-ce qu'une OPCO exactement ?"],
    ['Quelles sont les démarches pour signer un contrat d’apprentissage ?'],
    ["Quelle est la différence entre un contrat de professionnalisation et un contrat d'apprentissage ?"],
    ['Est-il possible de faire un apprentissage après 26 ans ?'],
    ['Quelles sont les conditions pour devenir maître d’apprentissage ?'],
    ["Existe-t-il une aide au logement pour un apprenti ?"],
    ['Nous habitons à Vire, notre fils voudrait être boulanger.'],
    ["Bonjour, qu'est-ce que le contrat d'un apprenti mineur doit contenir ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(TU);
  });

  it.each([
    ["c'est quoi un opco"],
    ['slt c koi la periode d essai en apprentissage'],
    ['C’est quoi la différence entre contrat pro et apprentissage ?'],
    ['jsuis en 3e je peux faire un cap ?'],
  ])('near miss, spoken or SMS: "%s" stays tu', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(VOUS);
  });

  it('a careful question later in a conversation held in tu keeps tu', async () => {
    const { text } = await lastReplyOf(["c'est quoi un cfa", 'Quelle est la durée de la période d’essai ?']);
    expect(text).not.toMatch(VOUS);
  });
});

/**
 * Round 28 (review 18, E3): an employer shown an aid asks what to pay the apprentice — the pay grid (asking the age
 * it lacks), never the aid again. One mechanism for every way of aiming the pay at the apprentice.
 */
describe('what to pay the apprentice, asked after an aid', () => {
  const AID_FIRST = "Je suis boulanger avec 3 salariés, quelles aides pour embaucher un apprenti ?";
  it.each([
    ['Combien dois-je le rémunérer au minimum ?'],
    ['quel salaire je lui verse ?'],
    ['et je dois la payer combien ?'],
    ['c koi son salaire a mon apprenti'],
    ['Quelle rémunération devrons-nous lui verser ?'],
    ['on le paye combien du coup'],
    ['et niveau paie je lui donne combien ?'],
    ['le salaire de mon futur apprenti c’est combien ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([AID_FIRST, message]);
    expect(rule).toBe('apprentice-pay-asked');
    expect(text).toMatch(/SMIC|% du SMIC|âge/);
    expect(text).not.toMatch(/5 000 €/);
  });

  it('with the age told, the grid for that age', async () => {
    const { text } = await lastReplyOf(['Quelles aides pour une entreprise de 10 salariés qui embauche un apprenti de 17 ans ?', 'Combien dois-je le rémunérer ?']);
    expect(text).toMatch(/504,10 €/);
  });

  it.each([
    // The aid paid to the employer, not the pay: stays on the aid.
    ["on me la verse quand l'aide ?"],
    ['elle est versée comment ?'],
  ])('near miss: "%s" is not the pay', async (message) => {
    const { rule } = await lastReplyOf([AID_FIRST, message]);
    expect(rule).not.toBe('apprentice-pay-asked');
  });
});

/**
 * Round 28 (review 18, P3): "Qui dois-je contacter ?" right after an answer that names no organisation got "my last
 * answer does not cover this". The knowledge names who to turn to for that kind of answer: a rule kept (or not) at
 * work — the labour inspectorate's entry, which names the CFA and the mediator too; anything else — the free line.
 */
describe('whom to contact after an answer that names no one', () => {
  const HOURS = 'mon fils a 16 ans, son patron le fait bosser 10h par jour, c normal ?';
  it.each([
    [[HOURS, 'Qui dois-je contacter ?']],
    [[HOURS, 'vers qui me tourner']],
    [[HOURS, 'je contacte qui du coup']],
    [[HOURS, 'on doit s adresser a qui ?']],
    [[HOURS, 'Auprès de qui faut-il se renseigner ?']],
    [['Ma fille de 15 ans commence à 5 h du matin à la boulangerie, est-ce autorisé ?', 'Qui devons-nous prévenir ?']],
    [['jai 17 ans je finis a 23h au resto cest legal ?', 'qui faut il contacter']],
  ])('%j → the inspectorate (with CFA and mediator)', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/inspection du travail/i);
    expect(text).not.toMatch(/ne couvre pas/);
  });

  it.each([
    [["jusqu'à quel âge on peut être apprenti ?", 'je contacte qui du coup']],
    [["c'est quoi un CAP ?", 'Qui dois-je contacter ?']],
  ])('%j → where the answer comes from, and the free line (not the fallback)', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(text).toMatch(/0800 050 000/);
    expect(rule).not.toBe('fallback');
  });

  it('near miss: a "qui" question of its own is not whom to contact', async () => {
    const { rule } = await lastReplyOf([HOURS, "qui signe le contrat d'un mineur ?"]);
    expect(rule).not.toBe('who-to-contact-unnamed');
  });
});

/**
 * Round 28 (review 18, J9): a rent told ("je paye 400 € de loyer à Rouen") got "no aid of 400 € in my sources" or the
 * pay grid the amount read. A rent told asks what helps with it: the housing aid of the knowledge (Mobili-Jeune), its
 * card with its conditions. The wage weighed beside it, or a lodging at the CFA, keeps its own answer.
 */
describe('a rent told gets the housing aid', () => {
  it.each([
    [['je paie 350 balles de loyer a caen']],
    [["mon loyer c'est 400 €"]],
    [['jpaye 420e de loyer tout seul']],
    [['Je loue un studio à 380 € pour être près de mon entreprise.']],
    [['Notre fils paie un loyer de 390 € près de son employeur.']],
    [["j'ai 18 ans, quelles aides pour moi ?", 'et pour le loyer je paye 400€ a rouen jai demenagé pour le taf']],
    [['mon appart me coute 450 euros par mois, y a une aide ?']],
    [['Ma fille loue une chambre à 300 € à Évreux pour son apprentissage, peut-elle être aidée ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('rent-told');
    expect(text).toMatch(/Mobili-Jeune/);
    expect(text).not.toMatch(/pas connaissance d'une aide/);
  });

  it.each([
    // The wage weighed with the rent: the pay's rules (prime d'activité), not only the housing aid.
    [['je gagne 900 € net et mon loyer est de 400 €, jai droit a la prime d activite ?']],
    // A lodging at the CFA is the OPCO's part.
    [["l'internat du CFA me coute 150 € par mois, une aide ?"]],
    // No rent told.
    [['quelles aides pour un apprenti de 19 ans ?']],
  ])('near miss: %j keeps its answer', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('rent-told');
  });
});

/**
 * Round 28 (review 18, J5): "la mission locale elle est où" got the definition, then the interests quiz. Where a named
 * local service is, asked the spoken way ("où" anywhere, "c'est où", "où je m'inscris"), gets the office answer: we
 * hold no addresses, how to find the nearest (the free line, the network's finder). What the service is stays its
 * definition.
 */
describe('where a named service is, asked the spoken way', () => {
  it.each([
    [['je suis à Lisieux et je trouve pas de patron', 'la mission locale elle est ou']],
    [["c'est où la mission locale ?"]],
    [['elle se trouve où la mission locale de Bayeux']],
    [["où je m'inscris à France Travail ?"]],
    [['on la trouve ou la mission locale']],
    [['pole emploi c ou a vire']],
    [['Où mon fils peut-il trouver une Mission Locale ?']],
    [['ou je dois aller pour la mission locale']],
    [['le CIO il est où ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('office-near');
    expect(text).toMatch(/0800 050 000/);
  });

  it.each([
    [["c'est quoi une mission locale ?"]],
    [['mission locale ou france travail, lequel est le mieux pour moi ?']],
    [["la mission locale peut m'aider à trouver un patron ?"]],
  ])('near miss: %j is not where', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('office-near');
  });
});

/**
 * Round 28 (review 18, J3): one's own contract's end asked ("et mon contrat il se termine quand alors") got a
 * researcher's card. The contract's length answers it; right after a failed exam, what to do before that end.
 */
describe("one's own contract's end asked", () => {
  it.each([
    [['il finit quand mon contrat']],
    [["jusqu'à quand je suis sous contrat ?"]],
    [["mon contrat d'apprentissage se termine quand"]],
    [['Quand se termine le contrat de mon fils ?']],
    [['c koi la date de fin de mon contrat dapprentissage']],
    [['Mon contrat d’apprentissage prend fin à quelle date ?']],
    [['jsuis apprentie en bts, mon contrat il s arrete quand ?']],
    [['A quelle date prendra fin le contrat de notre apprenti ?']],
  ])('%j → the contract length', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('contract-end-asked');
    expect(text).toMatch(/6 mois à 3 ans/);
  });

  it('right after a failed exam: what to do before that end', async () => {
    const { text } = await lastReplyOf(["j'ai raté mon CAP, je fais quoi ?", 'et mon contrat il finit quand du coup']);
    expect(text).toMatch(/prolong/);
  });

  it.each([
    [['quand finit la période d’essai ?']],
    [["c'est quand la fin de l'année scolaire ?"]],
    [["j'ai eu mon diplôme, mon contrat se termine quand ?"]],
  ])('near miss: %j keeps its own answer', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('contract-end-asked');
  });
});

/**
 * Round 28 (review 18, P6): "Peut-il rompre son contrat seul ?" from a parent got the employer's rupture. When the one
 * who breaks is the contract's own holder (je … mon, il/elle … son), the apprentice's rupture answers.
 */
describe('the apprentice breaking their own contract', () => {
  it.each([
    [['Mon fils est mineur, dois-je signer son contrat ?', "Il a 16 ans. Peut-il rompre son contrat seul s'il n'est pas bien ?"]],
    [['Peut-elle rompre son contrat toute seule ?']],
    [['je peux rompre mon contrat moi meme ?']],
    [['jpeux casser mon contrat si sa va pas']],
    [['Mon fils peut-il rompre son contrat d’apprentissage ?']],
    [['est ce que ma fille peut rompre son apprentissage sans l accord du patron']],
    [["Puis-je rompre mon contrat d'apprentissage ?"]],
    [['il veut rompre son contrat, il a le droit ?']],
  ])('%j → the apprentice’s rupture', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/Rompre un contrat d'apprentissage|médiateur/);
    expect(text).not.toMatch(/La rupture du contrat par l'employeur/);
  });

  it.each([
    [["je suis patron, je peux rompre le contrat de mon apprenti ?"]],
    [['mon employeur peut rompre mon contrat ?']],
  ])('near miss: %j keeps the employer’s rupture', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/employeur/);
  });
});
