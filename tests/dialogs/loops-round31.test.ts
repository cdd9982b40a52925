import { describe, expect, it } from 'vitest';
import { lastReplyOf, startConversation } from './harness.js';

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

const COURSE_QUESTION = /Quelle formation cherch/;

/**
 * Round 31 (review 21, J12): a field of work said while a course search is under way with a place known ("dans le 61"
 * → "vers alencon" → "plutot dans la vente") is the course asked for at that place: the field's trades, each with the
 * place nearest the known town teaching it; never "Quelle formation cherches-tu ?" again (course-at-known-place.ts).
 */
describe('a field answering the course question, a place known', () => {
  const AREAS = ['quelles formations en apprentissage dans le 14 ?', 'y a quoi comme formations en alternance vers Rouen ?', 'des formations en alternance sur Caen ?', 'quelles formations en apprentissage dans le 50 ?'];
  const FIELDS = ['plutôt dans la vente', 'je dirais la restauration', 'dans le bâtiment', 'plutôt les animaux', 'la vente', 'plutot la cuisine', 'le commerce', 'dans le batiment plutot'];
  it.each(FIELDS.map((f, i) => [AREAS[i % AREAS.length]!, f]))('"%s" then "%s": the field\'s trades near the place', async (area, field) => {
    const { text, rule } = await play(area, field);
    expect(rule).toBe('course-at-known-place');
    expect(text).toMatch(/le plus proche/);
    expect(text).not.toMatch(COURSE_QUESTION);
  });

  it('the place given at the course question, then the field: the field near that town, not the question a third time', async () => {
    const c = await startConversation();
    await c.send('wesh ya des formations en apprentissage dans le 61 ?');
    const town = c.read(await c.send('vers alencon'));
    expect(town).toMatch(/Alençon/);
    const field = c.read(await c.send('plutot dans la vente'));
    expect(field).toMatch(/Alençon/);
    expect(field).not.toMatch(COURSE_QUESTION);
    const after = c.read(await c.send('et le salaire ?'));
    expect(after).not.toMatch(COURSE_QUESTION);
  });

  it('the town told at the course question is met with what is taught around it', async () => {
    const c = await startConversation();
    await c.send('ya quoi comme formations en apprentissage ?');
    expect(c.read(await c.send('vers Caen'))).toMatch(/au plus de Caen/);
  });

  // Near misses: a trade or a course answering the question gets its own places there, as before.
  it.each([
    ['quelles formations en apprentissage dans le 14 ?', 'boulanger', /boulanger[\s\S]*Calvados/],
    ['des formations en alternance sur Caen ?', 'cap cuisine', /CAP cuisine/],
  ])('"%s" then "%s": that course near the place', async (area, course, expected) => {
    const { text } = await play(area, course);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(COURSE_QUESTION);
  });
});

/**
 * Round 31 (review 21, P6): right after a list of places, a field or a trade said as a correction ("Dans l'électricité
 * plutôt", "non plutôt pâtissier") is the same search for it, at the same place and the same kind of diploma.
 */
describe('another course right after a list of places: the place stays', () => {
  const CASES: readonly [string, string, RegExp][] = [
    ['Bonjour, nous habitons à Dieppe. Où mon fils peut-il faire un CAP en apprentissage près de chez nous ?', "Dans l'électricité plutôt.", /CAP électricien[\s\S]*Dieppe/],
    ['CAP près de Dieppe', "plutôt dans l'électricité", /CAP électricien[\s\S]*Dieppe/],
    ['CAP à Rouen', 'en fait plutôt boulanger', /CAP boulanger[\s\S]*Rouen/],
    ['boulanger près de Vire', 'non plutôt pâtissier', /pâtissier[\s\S]*Vire/],
    ['un bac pro à Caen', 'plutôt dans la vente', /vente[\s\S]*Caen/],
    ['cap vers Evreux', 'plutôt la cuisine', /Évreux/],
    ['CAP près de Lisieux', 'plutôt la coiffure', /coiff[\s\S]*Lisieux/i],
    ['un CAP à Cherbourg', 'non en fait la mécanique', /Cherbourg/],
  ];
  it.each(CASES)('"%s" then "%s": the new course at the same place', async (first, follow, expected) => {
    const { text, rule } = await play(first, follow);
    // A correction with a kind of diploma known is the older course-corrected rule's (the same search, that kind kept).
    expect(rule).toMatch(/^(?:course-at-known-place|course-corrected)$/);
    expect(text).toMatch(expected);
  });

  // Near misses: the pay, a new town, a question on a diploma after the list keep their own answers.
  it.each([
    ['CAP près de Dieppe', 'et le salaire ?'],
    ['CAP près de Dieppe', 'et à Lisieux ?'],
    ['CAP près de Dieppe', "c'est quoi un CAP ?"],
    ['boulanger près de Vire', 'il y a des aides ?'],
  ])('"%s" then "%s" is not another course at the place', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('course-at-known-place');
  });
});

/**
 * Round 31 (review 21, J3): a slot question brought back once and left unanswered again is not asked at the end of
 * the next answers, even when another topic answered in between (its answer used to reset the guard).
 */
describe('a waiting question brought back once is not asked again', () => {
  const AGE = /Quel âge as-tu/;
  const DETOURS: readonly [string, string, string][] = [
    ["j'aime bien la cuisine", "c'est quoi un CAP ?", 'et un bac pro c est quoi ?'],
    ['bonjour jsais pas quoi faire jaime bien bricoler et les voitures', 'mecanicien auto ca me va, faut quel diplome', 'ya des formations dans la manche ? jhabite a saint lo'],
    ["j'aime les animaux", "c'est quoi un CFA ?", 'et ça coûte combien le CFA ?'],
    ["j'aime bien l'informatique", 'c quoi un bts', 'le bts ça dure combien ?'],
    ["j'aime bien la cuisine", 'cuisinier c quel diplome', 'et il y en a vers Caen ?'],
    ["j'aime le sport", "c'est quoi l'apprentissage ?", "c'est quoi un contrat pro ?"],
    ["j'adore dessiner", 'c est quoi un CAP', 'et un BTS c est quoi ?'],
    ["j'aime la nature", "c'est quoi un CFA ?", "c'est quoi un CAP ?"],
  ];
  it.each(DETOURS)('"%s", "%s", "%s": the third answer does not end with the age question', async (first, second, third) => {
    const { text } = await play(first, second, third);
    expect(text).not.toMatch(AGE);
  });

  // Near miss: the age answered after the first detour, the quiz goes on to its next question.
  it('the age given after the detour: the quiz goes on', async () => {
    const { text } = await play("j'aime bien la cuisine", "c'est quoi un CAP ?", '16 ans');
    expect(text).toMatch(/Où en es-tu dans tes études/);
  });
});

/**
 * Round 31 (review 21, J3): "et ça dure combien ?" after a trade's list of places is about the course that list led
 * with (the nearest place's), not the first of the trade's diplomas, another option (motocycles).
 */
describe('the length of the course the list of places led with', () => {
  const ASKED = ['et ca dure combien ?', 'ça dure combien de temps ?', "c'est combien d'années ?", 'la formation dure longtemps ?', 'ça dure 2 ans ?', 'et ça dure combien', 'combien de temps ça dure ?', 'ça prend combien de temps ?'];
  it.each(ASKED)('mécanicien auto near Saint-Lô, then "%s": the Bac pro the list led with', async (asked) => {
    const c = await startConversation();
    const places = c.read(await c.send('mecanicien auto vers saint lo'));
    const led = /\(1\)[^:]*: ([^(;]+?) \(offre/.exec(places)?.[1];
    expect(led).toBeDefined();
    const text = c.read(await c.send(asked)).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain(`« ${led!} »`);
    expect(text).not.toMatch(/motocycles/);
  });

  it('the Bac pro: its own length (3 ans), not the CAP sentence', async () => {
    const { text } = await play('mecanicien auto vers saint lo', 'ça dure combien de temps ?');
    expect(text).toMatch(/niveau 4/);
    expect(text.split('\n').slice(0, 2).join(' ')).toMatch(/3 ans/);
  });

  // Near miss: the trade's card (no places), its first diploma.
  it("the trade's card then the length: its first diploma", async () => {
    const { text } = await play('mécanicien automobile', 'ça dure combien de temps ?');
    expect(text).toMatch(/véhicules légers/);
  });
});

/**
 * Round 31 (review 21, X1): a number asked to call ("Vous pouvez me donner un numéro à appeler ?") is read as a callback
 * by the classifier; the free line answers it (number-to-call.ts), also while a question waits. Being called back
 * keeps the callback form.
 */
describe('a number asked to call', () => {
  const ASKED = [
    'Vous pouvez me donner un numéro à appeler ?',
    "c'est quoi votre numéro de téléphone ?",
    'je peux appeler quel numéro ?',
    'il y a un numéro de téléphone ?',
    'un numéro pour vous appeler ?',
    'donnez-moi un numéro de téléphone svp',
    'quel numéro je dois composer ?',
    "t'as un numéro que je peux appeler ?",
  ];
  it.each(ASKED)('"%s": the free line, not the first name asked', async (asked) => {
    const { text } = await play(asked);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/quel est (?:votre|ton) prénom/);
  });

  it('asked while the town is asked: the number, not the callback form', async () => {
    const { text } = await play('Bonjour je cherche un CFA en pâtisserie à Lyon', 'Et à Rennes alors ?', 'Vous pouvez me donner un numéro à appeler ?');
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/quel est (?:votre|ton) prénom/);
  });

  it('asked inside the callback form: the number, and the form goes on', async () => {
    const { text } = await play('je voudrais être rappelé', 'Vous pouvez me donner un numéro à appeler ?');
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/prénom/);
  });

  // Near misses: being called back is the callback form.
  it.each(['rappelez-moi au 06 12 34 56 78', 'pouvez-vous me rappeler ?', 'je veux être rappelé', 'vous pouvez me rappeler sur mon numéro ?'])('"%s": the callback form', async (asked) => {
    const { text } = await play(asked);
    expect(text).toMatch(/prénom|rappel/);
  });
});

/**
 * Round 31 (review 21, X2): a doubt right after an aid said not to be in our sources ("On m'a dit qu'elle existait en
 * 2026, vous êtes sûr ?") is confirmed honestly, with the free line (doubt-on-unknown-aid.ts), not "je n'ai pas compris".
 */
describe('a doubt on an aid said unknown', () => {
  const CLAIMS = [
    'Bonjour, je voudrais demander la prime Normandie Jeunes Apprentis de 3000 euros, comment je fais ?',
    "c'est combien l'aide de 7000 euros pour les apprentis ?",
    'je veux la prime macron jeune apprenti',
  ];
  const DOUBTS = [
    "On m'a dit qu'elle existait en 2026, vous êtes sûr ?",
    "t'es sûr ?",
    "pourtant ma cousine l'a touchée",
    "c'est vrai ?",
    "mon patron m'a dit que si",
    'vraiment ?',
    "j'ai vu sur internet qu'elle existe",
    'vous êtes certaine ?',
  ];
  it.each(DOUBTS.map((d, i) => [CLAIMS[i % CLAIMS.length]!, d]))('"%s" then "%s": confirmed, with the free line', async (claim, doubt) => {
    const { text, rule } = await play(claim, doubt);
    expect(rule).toBe('doubt-on-unknown-aid');
    expect(text).toMatch(/le confirme/);
    expect(text).toMatch(/0800 050 000/);
  });

  // Near misses: the list of real aids asked, a doubt on a sourced answer, a doubt two messages later.
  it('the real aids asked after it: the list', async () => {
    const { text, rule } = await play(CLAIMS[0]!, 'Quelles aides existent vraiment alors ?');
    expect(rule).not.toBe('doubt-on-unknown-aid');
    expect(text).toMatch(/aides/);
  });
  it('a doubt on the pay: where the figures come from', async () => {
    const { rule } = await play("c'est combien un apprenti de 17 ans ?", 'vous êtes sûr ?');
    expect(rule).not.toBe('doubt-on-unknown-aid');
  });
  it('a doubt after another answer came in between', async () => {
    const { rule } = await play(CLAIMS[0]!, "c'est quoi un CFA ?", 'vous êtes sûr ?');
    expect(rule).not.toBe('doubt-on-unknown-aid');
  });
});
