import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * An employer's aid conversation over several turns: the level, the head count and the start date told in a later
 * turn are details of the aid (never a course search), the disability told after the employer aid brings the employer
 * disability aids, the contrat de professionnalisation has its own aid, and the employer's practical questions (who
 * may be the master) get their entry. Phrasings written by the team, none from an eval set.
 */
const COURSE_SEARCH = /je le trouve en apprentissage|Dans quelle ville de Normandie|près de chez/i;
const HIRING_AID = /Aide à l'embauche d'un apprenti/;

async function replyTo(...messages: string[]): Promise<string> {
  const c = await startConversation();
  let last = '';
  for (const m of messages) last = read(await c.send(m));
  return last;
}

describe('details told in a later turn stay in the aid conversation', () => {
  it.each([
    [
      ['Bonjour, je tiens une boucherie, quelles aides si je prends un apprenti ?', 'il préparerait un CAP, nous sommes 5 salariés, il commencerait en octobre'],
      /5\s000\s€/,
    ],
    [['aides pour embaucher un alternant svp', 'si c un bac pro ca fait combien pour nous ?'], /5\s000\s€/],
    [['bjr je suis chef d entreprise, des aides pour un apprenti ?', 'et pour une licence pro dans une boite de 300 salariés ?'], /750\s€/],
    [['quelle aide si je prends un apprenti dans ma menuiserie ?', 'il démarre un BP en septembre 2026, on est 8 dans la boîte'], /5\s000\s€/],
    [["Nous sommes un cabinet d'expertise comptable, quelle aide pour une apprentie ?", 'elle ferait un BTS à partir de juin 2026, on est 12 au cabinet'], /4\s500\s€/],
  ])('%j: the hiring aid for that level and size', async (messages, amount) => {
    const r = await replyTo(...messages);
    expect(r).toMatch(HIRING_AID);
    expect(r).toMatch(amount);
    expect(r).not.toMatch(COURSE_SEARCH);
  });

  it.each([
    [['je suis employeur', "c'est quoi les aides pour un cap ?"], /5\s000\s€/],
    [['je suis gérante d une petite entreprise de 4 personnes', 'quelle aide pour un bts ?'], /4\s500\s€/],
    [['je suis patron d une boulangerie', "c'est qui le maître d'apprentissage en général ?", 'et quelle aide pour un BTS ?'], /4\s500\s€/],
  ])('%j: an employer naming a diploma with an aid word gets the aid for that level', async (messages, amount) => {
    const r = await replyTo(...messages);
    expect(r).toMatch(HIRING_AID);
    expect(r).toMatch(amount);
    expect(r).not.toMatch(COURSE_SEARCH);
    expect(r).not.toMatch(/diplôme national de niveau 3/);
  });

  it('a young person naming a diploma still gets the course search', async () => {
    const r = await replyTo("j'ai 17 ans je veux faire un cap cuisine", 'et un bac pro cuisine ?');
    expect(r).not.toMatch(HIRING_AID);
  });
});

describe('the disability supplement after the employer aid', () => {
  it.each([
    [['aides à l embauche d un apprenti', 'si le jeune a une reconnaissance de handicap, on touche quelque chose de plus ?']],
    [['Bonjour, nous sommes une PME, quelles aides pour recruter un apprenti ?', "l'apprentie est handicapée, ça change quoi pour nous ?"]],
    [['je suis patron, c quoi les aides pour un apprenti', 'et avec une rqth y a pas autre chose ?']],
  ])('%j: the employer disability aids, not the longer training', async (messages) => {
    const r = await replyTo(...messages);
    expect(r).toMatch(/Agefiph/);
    expect(r).not.toMatch(/un an de plus|durer un an/);
  });

  it.each([
    [['je suis employeur public, une mairie, quelles aides pour un apprenti ?', "et s'il a une RQTH, il y a un complément ?"]],
    [['bonjour nous sommes une collectivité, on veut embaucher un apprenti, quelles aides ?', "l'apprenti a une reconnaissance de handicap, ça change quelque chose ?"]],
  ])('%j: a public employer gets the FIPHFP, not the Agefiph', async (messages) => {
    const r = await replyTo(...messages);
    expect(r).toMatch(/FIPHFP/);
    expect(r).not.toMatch(/Agefiph/);
  });
});

describe('the contrat de professionnalisation aid', () => {
  it.each([
    ['Bonjour, je recrute une femme de 50 ans au chômage en contrat de professionnalisation, ai-je droit à une aide ?'],
    ['on prend en contrat pro un demandeur d emploi de 47 ans, une aide existe ?'],
  ])('"%s": the aid for a job seeker of 45 or more, with its amount', async (text) => {
    const r = await replyTo(text);
    expect(r).toMatch(/45 ans et plus/);
    expect(r).toMatch(/2\s000\s€/);
  });
});

describe("the employer's practical questions", () => {
  const MASTER = async (messages: string[]): Promise<void> => {
    const r = await replyTo(...messages);
    expect(r).toMatch(/majeur et volontaire/);
    expect(r).toMatch(/l'employeur lui-même/);
  };

  // Right after the employer aids: "maître d'apprentissage" is not a contract type told as the aid's detail.
  // The third case of the known gap below, fixed in round 11: "tuteur" names the maître d'apprentissage's entry.
  // The first case of the known gap below, fixed in round 20: "qui peut être maître d'apprentissage" asks the role's
  // conditions whatever entry the other words read (dialogs/routing/role-asked.ts).
  it.each([
    [["je suis cheffe d'entreprise", "qui peut être maître d'apprentissage ?"]],
    [["Je dirige une PME : le tuteur de notre future apprentie, ce peut être notre responsable de production ?"]],
    [["je suis gérant d'un garage, c'est qui qui peut être maître d'apprentissage ? moi ou mon chef d'atelier ?"]],
  ])('%j: who may be the master', async (messages) => {
    await MASTER(messages);
  });

  // Not fixed yet (round 9): these read the entry on a master who left, or nothing clear enough. Questions added to
  // the maître d'apprentissage entry fixed them but moved the short-questions calibration below its floor ('qui paye ?',
  // 'et l'hébergement ?' after the CFA's cost): left for a routing cue of its own. `fails` turns red once they pass.
  it.fails.each([
    [["j'ai une boulangerie, je veux prendre un apprenti", "c'est moi qui dois le former ou un de mes ouvriers peut le suivre ?"]],
  ])('%j: who may be the master (adult, volunteer, the employer themself) — known gap', async (messages) => {
    await MASTER(messages);
  });
});
