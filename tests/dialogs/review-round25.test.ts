import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { lastReplyOf, startConversation } from './harness.js';
import { normalize } from '../../src/text/normalize.js';
import { neitherJobNorTrainingTold } from '../../src/nlu/neither-job-nor-training.js';
import { aloneInOwnCompany } from '../../src/nlu/entities/alone-in-company.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const CEJ = /engagement jeune/i;

/** The answer's own words (its message text), without the card: what a phone shows first. */
async function leadsOf(messages: readonly string[]): Promise<string> {
  const c = await startConversation();
  let replies: Partial<Activity>[] = [];
  for (const m of messages) replies = await c.send(m);
  return plain(replies.map((r) => r.text ?? '').join('\n'));
}

/**
 * Review 16 (P1): "elle aura 18 ans en mars" after the pay at 17 showed "À 17 ans" again with the 18-year band folded
 * behind "En savoir plus". A coming birthday that changes the band is said in the answer itself, in euros.
 */
describe('an age about to change: the pay before and after, in the answer', () => {
  it('the parent\'s conversation: 17 now, 18 in March', async () => {
    const lead = await leadsOf([
      'Bonjour, mon fils de 17 ans commence un CAP boulanger en apprentissage à la rentrée, combien sera-t-il payé ?',
      'Il aura 18 ans en mars, est-ce que ça change son salaire ?',
    ]);
    expect(lead).toMatch(/17 ans/);
    expect(lead).toMatch(/18 ans/);
    expect(lead).toMatch(/802,82 €/);
  });

  it.each([
    ["j'ai 17 ans et j'aurai 18 ans en février, je toucherai combien en apprentissage ?", /18 ans/, /802,82 €/],
    ['g 17 ans et jaurai 18 ans en avril, cmb je serai payé en alternance', /18 ans/, /802,82 €/],
    ["Ma fille a 20 ans et aura 21 ans en janvier : quel salaire d'apprentie ?", /21 ans/, /€/],
    ["jai 25 ans, jaurais 26 ans en juin, le salaire d'apprenti change ?", /26 ans/, /€/],
  ])('"%s"', async (message, age, figure) => {
    const lead = await leadsOf([message]);
    expect(lead).toMatch(age);
    expect(lead).toMatch(figure);
  });

  it('near miss: an age alone keeps the plain table lead', async () => {
    const lead = await leadsOf(["j'ai 17 ans, combien gagne un apprenti ?"]);
    expect(lead).toMatch(/À 17 ans, voici/);
    expect(lead).not.toMatch(/18 ans/);
  });
});

/**
 * Review 16 (J6, P4): the CEJ (no job and no training) was listed among the aids of an apprentice's family and to a
 * young person who had just been told an apprentice's pay. Told "neither job nor training" (in two negations too), it
 * is listed.
 */
describe('the CEJ: never for an apprentice or his family, kept for a young person with neither', () => {
  it.each([
    [["Bonjour, la formation au CFA est-elle payante pour les familles ?", 'Et quelles aides pour notre fils apprenti ?']],
    [["Ma fille va être apprentie en CAP coiffure, quelles aides pour nous ?"]],
    [["Nous sommes parents d'un apprenti de 17 ans, à quelles aides avons-nous droit ?"]],
    [['g 19 ans combien on touche en alternance la 1ere annee', 'et ya des aides pour moi ?']],
    [['je suis en 2e année, 20 ans, je gagne combien ?', 'y a quoi comme aides en plus ?']],
    [["mon fils est en apprentissage, quelles aides ?"]],
  ])('%j: no CEJ', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/aides/i);
    expect(text).not.toMatch(CEJ);
  });

  it.each([
    ["mon fils a 19 ans, il ne travaille pas et n'est pas en formation, quelles aides ?"],
    ["jbosse pas et jvais plus a l'ecole g 18 ans ya des aides ?"],
    ["j'ai arrêté les cours et j'ai pas de taf, 20 ans, quelles aides ?"],
    ["Ma fille de 22 ans n'a pas d'emploi et ne suit aucune formation : quelles aides ?"],
  ])('"%s": the CEJ', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(CEJ);
  });

  it.each([
    ['il ne travaille pas et n est pas en formation', true],
    ['jbosse pas et jvais plus a le ecole', true],
    ['pas de travail ni de formation', true],
    ['elle a quitte le lycee et a pas de boulot', true],
    ['je travaille pas le dimanche', false],
    ['il n est pas en formation pour le instant il cherche un patron', false],
    ['je vais plus au lycee je suis apprenti', false],
  ])('"%s" → neither job nor training: %s', (text, expected) => {
    expect(neitherJobNorTrainingTold(normalize(text))).toBe(expected);
  });
});

/**
 * Review 16 (E6): "tout seul dans ma boîte" is a company with no employee: fewer than 250 (and 11), so the hiring aid
 * is not asked for the head count nor shown with its 250-and-more line.
 */
describe('an employer alone in the company is a company size', () => {
  it.each([
    ['salut je suis plombier a saint lo tout seul dans ma boite', true],
    ['je suis seule a la tete de mon salon de coiffure', true],
    ['dans mon garage je suis tout seul', true],
    ['ma boite ya que moi', true],
    ['je suis electricien pas de salarie', true],
    ['je bosse seul dans mon atelier de menuiserie', true],
    ['je me sens seul au cfa', false],
    ['je suis seul a la maison le soir', false],
    ['je suis tout seul pour chercher un patron', false],
  ])('"%s" → alone: %s', (text, expected) => {
    expect(aloneInOwnCompany(normalize(text))).toBe(expected);
  });

  it.each([
    [['salut je suis plombier tout seul dans ma boite, je peux prendre un apprenti ?', 'et y a des aides ?']],
    [["Je suis seule dans mon salon de coiffure, quelle aide si j'embauche une apprentie en CAP ?"]],
    [["ma boite ya que moi, l'aide à l'embauche d'un apprenti c'est combien ?"]],
  ])('%j: the amount under 250, the head count not asked', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/moins de 250|5 000 €/);
    expect(text).not.toMatch(/de 750 € à 2 000 €|combien de salariés|nombre de salariés/);
  });
});

/**
 * Review 16 (P6): "que devient sa formation si le contrat s'arrête ?" after the rupture's rules got "my last answer does
 * not cover it": the stay at the CFA after a rupture (6 months) is its own entry.
 */
describe('the training after a rupture, asked after the rupture answer', () => {
  it.each([
    [["L'employeur de ma fille veut rompre son contrat après 5 mois, peut-il ?", "Et sa formation, que devient-elle si le contrat s'arrête ?"]],
    [['mon patron veut me virer ça fait 3 mois', 'et si mon contrat saute je peux rester au cfa ?']],
    [["je veux arrêter mon apprentissage, j'ai commencé il y a 6 mois", 'si je perds mon contrat je peux finir mon diplome ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('training-after-contract-lost');
    expect(text).toMatch(/6 mois/);
    expect(text).not.toMatch(/ne couvre pas/);
  });
});

/** Review 16 (J6): the prime d'activité asked after the pay: answered from its source, with the net-pay condition. */
describe("the prime d'activité from its entry", () => {
  it.each([
    [['g 19 ans combien on touche en apprentissage la 1ere annee', "jai droit a la prime d'activité avec ça ?"]],
    [["Mon fils a 20 ans et est apprenti, peut-il toucher la prime d'activité ?"]],
    [["la prime d'activite c possible pour un apprenti de 18 ans ?"]],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/prime d'activité/i);
    expect(text).toMatch(/18 ans/);
    expect(text).toMatch(/net/);
    expect(text).not.toMatch(CEJ);
  });
});

/**
 * Review 16 (E3, P5): an employer writing vous was told "ton niveau de diplôme", "tu signes"; a parent asking what a CFA
 * is was answered "tu y suis les cours". Every template an employer or a parent can get in vous — the messages, the
 * FAQ answers, the aids' summaries and steps — is read for tu-forms, and conversations in vous are read whole.
 */
const TU_FORM = /(?:^|[^\p{L}'’-])(?:(?:tu|ton|ta|tes|toi|te)(?![\p{L}'’-])|t['’]\p{L})|\p{L}-tu(?![\p{L}])/iu;

describe('register: nothing in tu for someone who writes vous', () => {
  it('every vous template of the knowledge has no tu-form', async () => {
    const { loadKnowledge } = await import('../../src/knowledge/load.js');
    const outcome = await loadKnowledge('knowledge');
    if (!outcome.ok) throw new Error('knowledge did not load');
    const k = outcome.knowledge;
    const found: string[] = [];
    for (const key of k.messages.keys()) {
      const text = k.messages.template(key, 'vous');
      if (TU_FORM.test(text)) found.push(`message ${key}: ${text.slice(0, 80)}`);
    }
    for (const entry of k.faq) if (TU_FORM.test(entry.answer.vous)) found.push(`faq ${entry.id}`);
    for (const aid of k.aids) {
      if (TU_FORM.test(aid.summary.vous)) found.push(`aid ${aid.id} summary`);
      if (TU_FORM.test(aid.how_to_apply.vous)) found.push(`aid ${aid.id} how_to_apply`);
    }
    expect(found).toEqual([]);
  });

  it.each([
    [["Bonjour, je souhaite embaucher en contrat de professionnalisation une personne de 24 ans titulaire d'un BTS. Quel salaire minimum ?", 'Quelle différence avec un contrat d\'apprentissage ?', 'Existe-t-il une aide pour ce contrat ?']],
    [['Nous sommes une boulangerie de 5 salariés, combien nous coûterait un apprenti en CAP ?', 'Et quelles aides pouvons-nous avoir ?', 'Qui signe le contrat ?']],
    [["Bonjour, je dirige un garage de 30 salariés. Comment rompre le contrat d'un apprenti qui ne vient plus ?", 'Et le médiateur, c\'est qui pour nous ?']],
    [["Bonjour, qu'est-ce qu'un CFA exactement ?", 'Ma fille voudrait préparer un BTS MCO près de Rouen, où peut-elle le faire ?', 'Elle a 18 ans, combien gagnera-t-elle ?']],
    [["Bonsoir, est-ce que l'apprentissage est payé pendant les cours ?"]],
    [['Mon fils de 16 ans veut aller en CFA, pouvez-vous m\'expliquer ce que c\'est ?', 'Combien sera-t-il payé ?', 'A-t-il droit à des aides ?']],
    [["Je suis employeur, quelles sont les étapes pour embaucher un apprenti ?", 'Quel formulaire et à qui ?']],
  ])('%j', async (messages) => {
    const c = await startConversation();
    for (const m of messages) {
      const replies = await c.send(m);
      const text = plain(replies.map((r) => r.text ?? '').join('\n'));
      expect(text, `after "${m}"`).not.toMatch(TU_FORM);
    }
  });

  it.each([
    ["Bonjour, qu'est-ce qu'un CFA exactement ?", 'vous'],
    ["Bonsoir, est-ce que mon fils peut commencer à 15 ans ?", 'vous'],
    ['slt c quoi un cfa', 'tu'],
    ["bonjour c'est quoi un cfa", 'tu'],
    ['Bonjour, je cherche une formation en alternance', 'tu'],
  ])('"%s" → answered in %s', async (message, register) => {
    const c = await startConversation();
    const text = plain((await c.send(message)).map((r) => r.text ?? '').join('\n'));
    if (register === 'vous') expect(text).not.toMatch(TU_FORM);
    else expect(text).toMatch(TU_FORM);
  });
});

/**
 * Review 16 (J1): within 20 km of Argentan only a BTS (after the bac) teaches the motorcycle trade; a young person who
 * can enter a CAP or a Bac pro is also told the nearest place for those, in the answer's text. A bac holder, or a BTS
 * asked by name, keeps the near answer alone.
 */
describe('places by the level the person can enter', () => {
  it.each([
    [['je sors de 3e, mecanique moto c est ou pres d argentan ?']],
    [["j'ai 15 ans et je veux réparer des motos, y a quoi vers Argentan ?"]],
    [['Mon fils est en troisième et veut devenir mécanicien motos : où se former près d’Argentan ?']],
    [['jkiff les motos jveux en faire mon metier', 'c ou pres d argentan']],
    [["j'ai un CAP vente mais je veux me reconvertir en mécanique moto, vers Argentan ?"]],
    [['mécanicien moto en alternance autour d\'Argentan svp']],
  ])('%j: the CAP or Bac pro further away is named', async (messages) => {
    const lead = await leadsOf(messages);
    expect(lead).toMatch(/seulement en BTS \(après le bac\)/);
    expect(lead).toMatch(/En CAP|En Bac pro/);
    expect(lead).toMatch(/\d+ km\)/);
  });

  it.each([
    [["j'ai mon bac, mécanicien moto près d'Argentan ?"]],
    [['BTS moto près d’Argentan ?']],
    [['boulanger près de Caen']],
    [['je veux faire électricien, près de Dieppe c’est où ?']],
  ])('%j: near miss, no other-level line', async (messages) => {
    const lead = await leadsOf(messages);
    expect(lead).toMatch(/le lieu le plus proche/);
    expect(lead).not.toMatch(/seulement en/);
  });
});
