import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/** Plays one first message in a fresh conversation and returns what the person reads and the rule that decided. */
async function firstMessage(message: string): Promise<{ text: string; rule: string | undefined }> {
  const c = await startConversation();
  const text = plain(read(await c.send(message)));
  return { text, rule: c.rule() };
}

/**
 * Round 21 (kind 1): a minor tells their age and class and asks "c bon ?", "ça passe ?", "je peux ?". "c bon" read
 * as a judgement on a school (the refusal on a place's results), or the age as the pay: it is whether they are old
 * enough — from 15 once the 3e is finished.
 */
describe('an age and a class with "c bon ?": the minimum age', () => {
  it.each([
    ['jai 15 ans je sors de 3eme c bon ?'],
    ['g 15 ans et je finis la 3e ça passe ?'],
    ['16 ans en 3eme je peux ?'],
    ["j'ai 16 ans je suis en seconde c bon ?"],
    ['mon fils a 15 ans il sort de 3e c bon ?'],
    ["j'ai 15 ans, j'ai terminé ma troisième, c'est bon pour moi ?"],
  ])('"%s"', async (message) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(/15 ans/);
    expect(text).toMatch(/3e/);
    expect(text).not.toMatch(/ni ses résultats aux examens|salaire minimum d'apprenti/);
  });

  it('answering the pay question\'s "Quel âge as-tu ?" with a class and "c bon ?"', async () => {
    const c = await startConversation();
    await c.send('combien gagne un apprenti ?');
    const text = plain(read(await c.send('15 ans je sors de 3e c bon ?')));
    expect(text).toMatch(/15 ans si tu as terminé ta 3e|dès le lendemain de tes 15 ans/);
    expect(text).not.toMatch(/ni ses résultats aux examens/);
  });

  it.each([
    ['il est serieux ce cfa ?', /ni ses résultats aux examens/],
    ["j'ai 15 ans je sors de 3e combien je vais gagner ?", /salaire minimum d'apprenti/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(expected);
  });
});

/**
 * Round 21 (kind 2): an adult below the limit asks whether they "still" may ("encore", "trop tard", "trop vieux"):
 * the upper limit (29 révolus, with its exceptions), never the minimum age their words "âge" and "peux" also reach.
 */
describe('an adult asking whether it is still possible: the upper limit', () => {
  it.each([
    ["j'ai 24 ans et déjà un master, je peux encore faire un apprentissage ?"],
    ["j'ai 25 ans avec une licence je peux encore ?"],
    ["J'ai 23 ans et un BTS, est-il encore possible de faire une alternance ?"],
    ['g 22 ans c encore possible lapprentissage ?'],
    ['à 28 ans c trop tard pour l\'apprentissage ?'],
    ['jsuis trop vieux a 26 ans ?'],
  ])('"%s"', async (message) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(/29 ans révolus/);
    expect(text).not.toMatch(/Il faut avoir 16 ans|15 ans si/);
    expect(text).not.toMatch(/salaire minimum d'apprenti selon/);
  });

  it.each([
    ["j'ai 24 ans combien je gagnerais en apprentissage ?", /salaire minimum d'apprenti/],
    ["j'ai 22 ans je peux encore faire un bts cuisine a rouen ?", /Rouen/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(expected);
  });
});

/**
 * Round 21 (kind 3): a place at the CFA and no employer yet. The diploma named read as the trade wished (its card) or
 * a course asked (its places): the question is whether they may start all the same — yes, up to 3 months as a
 * trainee of vocational training while they look.
 */
describe('taken at the CFA but no employer yet: starting without an employer', () => {
  it.each([
    ['je suis pris au cfa en bts mco mais toujours pas de patron'],
    ["inscrite au CFA, j'ai pas trouvé d'entreprise"],
    ["Mon dossier est accepté au CFA pour le BTS NDRC mais je n'ai pas encore d'entreprise."],
    ['jsui accepté en cap boulanger mais g pas de patron'],
    ["Ma fille est inscrite en bac pro commerce au CFA mais n'a toujours pas d'employeur, que faire ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).toBe('cfa-without-employer');
    expect(text).toMatch(/3 mois/);
    expect(text).toMatch(/sans employeur/);
  });

  it.each([
    ['je suis inscrit au cfa en bts mco', /BTS management commercial opérationnel/],
    ['je cherche un patron pour mon cap cuisine', /Trouver un employeur/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).not.toBe('cfa-without-employer');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 21 (kind 5): a young person with no job and no school asks for someone to accompany them ("un truc pour
 * m'accompagner", "quelqu'un peut m'aider ?"). Their age read as the pay question: the Mission Locale accompanies
 * them (and offers the contrat d'engagement jeune).
 */
describe('young, doing nothing, asking to be accompanied: the Mission Locale and the CEJ', () => {
  it.each([
    ["j'ai 20 ans je fais rien depuis 1 an, y a un truc pour m'accompagner ?"],
    ["j'ai 19 ans je suis sans rien, qui peut m'aider ?"],
    ["g 21 ans pas de taf pas d'école, quelqu'un peut m'accompagner ?"],
    ["jai 17 ans jsuis plus a lecole, y a qqn pour m'aider ?"],
    ["J'ai 22 ans, je suis sans emploi ni formation depuis six mois, existe-t-il un accompagnement ?"],
    ["mon fils a 18 ans il fait rien depuis qu'il a arrêté le lycée, quelqu'un peut l'accompagner ?"],
  ])('"%s"', async (message) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(/Mission Locale/);
    expect(text).toMatch(/contrat d'engagement jeune/);
    expect(text).not.toMatch(/salaire minimum d'apprenti/);
  });

  it('near miss: the pay asked at that age keeps the pay', async () => {
    const { text } = await firstMessage("j'ai 20 ans combien je gagne en apprentissage ?");
    expect(text).toMatch(/salaire minimum d'apprenti/);
  });
});

/**
 * Round 21 (kind 8): a minor tells an hour no dérogation allows ("il me fait finir à minuit", "je commence à 3 h"):
 * "mes sources ne couvrent pas" (a word such as "samedi" left out) or the hours card with "finir à 0 h". Now said
 * plainly (not permitted, the restaurant dérogation ends at 23 h 30, none between midnight and 4 h), the night-work
 * rule, then whom to turn to.
 */
describe('a minor told to work past midnight: the night-work rule, then whom to turn to', () => {
  it.each([
    ['g 16 ans et il me fait finir a minuit le samedi', /finir à minuit/],
    ['je finis a minuit jai 17 ans', /finir à minuit/],
    ["j'ai 16 ans et je finis à 1h du matin au resto", /finir à 1 h/],
    ['jai 16 ans je commence a 3h a la boulangerie', /commencer à 3 h/],
  ])('"%s"', async (message, what) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).toBe('work-time-over');
    expect(text).toMatch(what);
    expect(text).toMatch(/n'est pas permis avant 18 ans/);
    expect(text).toMatch(/22 h et 6 h/);
    expect(text).toMatch(/23 h 30/);
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).toMatch(/inspection du travail/);
    expect(text).not.toMatch(/ne couvrent pas|0 h\)/);
  });

  it('a late evening keeps the hours card, with its half hour said', async () => {
    const { text } = await firstMessage("j'ai 17 ans mon patron me fait bosser jusqu'à 23h30 c normal ?");
    expect(text).toMatch(/finir à 23 h 30/);
    expect(text).toMatch(/dépasse la limite fixée avant 18 ans/);
    expect(text).toMatch(/35 heures/);
  });
});

/**
 * Round 21 (kind 9): the weather with a town ("il va faire beau demain à Caen ?") started the course search for that
 * town. We say plainly that we do not know the weather.
 */
describe('the weather asked with a town: not known, said plainly', () => {
  it.each([
    ['il va faire beau demain à Caen ?'],
    ["il pleut à Rouen aujourd'hui ?"],
    ['ya du soleil demain a lisieux ?'],
    ["Pouvez-vous me dire s'il va pleuvoir à Évreux ce week-end ?"],
    ['la météo à Cherbourg demain ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).toBe('weather-asked');
    expect(text).toMatch(/Je ne connais pas la météo/);
    expect(text).not.toMatch(/Quelle formation cherches-tu/);
  });

  it.each([
    ['cuisinier à Caen', /Caen/],
    ['météo demain ?', /Je ne peux répondre qu'aux questions sur l'apprentissage/],
    ["le temps de trajet jusqu'au cfa de Caen est pris en compte ?", /.+/],
  ])('near miss "%s" is not the weather', async (message, expected) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).not.toBe('weather-asked');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 21 (kind 6): an apprentice asks what they are entitled to ("je suis une apprentie, j'ai droit à quoi ?") and
 * got the fallback; "en tant qu'apprenti" was not read as their status, so the list offered the contrat d'engagement
 * jeune, which is for those with no job and no training. Their aids as an apprentice, never the CEJ.
 */
describe('an apprentice asking what they are entitled to: their aids, never the CEJ', () => {
  it.each([
    ["je suis une apprentie, j'ai droit à quoi ?"],
    ['jsuis en apprentissage g droit a quoi'],
    ["chui alternant, a quoi j'ai droit ?"],
    ["en tant qu'apprenti j'ai le droit à quelles aides"],
    ['Je suis apprentie, à quelles aides ai-je droit ?'],
    ['Mon fils est apprenti, à quoi a-t-il droit ?'],
  ])('"%s"', async (message) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(/OPCO/);
    expect(text).not.toMatch(/engagement jeune|Je n'ai pas bien compris/);
  });

  it('near miss: the leave asked keeps its entry', async () => {
    const { text } = await firstMessage("je suis apprenti, j'ai droit à combien de congés ?");
    expect(text).toMatch(/5 semaines de congés payés/);
  });
});

/**
 * Round 21 (kind 7): a failed exam told as a situation ("j'ai pas eu mon BTS", "jai echoué à mon cap et maintenant ?")
 * got the fallback, or what follows the CAP as if obtained. The entry on the contract after a failure answers.
 */
describe('a failed exam told: the contract after a failure', () => {
  it.each([
    ["j'ai raté mon CAP"],
    ['g loupé mon bac pro je fais quoi'],
    ["j'ai pas eu mon BTS"],
    ['jai echoué à mon cap et maintenant ?'],
    ['g rater mon bts mco'],
    ["Notre fille n'a pas obtenu son BP coiffure."],
  ])('"%s"', async (message) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).toBe('exam-failed-told');
    expect(text).toMatch(/prolongé d'un an/);
  });

  it.each([
    ["j'ai eu mon CAP et maintenant ?", /Félicitations/],
    ['j\'ai raté le bus pour aller au cfa', /.+/],
    ["j'ai raté mon CAP, je touche le chômage ?", /allocation chômage/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).not.toBe('exam-failed-told');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 21 (kind 4): a young person asks for a site with offers ("ya un site pour trouver des offres ?") right after
 * the answer on starting without an employer: the follow-up reading of that answer gave the employer's hiring steps
 * ("Trouve ton apprenti…"), or that answer's links. The services that help a young person find an employer answer;
 * an employer seeking an apprentice or publishing an offer keeps their own answer.
 */
describe('a young person asking where to find offers: the employer search, not the hiring steps', () => {
  it.each([
    ['ya un site pour trouver des offres ?'],
    ['y a un site pour voir les offres ?'],
    ['où chercher une boite ?'],
    ['tu connais un site pour trouver un patron ?'],
  ])('after the answer on starting without an employer, "%s"', async (message) => {
    const c = await startConversation();
    await c.send('accepté au CFA en bac pro, toujours pas de boite');
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/La bonne alternance/);
    expect(text).toMatch(/1jeune1solution/);
    expect(text).not.toMatch(/Trouve ton apprenti|Voici les liens de ma réponse/);
  });

  it.each([
    ['où je peux voir les offres d\'apprentissage ?'],
    ['Où chercher une entreprise pour mon fils ?'],
  ])('as a first message, "%s"', async (message) => {
    const { text } = await firstMessage(message);
    expect(text).toMatch(/Trouver un employeur/);
  });

  it.each([
    ['un site pour trouver un apprenti ?', /Recrutez votre apprenti/],
    ["nous cherchons un apprenti, où publier l'annonce ?", /La bonne alternance/],
  ])('near miss: the employer\'s "%s" keeps their answer', async (message, expected) => {
    const { text, rule } = await firstMessage(message);
    expect(rule).not.toBe('offers-sought');
    expect(text).toMatch(expected);
  });
});
