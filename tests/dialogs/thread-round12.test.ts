import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * The verb "arrêter" said of a contract or an apprenticeship, or in "si … arrête", is leaving (the rupture entries),
 * not the noun "arrêt" of a sick leave (round 12).
 */
describe('"s\'il arrête" is leaving, not a sick leave (round 12)', () => {
  it.each([
    ["il pourra rester au CFA s'il arrête ?", /CFA|formation/],
    ["si j'arrête mon contrat je perds quoi ?", /contrat|rupture|CFA/],
    ['et si elle arrete son apprentissage elle garde sa place au cfa', /CFA|formation/],
    ['Si notre apprenti arrête son contrat, peut-il rester dans son CFA ?', /CFA|formation/],
  ])('"%s": a rupture entry, not the sick leave', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/arrêt de travail|indemnités journalières|liquid/);
  });

  it('a sick leave told with the noun still gets the sick-leave entry', async () => {
    const c = await startConversation();
    const text = read(await c.send('je suis en arrêt maladie, je dois prévenir qui ?'));
    expect(text).toMatch(/arrêt de travail/);
  });
});

/**
 * "c'est sûr ces infos ?", "c'est à jour ?" right after an answer asks where that answer comes from: its source and the
 * day it was checked, not small talk nor an entry that shares the word "jour" (round 12).
 */
describe('"c\'est sûr ?" after an answer: its source and when it was checked (round 12)', () => {
  it.each([
    ['combien de congés payés pour un apprenti ?', "c'est à jour ?"],
    ['combien de congés payés pour un apprenti ?', "c sur ces infos ?"],
    ["aide à l'embauche d'un apprenti", 'vous êtes sûrs de ces informations ?'],
    ["c'est quoi la période d'essai ?", "t'es sûr ? c'est quoi ta source"],
  ])('"%s" then "%s"', async (first, question) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(question));
    expect(text).toMatch(/Ma source pour cette réponse : .+ \(https:\/\/.+\), vérifiée le \d+/);
    expect(text).not.toMatch(/je vous en prie|avec plaisir|ne couvre pas/i);
  });

  it('"à qui m\'adresser ?" after an answer that names no organisation: where that answer comes from', async () => {
    const c = await startConversation();
    await c.send('combien de congés payés pour un apprenti ?');
    const text = read(await c.send("à qui m'adresser ?"));
    expect(text).toMatch(/ma source est .+ \(https:\/\/.+\) : tu y trouveras les démarches et les contacts/);
    expect(text).toMatch(/0800 050 000/);
  });
});

/** After a list of aids that holds one aid, "comment je la demande ?" asks how to claim that aid (round 12). */
describe('"comment je la demande ?" after a list of one aid: how to claim it (round 12)', () => {
  it.each([
    ['quelles aides pour embaucher un apprenti ?', 'comment je la demande ?'],
    ['on a droit à quoi comme aide si on embauche un apprenti ?', "on fait comment pour l'avoir ?"],
    ['aides employeur apprenti', 'et pr la demander ?'],
  ])('"%s" then "%s"', async (first, question) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(question));
    expect(text).toMatch(/OPCO/);
    expect(text).not.toMatch(/Voici ce que je sais faire/);
  });
});
