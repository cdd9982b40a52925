import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';
import { contractEndingTold, quitTold } from '../../src/nlu/entities/contract-ending-told.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Round 29 (r29-addfact, review 19 "What to fix" 3 and 4): a follow-up that adds a fact gets an answer that reacts
 * to it, and a situation told earlier in the conversation (a rupture, a resignation, a disability) selects the answer.
 * Phrasings written for this round (tu and vous, SMS spelling), over several topics, with near misses that keep their
 * answer.
 */

const PAY_16_VOUS = 'Mon fils a 16 ans, combien sera-t-il payé en apprentissage ?';

describe('a coming birthday in the same band of the pay grid: nothing changes, said first', () => {
  it.each([
    [PAY_16_VOUS, 'Il fêtera ses 17 ans en mars, cela change-t-il quelque chose ?', /n'augmentera qu'à 18 ans/],
    ['jai 16 ans combien je serai payé en apprentissage', 'et jaurai 17 ans en fevrier ça change quoi ?', /n'augmentera qu'à tes 18 ans/],
    ["j'ai 19 ans, je toucherai combien en apprentissage ?", "j'aurai 20 ans en juin, ça change ?", /n'augmentera qu'à tes 21 ans/],
    ['Ma fille a 22 ans, quel est le salaire minimum en apprentissage ?', 'Elle aura 23 ans le mois prochain, son salaire augmentera-t-il ?', /n'augmentera qu'à 26 ans/],
    ['g 18 ans cb je touche en apprentissage', 'jaurai 19 en avril ca change qqch', /n'augmentera qu'à tes 21 ans/],
    ['Nous embauchons un apprenti de 16 ans en CAP, quel salaire minimum ?', 'Il aura 17 ans dans deux mois, faut-il revoir son salaire ?', /n'augmentera qu'à 18 ans/],
    ["j'ai 21 ans, combien je gagnerai en bts en apprentissage ?", "j'aurai 22 ans en novembre, ça change quelque chose pour ma paie ?", /n'augmentera qu'à tes 26 ans/],
    ['Combien gagne un apprenti de 27 ans ?', 'Et quand il aura 28 ans en septembre ?', /même tranche d'âge \(26 ans et plus\)/],
  ])('"%s" then "%s"', async (first, then, next) => {
    const { text } = await lastReplyOf([first, then]);
    expect(text).toMatch(/^(?:Ça|Cela) ne change rien/);
    expect(text).toMatch(/même tranche d'âge/);
    expect(text).toMatch(next);
  });

  it('a birthday into the next band keeps the raise (near miss)', async () => {
    const { text } = await lastReplyOf(['Mon fils a 17 ans, combien sera-t-il payé en apprentissage ?', 'Il aura 18 ans en mars, cela change-t-il quelque chose ?']);
    expect(text).not.toMatch(/ne change rien/);
    expect(text).toMatch(/802,82 €/);
  });

  it('another age asked, not a birthday, is the grid of that age (near miss)', async () => {
    const { text } = await lastReplyOf(["j'ai 18 ans, combien je toucherai en apprentissage ?", 'et à 19 ans ?']);
    expect(text).not.toMatch(/ne change rien/);
    expect(text).toMatch(/^À 19 ans/);
  });
});

const AID_CARD = 'Je suis boulanger avec 5 salariés, quelle aide si je prends un apprenti en CAP ?';

describe('a next contract told after the hiring aid: the aid again, led by what that contract changes', () => {
  it.each([
    ["Et s'il enchaîne ensuite sur un BP chez moi ?"],
    ["si on le garde après pour un BP, on retouche l'aide ?"],
    ["et s'il continue en bac pro l'année d'après ?"],
    ['on signe un deuxième contrat pour un BTS ensuite, ça marche ?'],
    ["et si je le reprends pour un bp apres son cap jai encore l'aide ?"],
    ["Il refait un contrat avec nous pour une mention complémentaire, l'aide est de nouveau versée ?"],
    ["apres le cap il part en bp en alternance chez moi, l'aide c'est reparti ?"],
    ['Et pour un second contrat avec le même apprenti ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([AID_CARD, message]);
    expect(rule).toBe('aid-new-contract');
    expect(text).toMatch(/^Oui : un nouveau contrat pour un autre diplôme ouvre de nouveau droit à l'aide/);
    expect(text).toMatch(/signé entre le 8 mars 2026 et le 31 décembre 2026/);
  });

  it('"et pour un BTS ?" keeps the aid for that level (near miss)', async () => {
    const { text } = await lastReplyOf([AID_CARD, 'et pour un BTS ?']);
    expect(text).not.toMatch(/nouveau contrat pour un autre diplôme/);
    expect(text).toMatch(/4 500 €/);
  });

  it('"comment on la demande ?" keeps the procedure (near miss)', async () => {
    const { text } = await lastReplyOf([AID_CARD, 'comment on la demande ?']);
    expect(text).not.toMatch(/nouveau contrat pour un autre diplôme/);
    expect(text).toMatch(/OPCO/);
  });
});

describe('a previous apprenticeship told: the aid is not lost, then the pay of a new contract', () => {
  it.each([
    [[AID_CARD, 'il a deja fait un cap en apprentissage chez un autre patron ça change quelque chose ?']],
    [[AID_CARD, "C'est un ancien apprenti, il a fait son CAP ailleurs, on a quand même l'aide ?"]],
    [[AID_CARD, "il sort d'un contrat d'apprentissage chez un autre boulanger, ça pose problème pour l'aide ?"]],
    [[AID_CARD, 'elle a déjà été apprentie chez un concurrent, ça change quoi ?']],
    [[AID_CARD, 'il avait déjà signé un contrat d’apprentissage avec son précédent employeur']],
    [["jai deja fait un cap en alternance, mon nouveau patron aura l'aide a l'embauche ?"]],
    [[AID_CARD, "il a déjà eu un contrat d'apprentissage l'an dernier chez un autre artisan, on peut toucher l'aide ?"]],
    [[AID_CARD, 'son premier contrat était chez un autre patron, ça change quoi pour nous ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aid-new-contract');
    expect(text).toMatch(/^Pour l'aide, (?:ça|cela) ne change rien/);
    expect(text).toMatch(/même apprenti et la même certification/);
    expect(text).toMatch(/dernière année du précédent/);
  });
});

const PRO_AID = "Je souhaite embaucher en contrat de professionnalisation un demandeur d'emploi de 48 ans. Y a-t-il une aide ?";

describe('an aid asked for a contract it leaves out: "Non", then the aids of that contract', () => {
  it.each([
    [[PRO_AID, "L'aide de 2026 pour les apprentis s'applique-t-elle aussi à ce contrat de professionnalisation ?"]],
    [[PRO_AID, "et l'aide à l'embauche des apprentis, elle marche pour ce contrat pro ?"]],
    [[AID_CARD, 'et ça vaut aussi pour un contrat pro ?']],
    [[AID_CARD, "l'aide à l'embauche marche en contrat de professionnalisation ?"]],
    [[AID_CARD, 'cette aide s applique aussi aux contrats pro ?']],
    [[AID_CARD, 'on peut la toucher pour un contrat de professionnalisation ?']],
    [["laide de 2026 pour un apprenti ca marche pour un contrat pro ?"]],
    [[AID_CARD, "Et si nous prenons plutôt quelqu'un en contrat de professionnalisation, cette aide est-elle valable ?"]],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aid-other-contract-asked');
    expect(text).toMatch(/^Non : l'aide « Aide à l'embauche d'un apprenti[^»]*» ne vaut que pour un contrat d'apprentissage/);
    expect(text).toMatch(/contrat de professionnalisation/);
  });

  it('the apprentice aid asked for an apprentice keeps the aid (near miss)', async () => {
    const { text } = await lastReplyOf([AID_CARD, 'et pour un apprenti en BTS, ça vaut aussi ?']);
    expect(text).not.toMatch(/^Non :/);
    expect(text).toMatch(/4 500 €/);
  });
});

describe('a leave of one own will told: the unemployment answer says first that a resignation opens no right', () => {
  it.each([
    ['je veux arreter mon apprentissage jen peux plus', 'et jaurai droit au chomage apres ?'],
    ['Je compte quitter mon patron le mois prochain.', 'Est-ce que je toucherai le chômage ?'],
    ["ma fille veut lâcher son contrat d'apprentissage", 'aura-t-elle droit au chômage ?'],
    ['jvais démissionner de mon alternance', 'jaurai le chomage ?'],
    ["j'en peux plus je veux partir de ma boite", 'je touche le chomage si je pars ?'],
    ['Notre fils souhaite abandonner son apprentissage.', "Pourra-t-il percevoir l'allocation chômage ?"],
    ['je vais arrêter mon contrat, mon patron est relou', 'et pour le chômage ?'],
    ["j'ai décidé de quitter mon entreprise", 'on me paiera le chomage ?'],
  ])('"%s" then "%s"', async (story, question) => {
    const { text } = await lastReplyOf([story, question]);
    expect(text).toMatch(/Après une démission, (?:en principe, tu n'as pas droit|l'apprenti n'a en principe pas droit)/);
  });

  it.each([
    ['mon patron veut arrêter mon contrat', 'jaurai droit au chomage ?'],
    ['mon contrat se termine en juin', "j'aurai droit au chômage ?"],
  ])('the employer ending it, or its term, keeps the general answer: "%s"', async (story, question) => {
    const { text } = await lastReplyOf([story, question]);
    expect(text).not.toMatch(/Après une démission/);
    expect(text).toMatch(/chômage|ARE/);
  });
});

describe('staying at the CFA once the contract is broken or left: 6 months, not the 3 of a start without employer', () => {
  it.each([
    [['je veux arreter mon apprentissage jen peux plus', 'ça fait 3 mois que jai commencé', 'je peux rester au cfa le temps de trouver un autre patron ?']],
    [["mon patron m'a viré", 'je peux rester au cfa le temps de trouver un autre patron ?']],
    [["Le contrat de notre fils a été rompu par l'entreprise.", 'Peut-il continuer au CFA en attendant un nouvel employeur ?']],
    [["je me suis fait licencier de mon apprentissage", 'je garde ma place au cfa ?']],
    [["jai démissionné de mon apprentissage", 'je peux continuer les cours sans patron ?']],
    [['ma fille a perdu son employeur', 'combien de temps peut-elle rester au CFA ?']],
    [['rupture de mon contrat hier', 'jpeux aller au cfa en attendant de trouver une boite ?']],
    [['je vais quitter mon patron', 'le cfa me garde le temps de retrouver une entreprise ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/6 mois/);
    expect(text).not.toMatch(/3 mois au plus/);
  });

  it('enrolled and no employer yet keeps the 3 months (near miss)', async () => {
    const { text } = await lastReplyOf(['je suis inscrit au cfa mais pas encore de patron, je peux commencer ?']);
    expect(text).toMatch(/3 mois/);
  });
});

describe("the employer's aid asked once a disability is told: the State's 6 000 € first, then the Agefiph", () => {
  it.each([
    [['Mon fils a 27 ans et une RQTH. Peut-il encore faire un apprentissage ?', 'Existe-t-il un accompagnement particulier au CFA ?', "Et l'employeur touche-t-il une aide spécifique ?"]],
    [['mon apprenti a une RQTH', 'quelles aides pour moi en tant que patron ?']],
    [['Notre futur apprenti est reconnu travailleur handicapé.', "Avons-nous droit à une aide en tant qu'employeur ?"]],
    [['mon fils est en situation de handicap, il veut faire un CAP', 'son patron aura une aide ?']],
    [['jsuis handicapé jai une rqth', 'mon patron il touche quoi comme aide ?']],
    [['Nous embauchons une apprentie handicapée.', "Quelle aide l'employeur peut-il recevoir ?"]],
    [['elle a une RQTH et veut être apprentie', "c'est quoi l'aide pour l'entreprise ?"]],
    [["j'ai une reconnaissance de handicap", "l'employeur a une aide spécifique ?"]],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/6 000 €/);
    const state = text.indexOf('6 000 €');
    const agefiph = text.indexOf('Agefiph');
    expect(agefiph === -1 || state < agefiph).toBe(true);
  });
});

describe('a definition asked with fillers after chit-chat is the definition', () => {
  it.each([
    [['lol t nul', "bon en vrai c'est quoi l'apprentissage ?"], /C'est quoi l'apprentissage/],
    [["du coup c'est quoi un CFA ?"], /CFA/],
    [["euh au fait c'est quoi l'OPCO ?"], /OPCO/],
    [["bah genre c'est quoi l'alternance"], /alternance/],
    [["Bon, en vrai, qu'est-ce que l'apprentissage ?"], /C'est quoi l'apprentissage/],
    [["ok du coup l'apprentissage c'est quoi exactement"], /C'est quoi l'apprentissage/],
    [["enfin bref c'est quoi un maître d'apprentissage ?"], /maître d'apprentissage/],
    [['hey dis moi c est quoi un cfa'], /CFA/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toMatch(/term-defined|term-entry-over-help/);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/La bonne alternance est le service public/);
  });
});

describe('the reference code asked again is said again, and the callback form resumes', () => {
  it.each([
    ["c'est quoi mon code de référence déjà ?"],
    ['tu peux me redonner ma ref ?'],
    ["j'ai perdu le code de référence"],
    ['c koi le numero de reference'],
    ['quel est mon code ?'],
    ['redis moi le code stp'],
    ["j'ai oublié ma référence"],
    ['Pouvez-vous me redonner la référence de la conversation ?'],
  ])('"%s" during the form', async (message) => {
    const { text } = await lastReplyOf(['je veux être rappelé', message]);
    expect(text).toMatch(/(?:Ta référence, c'est|Votre référence est) [A-Z0-9]{3} [A-Z0-9]{3}/);
    expect(text).toMatch(/prénom/);
  });

  it('outside the form, the code with the line', async () => {
    const { text } = await lastReplyOf(["c'est quoi mon code de référence ?"]);
    expect(text).toMatch(/référence [A-Z0-9]{3} [A-Z0-9]{3}/);
    expect(text).toMatch(/0800 050 000/);
  });

  it('"ça sert à quoi mon numéro ?" in the form keeps its answer (near miss)', async () => {
    const { text } = await lastReplyOf(['je veux être rappelé', 'Camille', 'ça sert à quoi mon numéro ?']);
    expect(text).not.toMatch(/Ta référence, c'est/);
  });

  it('a postcode is no reference code (near miss)', async () => {
    const { rule } = await lastReplyOf(["c'est quoi le code postal de Caen ?"]);
    expect(rule).not.toBe('reference-code-asked');
  });

  it.each(['quel est le code du portail du CFA ?', "c'est quoi le code de la wifi au cfa ?"])('the code of a thing is no reference code (near miss, integration): %s', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('reference-code-asked');
  });
});

describe('the contract ending told, read from the words (src/nlu/entities/contract-ending-told.ts)', () => {
  const read = (text: string): { quit: boolean; ended: boolean } => ({ quit: quitTold(normalize(text)), ended: contractEndingTold(normalize(text)) });

  it.each(['je veux arrêter mon apprentissage', 'jvais quitter mon patron', "ma fille veut lâcher son contrat", 'je pars de ma boite', 'il veut abandonner son alternance'])('a leave of one own will: "%s"', (text) => {
    expect(read(text)).toEqual({ quit: true, ended: true });
  });

  it.each(["mon patron m'a viré", 'le contrat de notre fils a été rompu', 'rupture de mon contrat hier', "j'ai perdu mon employeur", 'je me suis fait licencier'])('ended by the employer or a rupture: "%s"', (text) => {
    expect(read(text)).toEqual({ quit: false, ended: true });
  });

  it.each(['mon patron veut arrêter mon contrat', 'mon contrat se termine en juin', "je veux arrêter de fumer", 'je cherche un patron'])('near miss: "%s" is no leave of one own will', (text) => {
    expect(read(text).quit).toBe(false);
  });
});
