import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Follow-ups that keep the thread (round 11): a question about today after an ended aid is answered with what exists
 * now, not with the ended aid's card again.
 */
describe('after an ended aid, a question about today or a replacement gets what exists now (round 11)', () => {
  it.each([
    ['la région paie encore le transport des apprentis ?', 'et du coup maintenant qui me paie mes trajets en bus ?', /moitié de ton abonnement/],
    ['aide region transport', 'ok mais aujourdhui qui rembourse mon abonnement de bus ?', /moitié de ton abonnement/],
    ["c'est quoi la carte jeunes apprentis normands", 'y a quoi à la place ?', /Mobili-Jeune/],
    ['la carte jeune apprenti de la region', "et actuellement il existe quoi a la place", /Mobili-Jeune/],
  ])('"%s" then "%s": the current answer, not the ended card', async (first, next, now) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(next));
    expect(text).toMatch(now);
    expect(text).not.toMatch(/plan 2016-2021|n'existe plus/);
  });

  it('an ended aid with a successor: the aid that replaced it', async () => {
    const c = await startConversation();
    await c.send('la prime regionale de 1000 euros pour embaucher un apprenti');
    const text = read(await c.send("et aujourd'hui on a quoi à la place ?"));
    expect(text).toMatch(/8 mars et le 31 décembre 2026/);
    expect(text).not.toMatch(/Plan normand/);
  });

  it("the driving-licence aid: where to look for today's aids, in vous as asked", async () => {
    const c = await startConversation();
    await c.send("Bonjour, l'aide au permis pour les apprentis existe-t-elle toujours ?");
    const text = read(await c.send('Et que propose-t-on maintenant à la place ?'));
    expect(text).toMatch(/1jeune1solution/);
    expect(text).not.toMatch(/Région Normandie|2016-2021/);
  });
});

/**
 * A short follow-up that points with a pronoun at the last answer's subject and asks what comes once it is over ("et
 * une fois passée ?" after the trial period) is read against that subject: the entry that says what happens after it.
 */
describe('"et une fois passée ?" after an answer asks what comes after its subject (round 11)', () => {
  it.each([
    ["c'est quoi la période d'essai ?", 'et une fois passée ?'],
    ["c koi la periode d'essai en apprentissage", 'et apres elle ?'],
    ["la période d'essai d'un apprenti dure combien ?", 'et si elle est finie on peut encore arrêter ?'],
    ["Quelle est la durée de la période d'essai pour notre apprenti ?", 'Et une fois celle-ci terminée ?'],
  ])('"%s" then "%s": what happens after the trial period', async (first, next) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(next));
    expect(text).toMatch(/commun accord|accord écrit/);
    expect(text).not.toMatch(/Après un CAP|ne couvre pas/);
  });

  it('without an entry for what comes after, the same card is not shown again', async () => {
    const c = await startConversation();
    await c.send("c'est quoi un CFA ?");
    const first = read(await c.send('et une fois passé ?'));
    expect(first).not.toMatch(/centre de formation d'apprentis/);
  });
});

/**
 * "en 3e année de BUT" is a year of study: the minimum pay depends on the year of the contract (and the age), which
 * may be its first (a contract signed for the last year of a course). The bot shows the contract years and says which
 * year counts, instead of taking the study year as the contract's.
 */
describe('a year of study is not taken as the contract year (round 11)', () => {
  it.each([
    ["je suis en 3e année de BUT, j'ai 20 ans, je gagne combien ?", /1re année/, /l'année du contrat qui compte/],
    ["g 19 ans en 2eme annee de bts c koi mon salaire", /1re année/, /l'année du contrat qui compte/],
    ["Bonjour, notre fille a 21 ans et entre en 3e année de licence en alternance, quel salaire minimum ?", /1re année/, /l'année du contrat qui compte/],
  ])('"%s": the contract years, and which year counts', async (message, firstYear, rule) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(firstYear);
    expect(text).toMatch(rule);
    expect((await c.data()).profile.contractYear).toBeUndefined();
  });

  it('the study year told first, the pay asked after: the same', async () => {
    const c = await startConversation();
    await c.send("j'ai 20 ans je suis en 2e année de BTS en alternance");
    const text = read(await c.send('et je touche combien ?'));
    expect(text).toMatch(/l'année du contrat qui compte/);
  });

  it('a contract year told as such stays the contract year', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 20 ans, je suis en 2e année de contrat, combien je gagne ?"));
    expect(text).toMatch(/2e année/);
    expect(text).toMatch(/51 % du SMIC/);
  });
});

/**
 * The hiring aid depends on the date the contract is concluded (signed), not on the day it starts: a start date told
 * alone is not used as the signing date, and the answer says which date counts.
 */
describe('a start date is not read as the signing date (round 11)', () => {
  it.each([
    ["le contrat de notre apprenti commence le 2 mars 2026, avons-nous droit à l'aide à l'embauche ?", /date de signature/],
    ["mon apprentie démarre le 16 mars, j'ai droit a l'aide a l'embauche ?", /date de signature/],
    ["il commence le 1er septembre, l'aide à l'embauche d'un apprenti c'est combien ?", /date de signature/],
  ])('"%s": says the signing date counts, not the start', async (message, counts) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(counts);
    expect(text).toMatch(/pas (?:celle|la date) de (?:son )?début/);
  });

  it('both dates told: the signing date is the one used', async () => {
    const c = await startConversation();
    const text = read(await c.send("je suis employeur, début du contrat en mars, signé en janvier 2026, quelle aide ?"));
    expect(text).toMatch(/janvier 2026/);
    expect(text).not.toMatch(/pas (?:celle|la date) de (?:son )?début/);
  });
});
