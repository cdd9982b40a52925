import { describe, expect, it } from 'vitest';
import { sentenceAnswering } from '../../dialogs/support/card-repeat.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalize } from '../../src/text/normalize.js';
import { lastReplyOf } from './harness.js';

/**
 * Round 33 (r33-followups): a follow-up on one point of the answer in view got the card again, or "not covered", while
 * the point was written (in the clause after the lead, in the rupture of the person's own side, in the rupture case
 * the time told chooses). Phrasings of our own; near misses keep their old answer.
 */
const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

/** How long a conversation of two turns over the real bot may take on a loaded machine. */
const TURNS = 120_000;

describe('a sentence of the card whose first clause was the lead: its clauses after it answer', () => {
  const sentences = [
    'Pendant tes 45 premiers jours en entreprise, tu peux partir sans raison.',
    "Après, c'est possible d'un commun accord écrit avec ton employeur ; si tu veux partir seul, tu dois d'abord saisir le médiateur de l'apprentissage, puis prévenir ton employeur au moins 5 jours après, avec un préavis d'au moins 7 jours.",
  ];
  const lead = "Après, c'est possible d'un commun accord écrit avec ton employeur.";
  it.each([
    ['il y a un préavis ?'],
    ['et le préavis ?'],
    ['faut un préavis ?'],
    ['je dois prévenir mon employeur ?'],
    ['et le médiateur ?'],
    ['si je veux partir seul ?'],
    ['combien de jours de préavis ?'],
    ['il faut saisir qui ?'],
  ])('%s → the clause after the lead, not the sentence with the lead again', (message) => {
    const found = sentenceAnswering(sentences, normalize(message), lead);
    expect(found).toMatch(/^Si tu veux partir seul/);
    expect(found).not.toMatch(/commun accord/);
  });

  it.each([
    // Near misses: the lead holds the whole sentence, or another sentence answers.
    ['et pendant les premiers jours ?', /^Pendant tes 45 premiers jours/],
    ['je peux partir sans raison ?', /^Pendant tes 45 premiers jours/],
  ])('%s → %s', (message, expected) => {
    expect(sentenceAnswering(sentences, normalize(message), lead)).toMatch(expected);
  });

  it('a lead that is the whole sentence leaves nothing of it to say', () => {
    expect(sentenceAnswering([lead], normalize('un accord écrit ?'), lead)).toBeUndefined();
  });
});

describe('the notice asked after the rupture past its first 45 days: the 7 days, not the card again', () => {
  it.each([
    ["ça fait 5 mois que je suis apprenti dans ce garage et je veux arrêter", 'il y a un préavis ?'],
    ['je bosse depuis 6 mois chez mon patron et je veux quitter mon contrat', 'faut prévenir combien de jours avant ?'],
    ["je veux démissionner de mon apprentissage après 5 mois", 'il y a un délai de préavis ?'],
  ])('%s / %s', async (first, follow) => {
    const { text } = await play(first, follow);
    expect(text).toMatch(/7 jours/);
  }, TURNS);
});

describe("the person who works in the business is not its boss: an apprentice's wish to leave gets their own rupture", () => {
  it.each([
    ['ça fait 3 semaines que je suis dans ma boite et je veux partir'],
    ['je suis dans mon entreprise depuis 10 jours, je peux arrêter ?'],
    ['je travaille dans ma boite depuis un mois et je veux tout arrêter, je peux ?'],
    ['ma fille veut arrêter son apprentissage après 3 semaines, c\'est possible ?'],
    ['mon fils veut quitter son contrat au bout de 20 jours'],
    ["ça fait 2 semaines que j'ai signé et je veux partir de ma boite"],
  ])('%s → the free rupture of the first 45 days, not what the employer may do', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(/45 premiers jours/);
    expect(text).not.toMatch(/l'employeur peut rompre/);
  }, TURNS);

  it.each([
    ["ça fait 3 semaines que je suis dans ma boite et ça me plaît pas, je peux partir direct ?", "et si j'avais déjà fait 3 mois ?"],
    ["mon fils veut arrêter son apprentissage au bout de 15 jours, il peut ?", "et s'il était là depuis 5 mois ?"],
    ["ça fait 10 jours que je suis dans ma boite, je veux arrêter", "et si ça faisait 4 mois ?"],
  ])('%s / %s → past the 45 days: the mediator or a written agreement', async (first, follow) => {
    const { text } = await play(first, follow);
    expect(text).toMatch(/médiateur|commun accord/);
  }, TURNS);

  it.each([
    ['je suis dans ma boite depuis 3 semaines', 'jeune'],
    ['ça fait un mois que je bosse dans ma boite', 'jeune'],
    ['je veux quitter ma boite', 'jeune'],
    ['je veux partir de mon entreprise', 'jeune'],
    // Near misses: the one who speaks of what their business is, or hires for it.
    ['dans ma boîte on est 4', 'employeur'],
    ['ma boite a 20 salariés, quelle aide pour un apprenti ?', 'employeur'],
    ['je cherche un apprenti pour ma boite', 'employeur'],
  ])('%s → %s', (raw, persona) => {
    const read = extractEntities(normalize(raw)).persona;
    if (persona === 'jeune') expect(read).not.toBe('employeur');
    else expect(read).toBe(persona);
  });

  it.each([
    // Near misses: let go by the employer, or the employer ending it: the employer's rupture, as before.
    ["mon patron m'a viré au bout de 3 semaines", /ton employeur peut rompre ton contrat sans motif|pouvait arrêter le contrat sans motif/],
    ['je veux me séparer de mon apprenti après 3 semaines, c\'est possible ?', /l'employeur peut rompre le contrat sans motif/],
  ])('%s → %s', async (message, expected) => {
    const { text } = await play(message);
    expect(text).toMatch(expected);
  }, TURNS);
});

describe('a time spent told right after changing employer: the rupture case it chooses, not "not covered"', () => {
  it.each([
    ["je peux changer de patron en cours d'année ? j'ai trouvé une autre entreprise", "ça fait 3 semaines que j'ai commencé", /45 premiers jours/],
    ['je voudrais changer d\'entreprise en cours d\'apprentissage', "j'ai commencé il y a 10 jours", /45 premiers jours/],
    ["une autre boite veut me prendre, je peux changer d'employeur ?", "ça fait 5 mois que j'y suis", /commun accord|médiateur/],
    ['je veux changer de boite pendant mon apprentissage', 'ça fait 2 mois que j\'ai commencé', /45/],
  ])('%s / %s → %s', async (first, follow, expected) => {
    const { text, rule } = await play(first, follow);
    expect(rule).toBe('rupture-time-follow-up');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvre pas/);
  }, TURNS);

  it.each([
    // Near misses: a time told after an answer that is not about ending the contract keeps its old reading.
    ["j'ai 17 ans combien je vais toucher en 1ere annee", "ça fait 3 semaines que j'ai commencé"],
    ["j'ai raté mon CAP, je peux le repasser ?", "ça fait 3 semaines que j'ai commencé"],
  ])('%s / %s → not the rupture', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('rupture-time-follow-up');
  }, TURNS);
});

describe('an age told asking whether the rule is more or the same for it: the linked rule for that age', () => {
  it.each([
    ['jai droit a combien de vacances en apprentissage ?', "j'ai 19 ans, j'ai pas droit a plus ?"],
    ['est ce que jvais avoir les vacances comme au lycee ?', "et si j'ai 19 ans je peux en avoir plus ?"],
    ['combien de congés payés pour un apprenti ?', "j'ai 20 ans, c'est pareil pour moi ?"],
    ["les congés d'un apprenti c'est combien de semaines ?", "moi j'ai 18 ans, j'en ai plus ?"],
    ['combien de semaines de vacances en alternance ?', "j'ai 17 ans, j'en ai davantage ?"],
    ["j'ai combien de congés en apprentissage ?", "j'ai 16 ans, c'est pareil ?"],
    ["c'est combien de congés payés par an pour un apprenti ?", "j'ai 19 ans, ça fait plus pour moi ?"],
    ['les apprentis ont combien de vacances ?', "j'ai 20 ans, j'en ai autant ?"],
  ])('%s / %s → the under-21s\' leave', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(rule).toBe('age-rule-more-asked');
    expect(text).toMatch(/21 ans/);
  }, TURNS);

  it.each([
    // Near misses: an age past the linked rule's, and an age after the pay, keep their old reading.
    ['jai droit a combien de vacances en apprentissage ?', "j'ai 23 ans, j'ai pas droit a plus ?"],
    ["quel est le salaire d'un apprenti de 19 ans ?", "j'ai 19 ans, j'ai pas droit a plus ?"],
  ])('%s / %s → not that rule', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('age-rule-more-asked');
  }, TURNS);
});
