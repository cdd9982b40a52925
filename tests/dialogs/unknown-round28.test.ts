import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (r28-unknown): an honest "not covered" when the subject is foreign to the knowledge and the match is weak.
 * Own phrasings over several subjects, tu and vous, SMS spelling; near misses keep their answer.
 */
const NOT_COVERED = /Mes sources ne couvrent pas ce point précis/;
const FREE_LINE = /0800 050 000/;

describe('a last-resort entry read so weakly that it shares only a word or two is not given as the answer', () => {
  it.each([
    ['Je voudrais savoir si le CFA accepte les paiements par PayPal.'],
    ['Mon employeur peut-il me payer en chèques cadeaux ?'],
    ['mon patron peut me rémunérer en actions de la société ?'],
    ['mon patron peut me payer par chèque emploi service ?'],
    ["j'ai le droit de porter un piercing au travail en apprentissage ?"],
    ['jpeu mettre mes écouteurs pendant le boulot ?'],
  ])('"%s": not covered, with the free line', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(NOT_COVERED);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([
    ['est ce que les jours de cfa sont payés', /CFA/],
    ["jpeux commencer a 15 ans?", /15 ans/],
    ["mon employeur ne me paye pas mes heures sup", /heures supplémentaires/],
    ['gastro depuis cette nuit je vais pas pouvoir aller au travail je fais quoi ?', /arrêt de travail|médecin/],
    ["ma copine vient d'accoucher est-ce que j'ai droit à des jours de congé ?", /congé/],
    ['on va prendre notre tout premier apprenti en février, on fait comment ?', /OPCO|Cerfa|Recrutez/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });
});

describe('the whole asked where the entry grants a part: its fact, and plainly that the rest is not covered', () => {
  it.each([
    ["c'est possible de faire tout mon apprentissage au japon ?", /qu'une partie de ce que tu demandes/],
    ["on peut faire l'intégralité du contrat en Australie ?", /qu'une partie de ce que tu demandes/],
    ['Bonjour, mon fils souhaiterait effectuer la totalité de sa formation en Allemagne, est-ce envisageable ?', /qu'une partie de ce que vous demandez/],
    ['je veux faire toute ma formation au Canada c possible', /qu'une partie de ce que tu demandes/],
    ['Notre apprenti peut-il effectuer entièrement son contrat dans notre filiale en Espagne ?', /qu'une partie de ce que vous demandez/],
    ['jpeu faire mon CAP du début à la fin en Angleterre ?', /qu'une partie de ce que tu demandes/],
    ['je peux faire toute ma formation au cfa sans employeur ?', /qu'une partie de ce que tu demandes/],
  ])('"%s"', async (message, lead) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(lead);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([
    ["est ce que je peux faire une partie de mon apprentissage à l'étranger ?"],
    ['je veux partir en Allemagne 3 mois pendant mon apprentissage'],
    ['je peux faire mon apprentissage en Allemagne pendant quelques mois ?'],
  ])('near miss "%s": the stay-abroad entry, no "part only" lead', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/étranger/);
    expect(text).not.toMatch(/qu'une partie de ce que/);
  });

  it('near miss: "toute la durée du contrat" (throughout) is no whole asked', async () => {
    const { text } = await lastReplyOf(['le salaire est le même pendant toute la durée du contrat ?']);
    expect(text).not.toMatch(/qu'une partie de ce que/);
  });
});

describe("another country's system: our sources give the French rules only", () => {
  it.each([
    ["en Belgique comment ça marche l'apprentissage ?"],
    ["quelles sont les règles de l'apprentissage en suisse"],
    ["comment ça se passe l'apprentissage au Portugal ?"],
    ["Pourriez-vous m'indiquer la réglementation de l'apprentissage en Italie ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('country-system-asked');
    expect(text).toMatch(/Je ne connais que les règles françaises/);
  });

  it.each([['Je vis en Belgique, je peux faire mon apprentissage en Normandie ?', 'lives-abroad'], ['je veux partir en Allemagne 3 mois pendant mon apprentissage', 'goes-abroad']])(
    'near miss "%s" keeps its rule',
    async (message, expected) => {
      const { rule } = await lastReplyOf([message]);
      expect(rule).toBe(expected);
    },
  );
});

describe('a story, then a short question on a subject no entry writes: not covered, not the topic the story names', () => {
  it.each([
    ['Bonjour, je suis en CAP cuisine à Caen depuis septembre et tout se passe bien. Je peux être payé en bitcoin ?'],
    ['salut jsuis en bts a rouen, mon patron est sympa. Il peut me filer des cryptos ?'],
    ["Nous sommes une PME de 20 salariés à Évreux. Peut-on rémunérer l'apprenti en stock-options ?"],
    ["J'ai 18 ans et je viens de signer chez un plombier à Alençon. Mon patron peut-il me payer en bons d'achat Amazon ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(NOT_COVERED);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([
    ["Bonjour, je suis en CAP cuisine à Caen depuis septembre. Combien de congés payés j'ai ?", /congés/],
    ["J'ai un scooter et je fais 40 km par jour pour aller au CFA. Il y a une aide pour l'essence ?", /trajet|transport|CFA/],
    ['Nous sommes une PME de 20 salariés à Évreux. Quelles aides pour embaucher un apprenti ?', /aide/i],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(expected);
  });
});

describe('an aid asked by a name of its own that nothing writes: unknown by that name, not the list of aids', () => {
  it.each([
    ["vous connaissez l'aide zorglub pour les apprentis ?", 'zorglub'],
    ['la prime machintruc c pour qui', 'prime machintruc'],
    ["jai entendu parler du cheque bidulo, j'y ai droit ?", 'cheque bidulo'],
    ["Pourriez-vous me renseigner sur l'allocation zenitude pour les apprentis ?", 'allocation zenitude'],
  ])('"%s"', async (message, name) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('foreign-aid-name');
    expect(text).toContain(`« ${name} »`);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([["l'aide au permis c combien"], ['la prime d\'activité j\'y ai droit ?'], ["l'aide mobili jeune c quoi"], ["l'aide à l'embauche pour un apprenti de 17 ans"]])(
    'near miss "%s": the aid itself',
    async (message) => {
      const { rule } = await lastReplyOf([message]);
      expect(rule).toBe('named-aid');
    },
  );
});

describe('an aid asked for a thing no entry writes: no aid of ours is known for it, not the aids list', () => {
  it.each([
    ['il y a une aide pour le covoiturage quand on est apprenti ?'],
    ['une aide pour acheter une trottinette ça existe ?'],
    ['jpeu avoir une aide pr le kitesurf ?'],
    ['Existe-t-il une aide pour le covoiturage de nos apprentis ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('aid-for-foreign-thing');
    expect(text).toMatch(/pas connaissance de cette aide/);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([['une aide pour l\'essence ?'], ['une aide pour le loyer ?'], ['y a une aide pour le permis ?'], ['une aide pour payer la cantine du cfa ?']])('near miss "%s" keeps its answer', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('aid-for-foreign-thing');
  });
});
