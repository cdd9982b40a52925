import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 15, kinds from blind set 12 and review 10 (our own phrasings, never the set's): aids and rules found from the
 * person's situation, and words that only look like a callback request.
 */
describe("an employer hiring a job seeker of 45 or more in contrat pro, asking the aid one message later", () => {
  it.each([
    ["Je suis employeur, j'embauche un demandeur d'emploi de 47 ans en contrat de professionnalisation", 'Il y a une aide pour cette embauche ?'],
    ['nous recrutons en contrat pro une demandeuse d emploi de 52 ans', 'on a droit a une aide pr cette embauche ?'],
    ["j'embauche un chômeur de 46 ans en contrat de pro dans ma boite", "y a une aide à l'embauche ?"],
  ])('"%s" then "%s": the 45+ contrat pro aid, not only "the apprenticeship aid does not apply"', async (hiring, asks) => {
    const c = await startConversation();
    await c.send(hiring);
    const text = c.read(await c.send(asks));
    expect(text).toMatch(/45 ans et pl/);
    expect(text).toMatch(/2 000 €/);
    expect(text).not.toMatch(/ne s'applique pas/);
  });

  it('without the age of the person hired, the aids of the contract are listed, none chosen for them', async () => {
    const c = await startConversation();
    await c.send("Je suis employeur, j'embauche quelqu'un en contrat de professionnalisation");
    const text = c.read(await c.send('Il y a une aide pour cette embauche ?'));
    expect(text).not.toMatch(/ne s'applique pas/);
    expect(text).not.toMatch(/2 000 €/);
  });
});

describe('"je le rappelle", "je te rappelle que…": a reminder, never a callback request', () => {
  it.each([
    ['nous sommes 20 salariés, je le rappelle'],
    ["je te rappelle que j'ai 17 ans"],
    ['je vous rappelle que nous sommes une entreprise de 8 salariés'],
    ['jte rappel que jai 16 ans'],
  ])('"%s": no callback form', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).not.toBe('interruption');
    expect(text).not.toMatch(/être rappelé|prénom/i);
  });

  it('"rappelez-moi" and "tu peux me rappeler ?" still start it', async () => {
    for (const message of ['rappelez-moi svp', 'tu peux me rappeler ?']) {
      const c = await startConversation();
      expect(c.read(await c.send(message))).toMatch(/prénom/);
    }
  });

  it('a phone number given earlier in the conversation is not asked again in the form', async () => {
    const c = await startConversation();
    await c.send('mon numéro c est le 06 12 34 56 78');
    await c.send('je veux être rappelé');
    const text = c.read(await c.send('Inès'));
    expect(text).not.toMatch(/numéro de téléphone|ton numéro|votre numéro/i);
  });
});

describe('what a trip costs is a transport cost: the transport facts, never a pay nor an aid claimed', () => {
  it.each([
    ['le bus me coûte 40 € par mois pour aller au CFA', /moitié/],
    ["l'essence pour aller au CFA ça me coûte cher", /a pris fin/],
    ['jpaye 60 e par mois de train pr aller au boulot', /moitié/],
    ["Notre fils dépense 50 € d'essence par semaine pour aller au CFA, que pouvons-nous faire ?", /a pris fin/],
  ])('"%s"', async (message, fact) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('transport-cost');
    expect(text).toMatch(fact);
    expect(text).not.toMatch(/salaire minimum|SMIC/);
    expect(text).toContain('0800 050 000');
  });

  it('a pay told with "par mois" is still a pay', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans, mon patron me verse 600 € par mois");
    expect(c.rule()).toBe('pay-told');
  });
});

describe('out of work and asking who can help: the way for their age, never a hiring aid', () => {
  it.each([
    ["jsuis au chômage j'ai 27 ans, qui peut m'aider"],
    ["Bonjour, j'ai 28 ans et je suis demandeur d'emploi, vers qui me tourner ?"],
    ['26 ans inscrite a france travail, qui pourrait m aider ?'],
  ])('"%s": France Travail, the contrat pro and apprenticeship up to 29, the free line', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('out-of-work-help');
    expect(text).toMatch(/France Travail/);
    expect(text).toMatch(/contrat de professionnalisation/);
    expect(text).toMatch(/29 ans/);
    expect(text).toContain('0800 050 000');
    expect(text).not.toMatch(/rupture|rompu/i);
  });

  it.each([
    ['g 19 ans ni travail ni formation qui peut m aider'],
    ["j'ai 22 ans, je suis au chômage, je fais quoi ?"],
  ])('"%s" (16–25): the Mission Locale and the CEJ', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('out-of-work-help');
    expect(text).toMatch(/Mission Locale/);
    expect(text).toMatch(/engagement jeune/);
  });
});

describe("a minor's working hours told with figures: said plainly to be over the limit, the rules, who to contact", () => {
  it.each([
    ['je fais 45 heures par semaine à 16 ans c normal ?', /45 heures par semaine/],
    ["je finis à 23h tous les soirs, j'ai 17 ans", /finir à 23 h/],
    ["j'ai 16 ans et j'ai pas de pause en 6h", /6 heures sans pause/],
    ['Notre fils de 17 ans travaille 10 heures par jour dans son entreprise, est-ce normal ?', /10 heures par jour/],
  ])('"%s"', async (message, figure) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('work-time-over');
    expect(text).toMatch(/dépasse la limite fixée avant 18 ans/);
    expect(text).toMatch(figure);
    expect(text).toMatch(/35 heures/);
    expect(text).toMatch(/inspection du travail/);
    expect(text).toContain('0800 050 000');
  });

  it('the age told before counts; figures within the limits are not said to be over', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans, je suis apprenti en boulangerie");
    await c.send('je termine à 23 h le samedi');
    expect(c.rule()).toBe('work-time-over');
    const d = await startConversation();
    const text = d.read(await d.send('je fais 35 heures par semaine à 16 ans, c est bien la règle ?'));
    expect(text).not.toMatch(/dépasse/);
  });
});

describe("someone else's age is kept apart from the speaker's", () => {
  it.each([
    ["j'ai 13 ans", 'mon père a 45 ans, il peut faire un apprentissage ?'],
    ['jai 14 ans', 'ma mere a 38 ans elle peut faire une alternance ?'],
  ])('"%s" then "%s": the young speaker keeps tu and their own age', async (own, other) => {
    const c = await startConversation();
    await c.send(own);
    const ownAge = (await c.data()).profile.age;
    const text = c.read(await c.send(other));
    expect(text).toMatch(/29 ans/);
    expect(text).not.toMatch(/\bvous\b|\bvotre\b/i);
    expect((await c.data()).profile.age).toBe(ownAge);
  });

  it('an employer who tells an apprentice of 16 keeps vous and hears "votre apprenti", never "ton salaire"', async () => {
    const c = await startConversation();
    await c.send('Bonjour, nous sommes une entreprise de 12 salariés');
    const text = c.read(await c.send("j'ai un apprenti de 16 ans, combien dois-je le payer ?"));
    expect(text).not.toMatch(/\bton\b|\btu\b|\btes\b/);
    const data = await c.data();
    expect(data.profile.persona).toBe('employeur');
    expect(data.profile.age).toBe(16);
  });
});
