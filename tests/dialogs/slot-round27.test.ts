import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation, type Conversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/** A callback form brought to its consent question, in the register the opening sets. */
async function atConsent(opening = 'je voudrais être rappelé', name = 'Julie', phone = '06 12 34 56 78', slot = 'demain matin'): Promise<Conversation> {
  const c = await startConversation();
  await c.send(opening);
  await c.send(name);
  await c.send(phone);
  await c.send(slot);
  return c;
}

/**
 * Round 27 (issue 11): a thank-you at the callback form's consent question was read as a refusal, and the request was
 * cancelled. A thank-you that accepts ("ok merci") is a yes; thanks alone ("merci") is asked again plainly; a "non"
 * anywhere stays a refusal (consent-thanks.ts).
 */
describe('a thank-you at the consent question is never a refusal', () => {
  it.each([['ok merci !'], ["d'accord merci"], ['oki merci bcp'], ['parfait merci'], ['super merci beaucoup'], ['ok merci a vous'], ['dac merci'], ['ah ok super merci']])(
    '"%s" accepts: the request is saved',
    async (message) => {
      const c = await atConsent();
      // "merci à vous" turns the register to vous: the saved line is read in either.
      expect(plain(read(await c.send(message)))).toMatch(/^C'est enregistré, Julie : un conseiller (?:te|vous) rappellera/);
      expect(await c.records.listCallbacks()).toHaveLength(1);
    },
  );

  it.each([['merci'], ['merci beaucoup'], ['Merci !'], ['mrc'], ['merci bcp'], ['je vous remercie'], ["c'est bon merci"], ['merci mille fois']])(
    '"%s" alone is asked again plainly, nothing saved and nothing cancelled',
    async (message) => {
      const c = await atConsent();
      const replies = await c.send(message);
      expect(plain(read(replies))).toMatch(/^Je confirme : /);
      expect(plain(read(replies))).not.toMatch(/je n'enregistre rien/);
      expect(await c.records.listCallbacks()).toEqual([]);
      expect(plain(read(await c.send('oui')))).toMatch(/^C'est enregistré/);
    },
  );

  it('vous is kept in the plain question again', async () => {
    const c = await atConsent('pouvez-vous me rappeler svp', 'Marc', '07 11 22 33 44', 'le soir');
    await expectKey(await c.send('merci beaucoup'), 'callback.confirm_consent', 'vous');
  });

  it.each([['non merci'], ['non'], ['non 1'], ['nan merci ça ira'], ['non merci c bon']])('"%s" stays a refusal', async (message) => {
    const c = await atConsent();
    await expectKey(await c.send(message), 'callback.cancelled');
    expect(await c.records.listCallbacks()).toEqual([]);
  });

  it.each([['oui'], ['oui merci'], ['ok'], ["oui d'accord"]])('"%s" stays a yes', async (message) => {
    const c = await atConsent();
    await expectKey(await c.send(message), 'callback.saved');
  });
});

/** A question typed in the middle of the form is answered, and one short sentence says the form goes on at that step. */
describe('a question in the middle of the form: answered, then the same step again', () => {
  it.each([
    ['c payé combien un apprenti de 17 ans ?', 'callback.ask_phone'],
    ["c'est quoi le smic en ce moment ?", 'callback.ask_phone'],
  ])('"%s" at the phone step', async (question, key) => {
    const c = await startConversation();
    await c.send('je veux être rappelé');
    await c.send('Julie');
    const replies = await c.send(question);
    expect(plain(read(replies))).toMatch(/Je reprends ta demande de rappel\./);
    await expectKey(replies, key);
  });

  it('at the time step, vous', async () => {
    const c = await startConversation();
    await c.send('pouvez-vous me rappeler ?');
    await c.send('Paul');
    await c.send('06 12 34 56 78');
    const replies = await c.send('Combien gagne un apprenti de 18 ans en première année ?');
    expect(plain(read(replies))).toMatch(/Je reprends votre demande de rappel\./);
    await expectKey(replies, 'callback.ask_slot', 'vous');
  });

  it('a number typed before the form fills the phone; a time typed at the first-name question is a time', async () => {
    const c = await startConversation();
    await c.send('mon num c 0612345678 rappelez moi');
    const slot = await c.send('plutot le matin');
    expect(plain(read(slot))).toMatch(/le matin/);
    expect(plain(read(slot))).not.toMatch(/Merci Plutot|Merci plutot/i);
    const consent = await c.send('Léa');
    await expectKey(consent, 'callback.ask_consent');
    expect(plain(read(consent))).toMatch(/06 12 34 56 78/);
  });
});

const COURSE_ASKED = /Quelle formation (?:cherches-tu|cherchez-vous) \?/;
const COURSE_SEARCH = /je le trouve en apprentissage dans \d+ lieux/;

/**
 * A question typed at the course question ("Quelle formation cherches-tu ?") that names diplomas: it was taken as the
 * course wanted ("« CAP » : je le trouve dans 77 lieux"). It is answered (question-at-slot.ts), and the course question
 * comes back, not the town for a diploma only asked about.
 */
describe('a question naming diplomas at the course question is answered, then the course is asked again', () => {
  it.each([
    ['c koi la dif entre cap et bac pro', /CAP/],
    ['cap ou bac pro c mieux quoi ?', /CAP/],
    ["c'est quoi un bac pro ?", /bac pro/i],
    ["un bts c'est combien de temps ?", /2 ans/],
    ["le cap ça se fait en combien d'années ?", /2 ans/],
    ['c quoi un bp', /brevet professionnel/],
    ["qu'est-ce qu'un BTS ?", /brevet de technicien supérieur/],
    ["Pouvez-vous m'expliquer ce qu'est un BTS ?", /brevet de technicien supérieur/],
    ['c mieu un cap ou un bac pro ??', /CAP/],
  ])('"%s"', async (question, answer) => {
    const c = await startConversation();
    await c.send('je veux faire un apprentissage');
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(COURSE_SEARCH);
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
    expect(text).toMatch(COURSE_ASKED);
  });

  it('another topic asked with a diploma in it: that topic answers ("un bac pro c\'est payé combien ?")', async () => {
    const c = await startConversation();
    await c.send('je veux faire un apprentissage');
    const text = plain(read(await c.send("un bac pro en apprentissage c'est payé combien ?")));
    expect(text).toMatch(/salaire minimum d'un apprenti/);
    expect(text).not.toMatch(COURSE_SEARCH);
  });

  it.each([['CAP cuisine'], ['plombier'], ['bac pro'], ['un BTS'], ['CAP ?'], ['je veux faire un cap boulanger'], ['cap coiffure svp']])(
    'near miss "%s" still fills the course question',
    async (answer) => {
      const c = await startConversation();
      await c.send('je veux faire un apprentissage');
      const text = plain(read(await c.send(answer)));
      expect(text).toMatch(COURSE_SEARCH);
      expect(c.rule()).toBeUndefined();
    },
  );
});

/**
 * A question that does not fill the slot at the age, level or town question: answered, then the question comes back
 * once, never "je n'ai pas compris ton âge" (question-at-slot.ts, own-question-at-slot.ts).
 */
describe('a question of its own at the age, level or town question', () => {
  const atAge = ['combien gagne un apprenti'];
  const atLevel = ['je sais pas quoi faire comme métier', "j'aime bricoler", '16 ans'];
  const atTown = ['je veux devenir boulanger', 'où se former'];
  it.each([
    [atAge, "c'est où le plus près ?", /Quel âge as-tu \?/],
    [atAge, 'faut un patron avant ?', /Quel âge as-tu \?/],
    [atAge, 'ça coûte combien la formation ?', /gratuite/],
    [atAge, "j'ai pas de diplôme c grave ?", /la condition est ton âge, pas un diplôme/],
    [atAge, 'on a des congés payés ?', /5 semaines de congés payés/],
    [atAge, "Est-ce que l'apprenti paie des impôts ?", /impôt sur le revenu/],
    [atLevel, 'jai aucun diplome c genant ?', /pas un diplôme/],
    [atLevel, 'faut avoir le brevet pour faire un cap ?', /pas un diplôme/],
    [atLevel, "c'est quoi la différence entre cap et bac pro ?", /CAP/],
    [atTown, "c'est payant le cfa ?", /gratuite/],
    [atTown, 'on est payé pendant les cours au cfa ?', /salaire|payé/],
    [atAge, 'Faut-il avoir trouvé un employeur avant de s\'inscrire ?', /sans employeur/],
    [atAge, "Est-ce que l'apprentissage coûte quelque chose à la famille ?", /gratuite/],
  ])('%j then "%s"', async (before, question, answer) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/Je n'ai pas compris (?:ton|votre) âge|Je ne trouve pas cette ville/);
    expect(c.rule()).toBeDefined();
  });

  it.each([
    [atAge, '17', /À 17 ans/],
    [atAge, "j'ai 17 ans", /À 17 ans/],
    [atAge, '17 ans ?', /À 17 ans/],
    [atLevel, 'en 3e', /Dans quelle ville/],
    [atLevel, "j'ai le bac", /Dans quelle ville/],
    [atTown, 'Caen', /près de Caen/],
    [atTown, '14000', /près de Caen/],
    [atTown, 'evreux', /près d'Évreux/],
  ])('near miss: %j then "%s" fills the slot', async (before, answer, expected) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const text = plain(read(await c.send(answer)));
    expect(text).toMatch(expected);
    expect(c.rule()).toBeUndefined();
  });
});

/** "Pouvez-vous m'expliquer…" shares "pouvez-vous me" with a callback asked: without a word of calling, no form. */
describe('a polite question is no callback asked', () => {
  it.each([["Pouvez-vous m'expliquer ce qu'est un BTS ?"], ["vous pouvez m'expliquer ce qu'est un bac pro ?"]])('"%s"', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).not.toMatch(/quel est (?:ton|votre) prénom/);
  });

  it.each([['rappelez-moi svp'], ['pouvez-vous me rappeler demain ?'], ["je veux qu'on m'appelle"], ['pouvez vous me recontacter']])('"%s" still starts the form', async (message) => {
    const c = await startConversation();
    expect(plain(read(await c.send(message)))).toMatch(/quel est (?:ton|votre) prénom/);
  });
});

/** A first message in SMS with a trade, a town and an age: all three are read. */
describe('trade, town and age in one SMS first message', () => {
  it.each([
    ['slt jveu fer boulanger jsui a caen g 15an', /boulanger/, /Caen/, 15],
    ['slt jveu fer coiffeuse jsui a rouen g 16an', /coiff/, /Rouen|Quevilly/, 16],
    ['jveux etre mecano jhabite a evreux jai 16 ans', /mécanicien/, /Évreux/, 16],
    ['bjr jveu devenir plombier chui a lisieux j ai 17 ans', /plombier/, /Lisieux/, 17],
    ['slt jveu fer electricien jsui a dieppe g 16an', /électricien/, /Dieppe/, 16],
    ['jveu fer macon jsui a alencon g 17an', /maçon/, /Alençon/, 17],
    ['slt jveu etre cuisinier jsui a fecamp g 15 an', /cuisinier/, /Fécamp/, 15],
    ['jveu fer plombier jsui a vire g 15an', /plombier/, /Vire/, 15],
  ])('"%s"', async (message, trade, town, age) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(trade);
    expect(text).toMatch(town);
    expect((await c.data()).profile.age).toBe(age);
  });
});

/** A typed question while buttons are offered (the menu, "tu pensais peut-être à"): it is routed, never taken as a button. */
describe('a typed question that is none of the buttons offered', () => {
  it.each([
    ['aide', 'le salaire c est combien a 16 ans ?', /À 16 ans/],
    ['aide', 'jpeux commencer a 15 ans ?', /15 ans si tu as terminé ta 3e/],
    ['aide', "c'est quoi un opco ?", /opérateur de compétences/],
    ['aide', 'Quelle est la durée d\'un contrat d\'apprentissage ?', /6 mois à 3 ans/],
    ['faut un patron avant ?', 'ça dure combien un contrat ?', /6 mois à 3 ans/],
    ['faut un patron avant ?', 'et on a des congés payés ?', /5 semaines de congés payés/],
    ['faut un patron avant ?', "qu'est-ce qu'un BTS ?", /brevet de technicien supérieur/],
    ['les aides', "c'est quoi un opco ?", /opérateur de compétences/],
  ])('after "%s", "%s"', async (first, question, answer) => {
    const c = await startConversation();
    await c.send(first);
    expect(plain(read(await c.send(question)))).toMatch(answer);
    expect(c.rule()).toBeDefined();
  });
});

/** At the persona question and at "Quel métier t'intéresse ?": a question is answered, a bare answer fills the slot. */
describe('the persona and trade questions', () => {
  it.each([
    ["j'ai le droit ?", "c'est quoi un opco ?", /opérateur de compétences/],
    ["j'ai le droit ?", 'ça dure combien un contrat ?', /6 mois à 3 ans/],
    ['des infos', "j'ai 16 ans c payé combien ?", /À 16 ans/],
    ['des infos', 'faut un patron avant ?', /3 mois avant et 3 mois après/],
    ['des infos', "j'ai pas de diplome c grave ?", /pas un diplôme/],
    ['des infos', 'g 15 ans jpeu commencer ?', /15 ans si tu as terminé ta 3e/],
    ['des infos', 'c koi la dif entre cap et bac pro', /CAP/],
  ])('after "%s", "%s" is answered', async (first, question, answer) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/C'est noté/);
  });

  it.each([
    ['employeur', /aides pour l'employeur/],
    ['je suis parent', /aides pour un apprenti et sa famille/],
  ])('near miss: "%s" fills the persona question', async (answer, expected) => {
    const c = await startConversation();
    await c.send("j'ai le droit ?");
    expect(plain(read(await c.send(answer)))).toMatch(expected);
    expect(c.rule()).toBeUndefined();
  });
});

/** Near misses: a town typed with a question mark at a town question is the town asked, not a question of its own. */
describe('a town asked back at the town question is the town', () => {
  const quiz = ['je sais pas quoi faire, j aime la nature', "j'ai 16 ans, en 3e"];
  const course = ['je veux devenir boulanger', 'où se former'];
  it.each([
    [quiz, 'et vers Lisieux ?', /Lisieux/],
    [quiz, 'près de Caen ?', /Caen/],
    [quiz, 'à Coutances c possible ?', /Coutances/],
    [course, 'et vers Lisieux ?', /Lisieux/],
    [course, 'près de Rouen ?', /Rouen|Quevilly/],
    [course, 'sur Alençon ?', /Alençon/],
  ])('%j then "%s"', async (before, town, expected) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const text = plain(read(await c.send(town)));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(COURSE_ASKED);
  });
});
