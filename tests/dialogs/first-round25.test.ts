import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 25 (r25-first): first messages that name their topic in everyday words. Each kind is a mechanism, tested on
 * phrasings of our own (tu and vous, SMS spellings, typos) and near misses that keep their answer.
 */
describe('a trade named by what its worker does or works with (the word family of its title)', () => {
  it.each([
    ['je veux faire le métier de celui qui pose le carrelage', /Carreleur/],
    ['le gars ki pose du carrelage c quoi son diplome', /Carreleur/],
    ['jveu faire de la chaudronnerie', /Chaudronnier/],
    ['jveux bosser dans la maroquinerie', /Maroquinier/],
    ['un métier dans la poissonnerie, ça vous parle ?', /Poissonnier/],
    ["mon fils veut faire de l'horlogerie, quel diplôme ?", /Horloger/],
    ['la cordonnerie ça me plaît, je prépare quel diplôme ?', /Cordonnier/],
    ['la personne qui soude, elle prépare quel CAP ?', /Soudeur/],
  ])('"%s"', async (message, trade) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(trade);
    expect(text).toMatch(/CAP|Bac pro|BP|BTS|diplôme/);
  });

  it.each([
    ["l'agriculture m'intéresse, je prépare quoi ?"],
    ['la mécanique ça me branche'],
  ])('near miss, a broad field stays the field: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/^(?:Agriculteur|Mécanicien)[^\n]*: ce métier/);
  });

  it.each([
    ["j'ai pas de voiture pour aller au CFA"],
    ['une formation technique en alternance ça existe ?'],
    ['je dois payer une facture au CFA ?'],
    // "qui" before an infinitive asks whom: no worker's verb ("tourner" is no turner, "contacter" no contact person).
    ['vers qui se tourner pour trouver un patron ?'],
    ['qui contacter pour signer le contrat ?'],
  ])('near miss, no trade from an everyday word: "%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/Fiche ROME/);
  });
});

describe('a compound title beats its head word', () => {
  it.each([
    ['Ma fille voudrait être vendeuse en boulangerie, quel diplôme préparer ?'],
    ['jveux etre vendeuse en boulangerie'],
    ['je voudrais devenir vendeur en boulangerie'],
    ['Mon fils souhaite être vendeur en boulangerie-pâtisserie, par quoi commencer ?'],
    ['vendeuse en boulangerie c quoi le diplome'],
    ['je reve d etre vendeuse en boulangerie'],
    ['Quel CAP pour devenir vendeuse en boulangerie ?'],
    ['vendeur en boulangerie en alternance, c possible ?'],
  ])('"%s" is the seller, not the baker', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Vendeur|vente/);
    expect(text).not.toMatch(/^Boulanger \/ Boulangère/);
  });

  it.each([['je veux devenir boulanger'], ['CAP boulanger'], ['boulangère en apprentissage, quel diplôme ?']])('near miss: "%s" stays the baker', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/oulanger/i);
    expect(text).not.toMatch(/Vendeur/);
  });
});

describe('who can advise one’s way: the orientation services', () => {
  it.each([
    ["qui peut m'aider à choisir mon orientation dans l'Eure ?"],
    ["vers qui je peux me tourner pour m'orienter ? j'habite vers Lisieux"],
    ['ya qq1 qui peut conseiller mon fils pr son orientation pres de Vire'],
    ['Quel organisme peut aider ma fille à choisir sa voie, nous sommes à Évreux ?'],
    ["a qui s'adresser pour etre guidé dans mon choix de metier"],
    ['qui pourrait m orienter svp jsuis perdu'],
    ["Où aller pour se renseigner sur l'orientation de mon enfant à Caen ?"],
    ['qui peut me conseiller sur un métier à Rouen ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('orientation-help-asked');
    expect(text).toMatch(/CIO|centres d'information et d'orientation/);
    expect(text).not.toMatch(/qu'est-ce que tu aimes faire|Quelle formation cherche/);
  });

  it.each([
    ["tu peux m'aider à choisir un métier ?"],
    ["qui peut m'aider à trouver un patron ?"],
    ["qui peut m'aider à payer le permis ?"],
  ])('near miss: "%s" keeps its answer', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('orientation-help-asked');
  });
});

describe('an apprenticeship sought in a trade: the trade (its diplomas, then where), not the employer card alone', () => {
  it.each([
    ['je cherche un apprentissage en cuisine', /Cuisin/],
    ['jcherche une alternance en plomberie', /Plombier/],
    ["Je recherche un contrat d'apprentissage en boulangerie pour mon fils", /Boulanger/],
    ['je voudrais faire une alternance comme carreleur', /Carreleur/],
    ['un apprentissage en coiffure svp', /Coiffeur/],
    ['je veux trouver un apprentissage de mécanicien auto', /[Mm]écani/],
    ['Nous cherchons une alternance en pâtisserie pour notre fille', /Pâtissier/],
    ['jveu un aprentissage en menuiserie', /Menuisier/],
  ])('"%s"', async (message, trade) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('trade-apprenticeship-sought');
    expect(text).toMatch(trade);
    expect(text).toMatch(/La bonne alternance/);
    expect(text).toMatch(/Où me former/);
  });

  it.each([
    ['je cherche un patron en cuisine'],
    ["je cherche une alternance dans l'informatique"],
    ['un apprentissage en cuisine ça dure combien ?'],
  ])('near miss: "%s" keeps its answer', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('trade-apprenticeship-sought');
  });
});

describe('an apology for the circumstances before the question: the question is the message', () => {
  it.each([
    ['dsl mon tel a planté. cap coiffure c ou ?', /coiffure/],
    ['sorry batterie faible, un CAP cuisine près de Caen ?', /cuisin/i],
    ['Désolée de vous déranger si tard, quel salaire pour un apprenti de 18 ans ?', /SMIC|smic|%/],
    ['Pardon, mon portable a bugué : bts mco en alternance ça existe ?', /management commercial/],
    ['désolée pour les fautes, mon fils veut être plombier il fait comment', /Plombier/],
    ['dsl le correcteur. je voulais dire cap boulanger à rouen', /oulanger/],
    ['Désolé, plus de réseau ! Le BTS électrotechnique se prépare où en Normandie ?', /électrotechnique/i],
    ['sry jsui dans le bus ça capte mal, cap mécanique auto vers Evreux ?', /mécani|maintenance/i],
  ])('"%s"', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/numéro gratuit de la Région/);
  });

  it.each([
    ['quel est le numéro de téléphone pour parler à quelqu un ?', /0800/],
    ["dsl j'ai pas compris, tu peux répéter ?", /./],
  ])('near miss: "%s" keeps its words', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
  });
});

describe('a story with an age or a class, a trade and a town, asking if apprenticeship is possible', () => {
  it.each([
    ['Mon fils de 15 ans termine sa 3e à Bayeux, il veut faire de la mécanique. Est-ce possible en apprentissage ?', /[Mm]écani/],
    ["Ma fille de 16 ans finit sa 3e à Vire, elle voudrait faire de la coiffure. C'est faisable en apprentissage ?", /Coiffeur/],
    ["j'ai 15 ans je suis en 3e a Caen je veux etre boulanger je peux faire un apprentissage ?", /Boulanger/],
    ["notre fils a 15 ans, il est en troisième près de Dieppe et veut devenir plombier, peut-il signer un contrat d'apprentissage ?", /Plombier/],
    ["Mon garçon (16 ans) sort de 3e à Évreux, la menuiserie le tente : l'apprentissage est-il possible ?", /Menuisier/],
    ['g 15 ans jsui en 3e a lisieux jveu etre pâtissier en alternance c possible ?', /Pâtissier/],
    ['Ma fille, 15 ans, en troisième au Havre, rêve de devenir fleuriste : peut-elle faire un apprentissage ?', /Fleuriste/],
    ["mon fils a 16 ans il termine le collège à Alençon et veut être électricien, il peut être apprenti ?", /Électricien|Electricien/],
  ])('"%s"', async (message, trade) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('story-age-and-trade');
    expect(text).toMatch(trade);
    expect(text).toMatch(/16 ans/);
    expect(text).toMatch(/3e/);
  });

  it.each([
    ['mon fils de 15 ans veut faire de la mécanique, combien il serait payé en apprentissage ?'],
    ["j'ai 19 ans, je veux être boulanger à Caen, je peux faire un apprentissage ?"],
    ['Notre apprentie pâtissière a 16 ans, elle peut finir à 23h ?'],
    ['mon apprenti de 15 ans en 3e peut-il venir le samedi matin ?'],
  ])('near miss: "%s" keeps its answer', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('story-age-and-trade');
  });
});

describe('apprenticeship described without its name (paid while training): exactly that, then the trades', () => {
  it.each([
    ['je veux un métier manuel où on est payé pendant la formation'],
    ['Mon fils voudrait être payé pendant ses études, quelle solution ?'],
    ['y a des formations où on touche un salaire ?'],
    ['jveu travailler de mes mains et etre payé en me formant'],
    ['Existe-t-il une formation rémunérée pour un métier manuel ?'],
    ['je cherche un metier ou on apprend en etant payé'],
    ["c possible d'etre payé et d'aller a l'ecole en meme temps ?"],
    ['se former tout en étant rémunéré, ça existe ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('paid-while-training-wished');
    expect(text).toMatch(/C'est exactement l'apprentissage/);
    expect(text).toMatch(/contrat de travail/);
  });

  it.each([
    ['en apprentissage on est payé combien pendant la formation ?'],
    ['combien on est payé pendant la formation'],
    ['la paie pendant la formation ?'],
  ])('near miss: "%s" keeps the pay', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('paid-while-training-wished');
  });
});
