import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { leavingUniversity } from '../../dialogs/routing/leaving-university.js';
import { lostAfterThird, universityLeftNoWish } from '../../dialogs/routing/orientation-situation.js';
import { smicAskedItself } from '../../dialogs/routing/smic-asked.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { definedTermAsked } from '../../src/nlu/defined-term.js';
import { normalize } from '../../src/text/normalize.js';
import { lastReplyOf } from './harness.js';
import { understood } from './routing/fixtures.js';

/** The FAQ's defined terms, read from the knowledge itself (only `id` and `defines` matter here). */
const faq = (parse(readFileSync('knowledge/faq.yaml', 'utf8')) as { faq: FaqEntry[] }).faq;

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 28 (issue 11): the eight FAQ entries that had 4 to 10 ways of asking (median 26) learnt 18 more each, and the
 * routing learnt the ways of asking that missed them (definitions asked "ça sert à quoi", "qu'est-ce que c'est au
 * juste"; the end of the 3e told as "termine le collège", "la classe de 3e", "mon brevet"; a student still at
 * university who wants out; the SMIC "cette année" or "le salaire minimum actuel"). These phrasings are held out:
 * none is in knowledge/faq.yaml. The 144 training phrasings of that branch were taken out at integration (they moved
 * borderline readings elsewhere: the employer's cost entry for "combien coûte un CAP cuisine", the SMIC's entry for
 * "et en net ?"): the rows below pass on the routing mechanisms alone; the apprentice's side of the disability aid
 * ("jai une rqth, mon patron touchera combien…") needs them and waits for them.
 */
describe('held-out phrasings reach their own entry', () => {
  it.each([
    // handicap-employeur: the State's 6,000 € and the Agefiph
    ['mon apprenti est reconnu travailleur handicapé, quelle aide pour ma boite ?', /6 000 €[\s\S]*Agefiph/],
    ['aide pour embaucher un alternant handicapé', /6 000 €[\s\S]*Agefiph/],
    // apprentissage-apres-la-fac: up to 29, the Mission Locale
    ["je suis en première année de fac de langues et je m'ennuie, l'apprentissage c'est possible ?", /après la fac[\s\S]*29 ans[\s\S]*Mission Locale/i],
    ['Je suis en deuxième année de licence de droit et je veux arrêter pour apprendre un métier', /après la fac[\s\S]*29 ans/i],
    ["décrochage en licence, que faire, l'alternance ?", /après la fac[\s\S]*29 ans/i],
    ['la fac c pa pour moi, jveu faire un apprentissage', /après la fac[\s\S]*29 ans/i],
    // apres-3e-que-faire: a CAP in 2 years or a bac pro in 3
    ["Notre fille est en 3e, elle ne sait pas vers quoi s'orienter", /CAP en 2 ans ou à un bac pro en 3 ans/],
    ['apré le colege on peu faire koi', /CAP en 2 ans ou à un bac pro en 3 ans/],
    ['quelles voies après la classe de 3e ?', /CAP en 2 ans ou à un bac pro en 3 ans/],
    ['je vais avoir mon brevet, et après je fais quoi ?', /CAP en 2 ans ou à un bac pro en 3 ans/],
    ['Mon enfant termine le collège et hésite sur son orientation, quelles possibilités ?', /CAP en 2 ans ou à un bac pro en 3 ans/],
    // cfa-definition
    ["Un CFA, qu'est-ce que c'est au juste ?", /centre de formation d'apprentis/],
    ['le CFA ça sert à quoi ?', /centre de formation d'apprentis/],
    ['cfa c une ecole ou pas', /centre de formation d'apprentis/],
    // opco-definition
    ['opco ca sert a koi', /opérateur de compétences/],
    ['Comment savoir quel est notre OPCO ?', /opérateur de compétences/],
    ["Qu'est-ce que l'OPCO pour une entreprise qui prend un apprenti ?", /opérateur de compétences/],
    // smic-montant
    ['Quel est le salaire minimum actuel ?', /1 867,02 € brut par mois/],
    ['a combien est le smic cette annee', /1 867,02 € brut par mois/],
    ['Combien fait le SMIC brut par mois ?', /1 867,02 € brut par mois/],
    // apprentissage-definition
    ["jsai pa ce ke c l'apprentissage", /en alternance[\s\S]*de 16 à 29 ans/],
    ["Ma fille parle d'alternance, en quoi ça consiste ?", /en alternance[\s\S]*de 16 à 29 ans/],
    ["le principe d'un contrat d'apprentissage ?", /en alternance[\s\S]*de 16 à 29 ans/],
    // quitter-lycee-general-apprentissage
    ['je suis en seconde generale et je veux partir en apprentissage', /seconde ou (?:de )?(?:la )?première/],
    ["Notre fils en 1ère générale ne s'y plaît pas, peut-il rejoindre un CFA ?", /seconde ou (?:de )?(?:la )?première/],
    ['arreter le lycee general pour faire un bac pro en cfa', /seconde ou (?:de )?(?:la )?première/],
  ])('"%s"', async (message, fact) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(fact);
  });
});

describe('near misses keep their answer', () => {
  it.each([
    // The neighbours of the entries after the 3e: how to enrol, lycée pro or apprenticeship, a trade at 15.
    ['Comment entrer en CAP en apprentissage après la 3e ?', /Affelnet/],
    ['je suis en 3e, lycée pro ou apprentissage ?', /au lycée professionnel/],
    ["mon fils termine sa 3e, il veut faire un CAP boulanger, c'est possible à 15 ans ?", /15 ans si (?:le jeune|tu) a/],
    // A contract's third year is not the 3e.
    ['après la 3e année de mon contrat je suis embauché ?', /période d'essai/],
    // After a general bac: not the fac left.
    ["j'ai un bac général, je peux faire un BTS en alternance ?", /bac général/],
    // The CFA's cost and the OPCO's registration of a contract keep their entries.
    ['faut payer le cfa ?', /formation est gratuite/],
    ["mon contrat a été envoyé à l'opco ?", /Cerfa FA 13/],
  ])('"%s" keeps its entry', async (message, fact) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toMatch(/^(?:leaving-university|lost-after-third|defined-entry-over-help|smic-asked-itself)$/);
    expect(plain(text)).toMatch(fact);
  });

  it.each([
    ['combien gagne un apprenti de 18 ans ?'],
    ["le smic pour un apprenti de 17 ans c'est combien ?"],
    ['salaire minimum d un apprenti de 19 ans'],
    ['je suis en licence pro en alternance, combien je gagne ?'],
  ])('"%s" is an apprentice\'s pay, not the SMIC alone', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('smic-asked-itself');
    expect(rule).not.toBe('leaving-university');
    expect(plain(text)).not.toMatch(/SMIC horaire brut de 12,31 €/);
  });

  it('"tu sers à quoi ?" still says what the bot does', async () => {
    const { rule } = await lastReplyOf(['tu sers à quoi ?']);
    expect(rule).toBe('interruption');
  });
});

/**
 * The mechanisms alone, on more phrasings of our own (no classifier: the predicates read the normalised words), with
 * the near misses that must stay out.
 */
describe('the mechanisms on more phrasings', () => {
  it.each([
    ["je suis en L1 de psycho et j'en ai marre"],
    ['jsui en L2 de droit jveu arreter'],
    ['Notre fils est en deuxième année de licence et veut se réorienter vers un métier concret'],
    ["etudiant en socio, ça me plait pas du tout, l'apprentissage c possible ?"],
    ['Je suis en prépa et je décroche complètement'],
    ['ma fille est étudiante en STAPS et voudrait apprendre un vrai métier'],
    ["je suis en BUT GEA et je veux changer de voie"],
    ['redoublement en première année de médecine, je peux faire une alternance ?'],
    ['je suis à la fac en lettres et je m ennuie grave'],
  ])('"%s" is a student who wants out of university', (message) => {
    expect(leavingUniversity(understood(message))).toBe(true);
  });

  it.each([["j'ai lâché la L1, je veux un truc concret"], ['g arreté la L2 jsui perdu']])('"%s" has left university (the year written "L1")', (message) => {
    expect(universityLeftNoWish(understood(message))).toBe(true);
  });

  it.each([
    ['je suis en licence pro en alternance et mon patron me paie pas'],
    ['je suis en L1 de droit, combien je gagnerais en apprentissage ?'],
    ["je suis en 2e année de CAP et je veux arrêter"],
    ['je suis en L3 et tout se passe bien'],
    ['ma fille est étudiante en droit, quelles aides pour son logement ?'],
  ])('"%s" is not', (message) => {
    expect(leavingUniversity(understood(message))).toBe(false);
  });

  it.each([
    ['ma fille termine le collège et elle hésite'],
    ["après la classe de 3e, quelles pistes ?"],
    ['apré le colege on fé koi'],
    ["j'ai eu mon brevet, je fais quoi maintenant ?"],
    ['mon fils est en troisième, il ne sait pas vers quoi aller'],
    ['Notre enfant finit sa 3e, quelles orientations possibles ?'],
    ['je quitte le collège en juin et je sais pas quoi faire'],
    ["choix d'orientation en fin de 3e"],
  ])('"%s" is lost at the end of the 3e', (message) => {
    expect(lostAfterThird(understood(message))).toBe(true);
  });

  it.each([
    ['après la 3e année de contrat, je fais quoi ?'],
    ["j'ai mon brevet professionnel, quelles possibilités ?"],
    ['je suis en 3e, combien je gagnerais en apprentissage ?'],
    ['en 3e je veux faire un CAP, comment je m inscris ?'],
  ])('"%s" is not', (message) => {
    expect(lostAfterThird(understood(message))).toBe(false);
  });

  it.each([
    ['le smic cette année ?'],
    ['a combien est le smic cette annee'],
    ['Quel est le salaire minimum actuel ?'],
    ['salaire minimum en france ?'],
    ['le salaire minimum interprofessionnel de croissance, combien ?'],
    ['smic net 2026'],
    ['c koi le smic en ce moment'],
    ['Le SMIC horaire, combien ?'],
  ])('"%s" asks the SMIC itself', (message) => {
    expect(smicAskedItself(understood(message))).toBe(true);
  });

  it.each([
    ['salaire minimum apprenti 2e annee'],
    ['le smic pour mon fils de 17 ans'],
    ["quel est le salaire minimum d'un apprenti"],
    ['combien je touche en pourcentage du smic'],
  ])('"%s" is someone\'s pay', (message) => {
    expect(smicAskedItself(understood(message))).toBe(false);
  });

  it.each([
    ['le CFA ça sert à quoi ?', 'cfa-definition'],
    ['a quoi sert un opco', 'opco-definition'],
    ["l'OPCO, qu'est-ce que c'est ?", 'opco-definition'],
    ["Un CFA, qu'est-ce que c'est au juste ?", 'cfa-definition'],
    ["l'apprentissage, de quoi s'agit-il ?", 'apprentissage-definition'],
    ["je sais pas ce que c'est l'alternance", 'apprentissage-definition'],
    ['jsai pa ce ke c un cfa', 'cfa-definition'],
    ['le smic sa sert a koi', 'smic-montant'],
  ])('"%s" asks what a term is', (message, entry) => {
    expect(definedTermAsked(normalize(message), faq)?.entryId).toBe(entry);
  });

  it.each([['à quoi sert le CFA si je trouve pas de patron ?'], ['tu sers à quoi ?'], ["je sais pas ce que je veux faire après le CFA"]])('"%s" asks no definition', (message) => {
    expect(definedTermAsked(normalize(message), faq)).toBeUndefined();
  });
});
