import { describe, expect, it } from 'vitest';
import { asksSomething, contactQuestionOf, type ContactAspect, type ContactContext } from '../../../dialogs/support/contact-questions.js';
import { normalize } from '../../../src/text/normalize.js';

const aspect = (text: string, where: ContactContext | undefined, namesSomethingElse = false): ContactAspect | undefined =>
  contactQuestionOf({ text, normalized: normalize(text), where, namesSomethingElse });

describe('questions about the free line, the call and the callback', () => {
  it.each<[string, ContactContext, ContactAspect]>([
    ['c payant ?', 'card', 'cost'],
    ["Est-ce que l'appel est facturé ?", 'card', 'cost'],
    ['ça coûte qqch depuis un portable', 'card', 'cost'],
    ['ya des horaires pour appeler ?', 'card', 'hours'],
    ['on peut les avoir le week-end', 'card', 'hours'],
    ["Vous pouvez m'indiquer quand la ligne est ouverte ?", 'card', 'hours'],
    ['et si je leur écris par mail ?', 'card', 'other_channel'],
    ['ok et par sms', 'card', 'other_channel'],
    ['c koi deja le numero', 'card', 'number'],
    ['vous me rappelez dans combien de temps ?', 'card', 'callback_when'],
    ['il sert à quoi ce numéro ?', 'card', 'purpose'],
    ['c gratuit ?', 'share', 'cost'],
    ['ça sert à quoi ?', 'share', 'summary'],
    ['ok mais il verra quoi ?', 'share', 'summary'],
    ["c'est gratuit ?", 'form', 'cost'],
    ['il me rappelle quand ?', 'form', 'callback_when'],
    ['ce sera quand ?', 'form', 'callback_when'],
    ['la ligne ouvre à quelle heure ?', 'form', 'hours'],
    ['pourquoi ?', 'form', 'purpose'],
  ])('"%s" in view of the %s: %s', (text, where, expected) => {
    expect(aspect(text, where)).toBe(expected);
  });

  it.each<[string, ContactContext | undefined, boolean]>([
    // Another subject named: the question is about it.
    ['c payant la formation au CFA ?', 'card', false],
    ['le salaire c combien ?', 'card', false],
    ['et à Caen ?', 'card', true],
    // Not a question.
    ['merci je vais les appeler', 'card', false],
    ['oui', 'share', false],
    // No contact in view: only the line named.
    ["c'est gratuit ?", undefined, false],
    ['quand est-ce que je commence ?', undefined, false],
    ['la ligne de bus est gratuite pour les apprentis ?', undefined, false],
    ['la ligne de bus est gratuite pour les apprentis ?', 'card', false],
  ])('"%s" (%s) is not about the contact', (text, where, namesSomethingElse) => {
    expect(aspect(text, where, namesSomethingElse)).toBeUndefined();
  });

  it('the line named is a question about it even with no card in view', () => {
    expect(aspect('le numéro vert est gratuit depuis un portable ?', undefined)).toBe('cost');
    expect(aspect("l'appel au 0800 est payant pour une entreprise ?", undefined)).toBe('cost');
  });

  it('a question is never a consent: asked with a question word, with or without its mark', () => {
    for (const text of ['ok mais ça sert à quoi', 'oui mais vous rappelez quand', 'ok ?', "c'est quoi le résumé", 'oui pourquoi faire']) {
      expect(asksSomething(text, normalize(text)), text).toBe(true);
    }
    for (const text of ['oui', 'ok', 'oui ça marche', 'oui et merci', "d'accord", 'Oui, je partage', 'oui quand vous voulez']) {
      expect(asksSomething(text, normalize(text)), text).toBe(false);
    }
  });
});
