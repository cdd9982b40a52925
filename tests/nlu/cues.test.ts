import { describe, expect, it } from 'vitest';
import { readCues } from '../../src/nlu/cues.js';
import { questionBeforeStory, withoutIntroduction } from '../../src/nlu/mask.js';
import { normalize } from '../../src/text/normalize.js';

describe('cue: the message points back at what was just said', () => {
  it.each(['comment on la demande ?', "je l'obtiens où ?", 'on y a droit nous ?', 'et pour mon cousin ?', 'conditions ?', 'les démarches ?', 'il faut la remplir quand', 'comment je trouve la mienne', 'et celle de son secteur ?', 'ou est la sienne'])(
    '"%s" refers back',
    (text) => expect(readCues(normalize(text)).refersBack).toBe(true),
  );
  it.each(['combien gagne un apprenti ?', 'je veux être boulanger', "c'est quoi la période d'essai", 'merci beaucoup'])('"%s" does not', (text) =>
    expect(readCues(normalize(text)).refersBack).toBe(false),
  );
});

describe('cue: the message only closes the talk', () => {
  it.each([
    ['ok merci ciao', 'thanks_goodbye'],
    ['merci c bon bonne soirée', 'thanks_goodbye'],
    ['mrc bcp a+', 'thanks_goodbye'],
    ['super, merci pour les infos', 'thanks'],
    ['parfait merci à vous', 'thanks'],
    ['bonne journée', 'goodbye'],
    ['allez bye', 'goodbye'],
    ['salut', undefined],
    ['merci, et pour 19 ans ?', undefined],
    ['merci, je peux avoir une aide ?', undefined],
    ["j'ai de la fièvre, je peux pas venir demain", undefined],
  ])('"%s" → %s', (text, closing) => expect(readCues(normalize(text)).closing).toBe(closing));
});

describe('the FAQ reads the question without the greeting and the introduction', () => {
  it.each([
    ['Bonjour, je suis conseillère Mission Locale, un jeune de 17 ans signe seul ?', 'un jeune de 17 ans signe seul'],
    ['Bonjour. Je suis maman. Mon fils peut-il travailler la nuit ?', 'mon fils peut il travailler la nuit'],
    ['je suis malade, je fais comment ?', 'je suis malade je fais comment'],
    ['je suis conseillère mission locale', 'je suis conseillere mission locale'],
  ])('"%s" → "%s"', (raw, forFaq) => expect(withoutIntroduction(raw)).toBe(forFaq));
});

describe('the FAQ reading, given the message already normalised (understand() normalises it once)', () => {
  it.each([
    'Bonjour, je suis conseillère Mission Locale, un jeune de 17 ans signe seul ?',
    'bjr je suis patron dune boulangerie',
    'Je suis éducatrice.',
    'salut !!!   ,, ',
    'je suis maman\nelle a 16 ans, elle peut signer ?',
    'vous prenez les apprentis en juillet ?',
    ' , . ',
    '',
  ])('"%s" reads the same', (raw) => expect(withoutIntroduction(raw, normalize(raw))).toBe(withoutIntroduction(raw)));
});

describe('cues: own pay and a place detail we do not hold', () => {
  it.each([
    ['ma fiche de paie est de 600 €', true],
    ['on me paie 700 euros', true],
    ['je touche 540 € par mois', true],
    ["l'État donne 3000 € aux employeurs", false],
    ['mon patron me donne 900 € net, normal ?', true],
    ['son patron lui verse 600 euros, il a 17 ans', true],
    ['elle touche 700 € par mois c normal', true],
    ['ma patronne me file 650e', true],
    ['il est payé 480 € brut', true],
    ['vous touchez 1200 par mois ?', true],
    ['la région me verse 500 € pour le permis', false],
    ['la CAF me donne 200 € par mois', false],
    ["j'ai entendu qu'on touche 6000 € d'aide", false],
    ['il y a une aide de 500 € ?', false],
  ])('"%s" speaks of own pay: %s', (text, own) => expect(readCues(normalize(text)).ownPay).toBe(own));
  // A pay with its figure beside an aid's name is still a pay: what the aid's pay threshold is weighed against.
  it.each([
    ["avec un salaire de 1 200 € net, la prime d'activité c'est possible ?", true],
    ['il gagne 1300 € net, on garde les allocs ?', true],
    ['jtouche 1000e', true],
    ['je touche 1000e, g droit a la prime ?', true],
    ["la prime d'activité c'est 200 € par mois ?", false],
    ["j'ai entendu qu'on touche 6000 € d'aide", false],
    ['la CAF me donne 200 € par mois', false],
  ])('"%s" tells a pay figure: %s', (text, pay) => expect(readCues(normalize(text)).payFigure).toBe(pay));
  it.each([
    ['portes ouvertes du cfa ?', true],
    ['le numéro du lycée de Vire', true],
    ["l'adresse mail de l'école", true],
    ['le numéro vert', false],
    ['ton numéro de téléphone', false],
  ])('"%s" asks a place detail: %s', (text, asks) => expect(readCues(normalize(text)).placeDetail).toBe(asks));
});

describe('cue: a changed condition of the same question', () => {
  it.each([
    ['et si ça faisait que 3 semaines ?', true],
    ["et s'il a 18 ans ?", true],
    ['et les jours fériés ?', false],
    ['si je suis malade ?', true],
  ])('"%s" → %s', (text, hypothetical) => expect(readCues(normalize(text)).hypothetical).toBe(hypothetical));
});

describe('cue: asks for nearer places, or where', () => {
  it.each(['ya rien plus près ?', 'lequel est le plus proche', "c'est loin de Vire ?", 'y en a pas un moins loin', 'c trop loin', "c'est à combien de km de chez moi ?", 'cmb de kilomètres ?', "c'est à quelle distance ?"])('"%s" asks for nearer', (text) =>
    expect(readCues(normalize(text)).nearer).toBe(true),
  );
  it.each(['je veux être boulanger', 'il travaille plus le samedi', "c'est quoi un BTS", 'je gagne combien ?'])('"%s" does not', (text) => expect(readCues(normalize(text)).nearer).toBe(false));
  it('"combien de km" asks no amount', () => expect(readCues(normalize("c'est à combien de km ?")).asksAmount).toBe(false));
  it.each(['qui paye ?', 'qui paie la formation au cfa', "c'est qui qui rembourse ?"])('"%s" asks who pays', (text) => expect(readCues(normalize(text)).whoPays).toBe(true));
  it.each(['je suis payé combien ?', 'qui paie mon salaire au cfa ?'])('"%s" does not', (text) => expect(readCues(normalize(text)).whoPays).toBe(false));
  // Round 16: a payer that is not the employer pays something (an aid or a cost covered), never the wage.
  it.each(["l'opco paye combien pour l'internat", 'la région rembourse le permis ?', 'est ce que la caf verse quelque chose', 'c pris en charge par l opco les repas ?'])(
    '"%s": a funder pays',
    (text) => expect(readCues(normalize(text)).funderPays).toBe(true),
  );
  it.each(['mon patron paye combien ?', "je suis payé combien pendant l'internat ?", 'la région normandie c est où le cfa'])('"%s": no funder pays', (text) =>
    expect(readCues(normalize(text)).funderPays).toBe(false),
  );
  it.each(['et pour lui ça serait où ?', "c'est où ?", 'où ça ?', 'et pour elle ce serait où'])('"%s" asks where', (text) =>
    expect(readCues(normalize(text)).asksWhere).toBe(true),
  );
  it.each(['cap ou bac pro ?', 'je sais pas où aller'])('"%s" does not', (text) => expect(readCues(normalize(text)).asksWhere).toBe(false));
});

describe('cue: speaks of a company or an offer', () => {
  it.each(['je cherche une entreprise en boulangerie', 'des offres de plombier vers caen', 'un patron coiffeur à Vire'])('"%s" does', (text) =>
    expect(readCues(normalize(text)).employerWord).toBe(true),
  );
  it.each(['je cherche boulanger du côté de Vire', 'soudeur à Cherbourg'])('"%s" does not', (text) => expect(readCues(normalize(text)).employerWord).toBe(false));
});

describe('cue: asks how much, not the pay', () => {
  it.each(["c'est combien par mois ?", 'ça fait combien ?', 'et le montant ?', 'cmb en tout'])('"%s" does', (text) =>
    expect(readCues(normalize(text)).asksAmount).toBe(true),
  );
  it.each(['combien je gagne ?', 'le salaire c combien', 'ça dure combien de temps', 'combien de mois de préavis'])('"%s" does not', (text) =>
    expect(readCues(normalize(text)).asksAmount).toBe(false),
  );
});

describe('cue: asks how or where to claim something', () => {
  it.each(['comment je fais la demande ?', 'je la demande où ?', 'on fait comment pour l avoir', 'ou faire les démarches'])('"%s" does', (text) =>
    expect(readCues(normalize(text)).asksHowToClaim).toBe(true),
  );
  it.each(["c'est combien ?", 'je demande à mon patron', 'comment devenir boulanger'])('"%s" does not', (text) =>
    expect(readCues(normalize(text)).asksHowToClaim).toBe(false),
  );
});

describe('cue: what to do if the step advised fails (whatNowIfRefused)', () => {
  it.each([['je fais quoi si mon patron veut pas corriger ?'], ["et s'il refuse, on fait comment ?"], ["Que faire si l'employeur ne veut rien changer ?"], ['si ça change rien je fais quoi']])('"%s"', (text) => {
    expect(readCues(normalize(text)).whatNowIfRefused).toBe(true);
  });
  it.each([['je fais quoi alors ?'], ['je fais quoi si je rate mon examen ?'], ['que faire si mon patron veut me garder ?'], ['il refuse de me payer']])('not "%s"', (text) => {
    expect(readCues(normalize(text)).whatNowIfRefused).toBe(false);
  });
});

describe('cue: the whole message asks what to do now (whatNow)', () => {
  it.each([['je fais quoi alors ?'], ['et du coup je fais quoi ?'], ['on fait comment maintenant'], ['Que devons-nous faire ?'], ["qu'est-ce que je peux faire ?"], ['je fais comment mtn']])('"%s"', (text) => {
    expect(readCues(normalize(text)).whatNow).toBe(true);
  });
  it.each([['je fais quoi pour trouver un patron ?'], ['comment je fais ma demande de rqth'], ['que faire après un cap ?'], ['je fais de la cuisine']])('not "%s"', (text) => {
    expect(readCues(normalize(text)).whatNow).toBe(false);
  });
});

describe('round 20: a whole question, then the situation told: the FAQ reads the question', () => {
  it.each([
    ['Qui paie la formation au CFA ? Ma fille a commencé en septembre chez un garagiste.', 'Qui paie la formation au CFA ?'],
    ["c koi la periode d'essai pour un apprenti ? mon gars a commencé chez un couvreur", "c koi la periode d'essai pour un apprenti ?"],
  ])('"%s" → "%s"', (raw, question) => expect(questionBeforeStory(raw)).toBe(question));

  it.each([
    // The story has an age: the entries answer by it.
    ['Peut-il déjà signer un contrat ? Mon fils a 15 ans et sort de 3e.'],
    // The writers speaking of themselves decide the entry (a public employer, a first apprentice).
    ["Peut-on l'embaucher en apprentissage ? Nous sommes une mairie."],
    ["comment on fait pour prendre un apprenti, concrètement ? on n'en a jamais eu"],
    // Context before the question: the question leans on it.
    ['Ma fille a commencé en septembre chez un garagiste. Elle peut rompre son contrat ?'],
    // A second question, or a question too short to stand alone.
    ['Qui paie la formation au CFA ? Et qui paie la cantine ?'],
    ["C'est possible ? Ma fille est chez un garagiste."],
    ['Qui paie la formation au CFA ?'],
  ])('"%s" stays whole', (raw) => expect(questionBeforeStory(raw)).toBeUndefined());
});

describe('round 20: a diploma held and what now asks the next step', () => {
  it.each([
    ["j'ai eu mon bac pro vente, je fais quoi maintenant"],
    ["que peut-il faire maintenant"],
    ["qu'est-ce que je peux faire maintenant ?"],
  ])('"%s"', (text) => expect(readCues(normalize(text)).asksNextStep).toBe(true));

  it('"je fais quoi pour les aides" is not the next step', () => expect(readCues(normalize('je fais quoi pour les aides')).asksNextStep).toBe(false));
});

describe('round 20: how one gets to a trade is which diplomas', () => {
  it.each([['boulanger on y arrive comment'], ['fleuriste, comment y arrive-t-on ?']])('"%s"', (text) => expect(readCues(normalize(text)).whichDiploma).toBe(true));
  it('the way to an employer is not', () => expect(readCues(normalize("j'arrive pas à trouver un patron, comment on y arrive ?")).whichDiploma).toBe(false));
});
