import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Aid questions are answered from what the conversation already knows: who is asking when the message says it, the
 * aid named by its everyday name, the disability the employer mentions, the aid shown last, the story told. Never the
 * "who are you?" question when the message answers it. Phrasings written by the team, none from an eval set.
 */
const YOUNG_LIST = /aides qui peuvent te concerner/i;
const EMPLOYER_LIST = /aides (?:pour l'employeur|à l'embauche) d'un apprenti/i;
const PERSONA_QUESTION = /dis-moi qui tu es|dites-moi qui vous êtes/i;

async function replyTo(...messages: string[]): Promise<string> {
  const c = await startConversation();
  let last = '';
  for (const m of messages) last = read(await c.send(m));
  return last;
}

describe('the persona is in the question', () => {
  it.each([
    ['c koi les aides pour moi qui suis apprenti ?'],
    ["en tant qu'apprentie jai droit a quoi comme aide"],
    ['Bonjour, je suis alternant en BTS, quelles aides existent pour moi ?'],
    ['moi apprenti, des aides ??'],
  ])('"%s": the young person\'s aids straight away', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(YOUNG_LIST);
    expect(r).not.toMatch(PERSONA_QUESTION);
  });

  it.each([
    ["En tant qu'employeur, quelles aides pour un apprenti ?"],
    ["j'ai un salon de coiffure et je pense prendre une apprentie, y a des sous à toucher ?"],
    ['je suis chef d entreprise, on a des aides si on prend un jeune en apprentissage ?'],
    ["nous avons une menuiserie et voulons accueillir un apprenti : quelles aides ?"],
  ])('"%s": the employer\'s aids straight away', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(EMPLOYER_LIST);
    expect(r).not.toMatch(PERSONA_QUESTION);
  });

  it.each([
    ['je voudrais embaucher un apprenti en CAP cuisine, il y a une aide ?', /niveau CAP à bac/],
    ["on veut recruter une apprentie en BTS compta, quelle aide pour nous ?", /bac \+2/],
  ])('"%s": the employer aid for that level, not the course search', async (text, level) => {
    const r = await replyTo(text);
    expect(r).toMatch(/Aide à l'embauche d'un apprenti/);
    expect(r).toMatch(level);
    expect(r).not.toMatch(/près de|où te former|Où me former/i);
  });
});

describe('an ended aid by its everyday name, with a year', () => {
  it.each([
    ["l'aide au permis pour les apprentis en 2026 ça marche comment ?"],
    ['la prime de 500 € pour passer le permis, toujours valable ?'],
    ['apprenti, aide permis de conduire 2026'],
    ['est ce que les 500 euros du permis c encore possible cette annee'],
  ])('"%s": the ended card and what exists now', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/n'existe plus/);
    expect(r).toMatch(/21 février 2026/);
  });
});

describe('disability, for employers', () => {
  it.each([
    ["mon apprenti a une RQTH, ça change quelque chose pour les aides ?"],
    ["on va embaucher un jeune handicapé en apprentissage, il y a des aides pour l'entreprise ?"],
    ["je suis employeur et mon futur apprenti est reconnu travailleur handicapé : quelles aides ?"],
  ])('"%s": the State\'s 6 000 € and the Agefiph for a private employer', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/6\s000\s€/);
    expect(r).toMatch(/Agefiph/);
  });

  it('after the employer aids, "et s\'il est handicapé ?" gives the disability aids', async () => {
    const r = await replyTo("je suis patron, j'embauche un apprenti, quelles aides ?", "et s'il a la RQTH ?");
    expect(r).toMatch(/6\s000\s€/);
    expect(r).toMatch(/Agefiph/);
  });

  it('a town hall gets the FIPHFP', async () => {
    const r = await replyTo('notre mairie recrute une apprentie en situation de handicap, quelles aides ?');
    expect(r).toMatch(/FIPHFP/);
    expect(r).not.toMatch(/Agefiph/);
  });

  it('after the disability aids, "et l\'Agefiph, on fait comment ?" gets its how-to, not the help menu', async () => {
    const r = await replyTo("on recrute une apprentie qui a une RQTH, quelles aides ?", "et pour l'agefiph on fait comment la demande ?");
    expect(r).toMatch(/auprès de l'Agefiph, sur son site/);
    expect(r).not.toMatch(/Voici ce que je sais faire/);
  });

  it.each([
    ["l'aide de l'agefiph, on la demande comment ?"],
    ['comment faire une demande a l agefiph pour mon apprenti'],
  ])('"%s": how to claim the Agefiph aid', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/auprès de l'Agefiph, sur son site/);
    expect(r).not.toMatch(/Voici ce que je sais faire/);
  });
});

describe('follow-ups of an aid', () => {
  it.each([
    ["c'est combien par mois ?"],
    ['ça fait combien ?'],
    ['et ca monte a combien'],
  ])('after Mobili-Jeune, "%s": its amount, not the pay', async (text) => {
    const r = await replyTo("l'aide mobili jeune c'est quoi ?", text);
    expect(r).toMatch(/10\s€ à 100\s€/);
    expect(r).not.toMatch(/SMIC|Quel âge as-tu/);
  });

  it('a follow-up of a young person\'s aid keeps speaking to them (tu), whoever the classifier guesses', async () => {
    const r = await replyTo('aide au loyer pour apprenti', 'ça monte à combien ?');
    expect(r).toMatch(/10\s€ à 100\s€/);
    expect(r).toMatch(/Si tu as moins de 30 ans/);
  });

  it.each([
    ['comment je fais la demande ?'],
    ['je la demande où ?'],
    ['on fait comment pour l avoir'],
  ])('after the prime d\'activité, "%s": its how-to and the CAF', async (text) => {
    const r = await replyTo("la prime d'activité pour un apprenti ?", text);
    expect(r).toMatch(/CAF/);
    expect(r).not.toMatch(/Voici ce que je sais faire|Aide à l'embauche/);
  });
});

describe('aids from a story', () => {
  it.each([
    ["j'ai 22 ans, pas de boulot ni de formation depuis des mois, on m'a dit que la mission locale pouvait m'aider avec une allocation"],
    ["jai 18 ans je suis sans emploi et sans formation, y a une aide pour moi ?"],
  ])('"%s": the contrat d\'engagement jeune', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/contrat d'engagement jeune/i);
  });

  it.each([
    ["notre fils de 17 ans commence un apprentissage, la CAF va couper les allocations ?"],
    ["ma fille est apprentie, on continue de toucher les allocs ?"],
    ['notre fille de 18 ans est apprentie et touche 950 €, est-ce qu on perd les allocs ?'],
  ])('"%s": the family-benefit rule, not the pay grid', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/55\s%\sdu SMIC/);
    expect(r).toMatch(/20 ans/);
  });

  it.each([
    ["j'ai 20 ans, apprenti, je touche 1200 € par mois, est-ce que j'ai droit à la prime d'activité ?"],
    ["prime d'activité, jai 19 ans et je gagne 1 100 euros en apprentissage"],
    ["bientôt 18 ans, je suis apprentie à 1000 € par mois, la prime d'activité c'est possible ?"],
  ])('"%s": the prime d\'activité and what it depends on', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/prime d'activité/i);
    expect(r).toMatch(/78\s%\sdu SMIC/);
    expect(r).not.toMatch(/Je n'ai pas connaissance/);
  });
});
