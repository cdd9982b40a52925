import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 29 (r29-notcovered): no "not covered" and no fallback when the knowledge answers, and an honest "not known"
 * when it does not. Own phrasings over several subjects, tu and vous, SMS spelling; near misses keep their answer.
 */
const NOT_COVERED = /Mes sources ne couvrent pas ce point précis/;
const NOT_UNDERSTOOD = /Je n'ai pas bien compris/;

describe('a message sent here by mistake gets "no trouble" and the menu, not the fallback', () => {
  it.each([
    ['dsl je me suis trompé de conversation', /Pas de souci/],
    ['oups mauvaise fenêtre', /Pas de souci/],
    ["désolé, c'était pas pour toi", /Pas de souci/],
    ['pardon message envoyé par erreur', /Pas de souci/],
    ['c t pa pour toi dsl', /Pas de souci/],
    ['Excusez-moi, ce message ne vous était pas destiné', /Aucun souci/],
    ['jme suis gouré de discussion lol', /Pas de souci/],
    ['autant pour moi, mauvais onglet', /Pas de souci/],
    ['oups pas la bonne conv', /Pas de souci/],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('sent-by-mistake');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(NOT_UNDERSTOOD);
    expect(text).toMatch(/\[Salaire\]/);
  });

  it.each([
    ["oups mauvaise fenêtre, au fait c'est combien le salaire d'un apprenti ?", /SMIC/],
    ['je me suis trompé de formation, je peux changer ?', /employeur/],
    ['dsl pour les fautes', /fautes/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('sent-by-mistake');
    expect(text).toMatch(expected);
  });
});

describe('a field asked or wished in apprenticeship gets its trades and their diplomas, not "not covered"', () => {
  it.each([
    ["vendeur en magasin, on peut l'apprendre en alternance ?", /vente, commerce/],
    ['vendeuse ça existe en apprentissage ?', /vente, commerce/],
    ['la vente ça se fait en apprentissage ?', /vente, commerce/],
    ["est-ce que l'informatique ça existe en apprentissage", /informatique, numérique/],
    ['la logistique c possible en alternance ?', /Magasinier/],
    ['Bonjour, est-il possible de se former à la restauration en apprentissage ?', /Cuisinier/],
    ['le bâtiment on peut le faire en alternance ?', /Maçon/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/mènent en apprentissage/);
    expect(text).toMatch(expected);
  });

  it.each([
    ["j'habite dans le 50 à Saint-Lô et je veux faire de la mécanique en alternance", /Saint-Lô/, /Mécanicien/],
    ['je suis dans le 27 vers Evreux et jveux faire du batiment en apprentissage', /Évreux/, /Maçon/],
    ['Bonjour, mon fils habite près de Dieppe (76), il voudrait faire de la vente en alternance', /Dieppe/, /Vendeur/],
    ['vers lisieux dans le 14, je cherche à faire de la logistique en alternance', /Lisieux/, /Magasinier/],
  ])('with a town "%s": each trade with its nearest place', async (message, town, trade) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toMatch(/^field-apprenticeship-(?:near-town|sought)$/);
    expect(text).toMatch(town);
    expect(text).toMatch(trade);
    expect(text).toMatch(/km/);
    expect(text).not.toMatch(/Quelle formation cherches-tu/);
  });

  it.each([
    ['je peux venir avec mon chien au CFA ?', NOT_COVERED],
    ['la vente en alternance ça dure combien ?', /6 mois à 3 ans/],
    ['fleuriste ça se fait en alternance ?', /CAP fleuriste/],
    ['Bonjour, le métier de caissière peut-il se préparer en apprentissage ?', /Hôtesse de caisse/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
  });
});

describe('the contract ended early, said in words, is the période d\'essai (45 days in the company)', () => {
  it.each([
    ["Bonjour, nous venons d'embaucher un apprenti, pouvons-nous mettre fin au contrat si cela ne convient pas au début ?", /l'employeur comme l'apprenti peut rompre/],
    ['je suis employeur, si ça se passe mal les premières semaines je peux arrêter le contrat ?', /45 premiers jours/],
    ['on vient de prendre une apprentie, si ça colle pas on peut y mettre fin ?', /45 premiers jours/],
    ["En tant que patron, puis-je me séparer de mon apprenti dès le départ s'il ne fait pas l'affaire ?", /l'employeur comme l'apprenti peut rompre/],
    ['notre apprenti tout juste arrivé ne convient pas, pouvons-nous rompre le contrat ?', /l'employeur comme l'apprenti peut rompre/],
    ["jviens de commencer mon alternance et jkiff pas, je peux arrêter ?", /Pendant tes 45 premiers jours/],
    ['ma fille vient de débuter son apprentissage, elle veut déjà quitter, c\'est possible ?', /45 premiers jours/],
    ['le premier mois si ça va pas le patron peut me virer ?', /Pendant tes 45 premiers jours/],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('early-rupture-asked');
    expect(text).toMatch(/période d'essai/);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each([
    ["je veux arrêter au début de l'année prochaine, comment faire ?", 'told-event'],
    ['ça fait 6 mois, je veux arrêter mon apprentissage', 'rupture-time-told'],
  ])('near miss "%s" keeps its rule', async (message, rule) => {
    expect((await lastReplyOf([message])).rule).toBe(rule);
  });
});

describe('the body of the disability aids, asked by an employer or in general: Agefiph and FIPHFP, not the young person\'s card', () => {
  it.each([
    ['je suis employeur, quel organisme contacter pour les aides handicap pour mon apprenti ?'],
    ["quel organisme pour les aides liées au handicap d'un apprenti ?"],
    ["à qui s'adresser pour financer l'adaptation du poste d'un apprenti handicapé ?"],
    ['Nous sommes une mairie, qui contacter pour une aide pour notre apprentie en situation de handicap ?'],
    ['qui finance les aides pour un alternant avec une rqth ?'],
    ['patron ici, apprenti rqth, je dois contacter qui pour les aides ?'],
    ['quelles structures aident les entreprises qui recrutent un apprenti handicapé ?'],
    ["Auprès de quel organisme demander les aides pour l'embauche d'un apprenti avec une RQTH ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('disability-aid-body');
    expect(text).toMatch(/Agefiph/);
    expect(text).toMatch(/FIPHFP/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each([
    ["j'ai une rqth, quelles aides ?"],
    ['mon fils est handicapé, à qui s\'adresser pour ses aides en apprentissage ?'],
  ])('near miss "%s" keeps the card of one\'s own disability', async (message) => {
    expect((await lastReplyOf([message])).rule).toBe('own-disability-aids');
  });
});

describe('an aid asked by a name of real words that no aid bears and no entry writes is said unknown', () => {
  const UNKNOWN_AID = /Je ne connais pas d'aide qui s'appelle/;
  it.each([
    ["c'est quoi l'allocation rentrée apprenti ?", 'allocation rentrée apprenti'],
    ['le chèque formation apprenti ça existe ?', 'chèque formation apprenti'],
    ['comment toucher la prime mobilité jeune apprenti', 'prime mobilité jeune apprenti'],
    ["le bonus vacances apprenti c'est quand", 'bonus vacances apprenti'],
    ['Bonjour, pouvez-vous m\'en dire plus sur la prime de Noël des apprentis svp', 'prime de Noël des apprentis'],
    ["l'allocation logement apprenti c'est quoi", 'allocation logement apprenti'],
    ["jai entendu parler d'un pass transport alternant, c vrai ?", 'pass transport alternant'],
    ['la prime de fin d\'apprentissage ça existe ?', "prime de fin d'apprentissage"],
  ])('"%s"', async (message, name) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('invented-aid-name');
    expect(text).toMatch(UNKNOWN_AID);
    expect(text).toContain(`« ${name} »`);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/allocations familiales|Carte Jeunes/i);
  });

  it.each([
    ["c'est quoi la prime d'activité", /prime d'activité/],
    ['Les allocs familiales c fini si mon fils devient apprenti ?', /prestations familiales/],
    ["l'aide Mobili-Jeune c'est combien ?", /Action Logement/],
    ["l'aide au permis existe encore ?", /n'existe plus/],
    ['aide agefiph pour un apprenti', /Agefiph/],
    ["la prime à l'embauche d'un apprenti c'est combien ?", /Aide à l'embauche d'un apprenti/],
    ["l'allocation chômage après l'apprentissage ?", /chômage/],
    ["mon employeur ne me verse pas la prime d'ancienneté", /./],
    // A real grant our sources do not hold is not "no aid of that name" (guard-round20 keeps its honest reply).
    ['la bourse du lycée continue en apprentissage ?', /./],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('invented-aid-name');
    expect(text).toMatch(expected);
  });
});

describe('a refusal of the other side, and who settles it asked: the mediator of the company\'s chamber', () => {
  it.each([
    ["je bosse dans une ferme et mon patron veut pas me donner mes congés, qui peut m'aider ?"],
    ["mon maître d'apprentissage refuse de me laisser aller au CFA, vers qui me tourner ?"],
    ["apprenti en boulangerie, mon patron me paie pas mes congés, qui peut m'aider ?"],
    ['on est une exploitation agricole, notre apprenti refuse de venir le samedi, qui peut trancher ?'],
    ["ma patronne du salon veut plus me donner mes horaires du contrat, à qui m'adresser ?"],
    ["je suis apprenti chez un agriculteur, on a un litige, quelle chambre contacter ?"],
    ['on est éleveurs, souci avec notre apprenti, c\'est la chambre d\'agriculture qui gère ?'],
    ['apprentie dans un magasin de vêtements, problème avec ma patronne, la CCI peut faire quoi ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).toMatch(/chambre d'agriculture/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).not.toMatch(/liquidation/i);
  });

  it('near miss: unpaid overtime keeps its own entry', async () => {
    const { text } = await lastReplyOf(["mon patron ne me paie pas mes heures sup, qui peut m'aider ?"]);
    expect(text).toMatch(/heures supplémentaires/);
  });
});

describe('"quel organisme" asks which body: the entry that names it answers, not "not covered"', () => {
  it.each([
    ['quel organisme pour obtenir la RQTH ?', /MDPH/],
    ["quel organisme finance la formation de l'apprenti ?", /OPCO/],
    ['quelle structure pour demander la RQTH svp', /MDPH/],
    ["par quel organisme passe l'enregistrement du contrat d'apprentissage ?", /OPCO/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });

  it('near miss: a subject no entry writes stays not covered', async () => {
    const { text } = await lastReplyOf(['quel organisme gère les tickets resto des apprentis ?']);
    expect(text).toMatch(NOT_COVERED);
  });
});

describe('a question read as out of scope that one entry of ours reads with near certainty gets that entry', () => {
  it('"auprès de quel organisme faire la demande de RQTH ?": the MDPH', async () => {
    const { text, rule } = await lastReplyOf(['auprès de quel organisme faire la demande de RQTH ?']);
    expect(rule).toBe('entry-over-out-of-scope');
    expect(text).toMatch(/MDPH/);
  });

  it.each([
    ['tu connais un bon resto à Caen ?'],
    ['quel temps fera-t-il demain ?'],
    ["tu peux m'aider pour mes devoirs de maths ?"],
    ['qui a gagné le match hier ?'],
  ])('near miss "%s" stays out of scope', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('entry-over-out-of-scope');
    expect(text).toMatch(/apprentissage et l'orientation en Normandie/);
  });
});
