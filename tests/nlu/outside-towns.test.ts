import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { createRecognizer, type Recognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** Towns outside Normandy, named exactly: each is that town, never a Normandy commune with similar letters. */
const OUTSIDE: ReadonlyArray<[string, string]> = [
  ['Rennes', 'Bretagne'],
  ['Paris', 'Île-de-France'],
  ['Brest', 'Bretagne'],
  ['Le Mans', 'Pays de la Loire'],
  ['Amiens', 'Hauts-de-France'],
  ['Chartres', 'Centre-Val de Loire'],
  ['Nantes', 'Pays de la Loire'],
  ['Lille', 'Hauts-de-France'],
  ['Lyon', 'Auvergne-Rhône-Alpes'],
  ['Marseille', "Provence-Alpes-Côte d'Azur"],
  ['Toulouse', 'Occitanie'],
  ['Bordeaux', 'Nouvelle-Aquitaine'],
  ['Tours', 'Centre-Val de Loire'],
  ['Orléans', 'Centre-Val de Loire'],
  ['Angers', 'Pays de la Loire'],
  ['Laval', 'Pays de la Loire'],
  ['Saint-Malo', 'Bretagne'],
  ['Beauvais', 'Hauts-de-France'],
  ['Dreux', 'Centre-Val de Loire'],
  ['Reims', 'Grand Est'],
  ['Strasbourg', 'Grand Est'],
  ['Nice', "Provence-Alpes-Côte d'Azur"],
  ['Montpellier', 'Occitanie'],
  ['Dijon', 'Bourgogne-Franche-Comté'],
  ['Limoges', 'Nouvelle-Aquitaine'],
  ['Poitiers', 'Nouvelle-Aquitaine'],
  ['Quimper', 'Bretagne'],
  ['Vannes', 'Bretagne'],
  ['Abbeville', 'Hauts-de-France'],
  ['Saint-Brieuc', 'Bretagne'],
  // Just over the border, where people near it look for a course.
  ['Nogent-le-Rotrou', 'Centre-Val de Loire'],
  ['Mayenne', 'Pays de la Loire'],
  ['Fougères', 'Bretagne'],
  ['Compiègne', 'Hauts-de-France'],
];

/** Normandy towns typed with a typo: still the Normandy commune. [typed, commune name] */
const NORMANDY_TYPOS: ReadonlyArray<[string, string]> = [
  ['cean', 'Caen'],
  ['rouenn', 'Rouen'],
  ['le havr', 'Le Havre'],
  ['lisieu', 'Lisieux'],
  ['evreu', 'Évreux'],
  ['alencon', 'Alençon'],
  ['saint lo', 'Saint-Lô'],
  ['cherbour', 'Cherbourg-en-Cotentin'],
  ['dieppes', 'Dieppe'],
  ['bayeu', 'Bayeux'],
  ['vernonn', 'Vernon'],
  ['fecamp', 'Fécamp'],
  ['granvile', 'Granville'],
  ['argentan', 'Argentan'],
  ['falaize', 'Falaise'],
  ['honfleure', 'Honfleur'],
  ['coutance', 'Coutances'],
  ['avranche', 'Avranches'],
  ['louvier', 'Louviers'],
  ['elbeuff', 'Elbeuf'],
  ['bernai', 'Bernay'],
  ['flers', 'Flers'],
  ['pont audemerr', 'Pont-Audemer'],
  ['yvetot', 'Yvetot'],
  ['bolbek', 'Bolbec'],
  ['sotteville les rouen', 'Sotteville-lès-Rouen'],
  ['le grand quevily', 'Le Grand-Quevilly'],
  ['mondevile', 'Mondeville'],
  ['herouville st clair', 'Hérouville-Saint-Clair'],
  ['valognes', 'Valognes'],
];

/** Former communes and communes déléguées, named as people still say them: the commune they belong to now. */
const FORMER: ReadonlyArray<[string, string]> = [
  ['tourlaville', 'Cherbourg-en-Cotentin'],
  ['conde sur noireau', 'Condé-en-Normandie'],
  ['saint pierre sur dives', 'Saint-Pierre-en-Auge'],
  ['mortain', 'Mortain-Bocage'],
  ['tinchebray', 'Tinchebray-Bocage'],
  ['aunay sur odon', "Les Monts d'Aunay"],
  ['villedieu les poeles', 'Villedieu-les-Poêles-Rouffigny'],
];

/** One recogniser over the real knowledge base for every table below. */
let kb: KnowledgeBase;
let recognizer: Recognizer;
beforeAll(async () => {
  kb = (await sharedKnowledge()).current;
  recognizer = createRecognizer();
});
const read = (text: string) => recognizer.understand(text, kb, { maxChars: 2000, today: '2026-11-27' });

describe('places outside Normandy (issue 12 item 3)', () => {

  // One of our own words with its article is a town only after "à", "vers"… (La Couture, in the Pas-de-Calais).
  it.each([["j'aimerais faire de la couture"], ['ma fille voudrait apprendre la couture']])('"%s" names no town', (text) => {
    expect(read(text).outside).toBeUndefined();
  });

  it('"je vais habiter à La Couture" is still that town', () => {
    expect(read('je vais habiter à La Couture').outside).toMatchObject({ town: 'La Couture' });
  });

  it.each(OUTSIDE)('"je cherche un CAP cuisine à %s" is that town outside Normandy (%s)', (town, region) => {
    const u = read(`je cherche un CAP cuisine à ${town}`);
    expect(u.commune?.commune.name).toBeUndefined();
    expect(u.outside).toMatchObject({ town, region });
  });

  // A name that towns of several regions share, none much bigger than the others: outside Normandy, but no region
  // named (Montréal: Aude and Gers; Saint-Denis: Seine-Saint-Denis and La Réunion). Valence is the Drôme's, ten
  // times the other one.
  it.each([['Montréal'], ['Saint-Denis']])('"je cherche un CAP cuisine à %s" names no region', (town) => {
    const u = read(`je cherche un CAP cuisine à ${town}`);
    expect(u.outside).toMatchObject({ town });
    expect(u.outside).not.toHaveProperty('region');
  });

  it('"je cherche un CAP cuisine à Valence" is in Auvergne-Rhône-Alpes', () => {
    expect(read('je cherche un CAP cuisine à Valence').outside).toMatchObject({ town: 'Valence', region: 'Auvergne-Rhône-Alpes' });
  });

  it.each(NORMANDY_TYPOS)('"je cherche un CAP cuisine à %s" is still %s, in Normandy', (typed, name) => {
    const u = read(`je cherche un CAP cuisine à ${typed}`);
    expect(u.outside).toBeUndefined();
    expect(u.commune?.commune.name).toBe(name);
  });

  it.each(FORMER)('"je cherche un CAP cuisine à %s" is %s, the commune it belongs to now', (typed, name) => {
    const u = read(`je cherche un CAP cuisine à ${typed}`);
    expect(u.outside).toBeUndefined();
    expect(u.commune).toMatchObject({ via: 'former', commune: { name } });
  });
});

/** A département of Normandy named as the place, by name or number: [message, code or undefined]. */
const DEPARTEMENTS: ReadonlyArray<[string, string | undefined]> = [
  ["et dans l'Eure ?", '27'],
  ['cap cuisine dans le Calvados', '14'],
  ['boulanger en seine maritime', '76'],
  ["bts en alternance dans l'orne", '61'],
  ['plutôt la Manche', '50'],
  ['dans le 27', '27'],
  ['et dans le 14 ?', '14'],
  ['le 76 stp', '76'],
  // Not a place of Normandy: an age, a town, a département elsewhere, a sleeve.
  ["j'ai 27 ans", undefined],
  ['cap cuisine à Caen dans le Calvados', undefined],
  ['plombier en eure et loir', undefined],
  ['la manche de mon pull est déchirée', undefined],
];

describe('départements of Normandy as places', () => {

  it.each(DEPARTEMENTS)('"%s" → %s', (text, code) => {
    const u = read(text);
    expect(u.departement?.code).toBe(code);
    if (code) expect(u.commune).toBeUndefined();
  });

  it('a département\'s words are not a trade, and "le 27" is not an age', () => {
    expect(read("et dans l'Eure ?").trade).toBeUndefined();
    expect(read('dans le 27').facts.age).toBeUndefined();
    expect(read('plombier en eure et loir').outside).toMatchObject({ town: 'Eure-et-Loir' });
    expect(read('cap cuisine à Caen dans le Calvados').commune?.commune.name).toBe('Caen');
  });
});

/**
 * Towns outside Normandy whose names are everyday words (Cours, Tours, Sens, Mer, Vienne…): read as the town only
 * with a place cue that is one (not "il a cours", "au cours de"), written with a capital, or alone.
 */
const EVERYDAY_WORDS_NOT_TOWNS: readonly string[] = [
  'ma fille a cours le mercredi matin',
  "il a cours de français au CFA aujourd'hui ?",
  'on a cours que 2 jours par semaine',
  'au cours de la 1ere année il a combien de congés',
  'au cours du contrat, on peut changer de cfa ?',
  'jai fait plusieurs tours de garages sans rien',
  "ca n'a pas de sens ce que dit le patron",
  'mon fils sèche les cours depuis la rentrée',
  "y a cours pendant les vacances ?",
  // "aux X du …" is a phrase like "au X de …", not "aux" before a town's name.
  'elle ne va plus aux cours du CFA depuis un mois',
  "il manque aux cours de l'après-midi",
  // Everyday words of our own texts (messages, training phrases), not only the FAQ's: Plaisir is a town too.
  'oui avec plaisir merci',
  'il bosse pas pour le plaisir',
];

const EVERYDAY_WORDS_AS_TOWNS: ReadonlyArray<[string, string]> = [
  ['je suis à Tours', 'Tours'],
  ['on habite vers Sens', 'Sens'],
  ['une formation en mécanique sur Tours ?', 'Tours'],
  ['elle est de Tours', 'Tours'],
  ['Tours', 'Tours'],
  ['je vis a tours', 'Tours'],
  ['mon fils habite à Plaisir', 'Plaisir'],
];

describe('towns outside Normandy that are everyday words (round 9)', () => {
  it.each(EVERYDAY_WORDS_NOT_TOWNS.map((t) => [t]))('"%s" names no town', (text) => {
    expect(read(text).outside).toBeUndefined();
  });

  it.each(EVERYDAY_WORDS_AS_TOWNS)('"%s" is %s', (text, town) => {
    expect(read(text).outside).toMatchObject({ town });
  });
});

// "au Mans" is "à le Mans": the town's article is inside the contraction (review 15: "et au mans ?" was no town).
describe('a town named after "au" / "aux" (its article contracted)', () => {
  it.each([
    ['et au mans ?', 'Le Mans'],
    ['je suis au Mans', 'Le Mans'],
    ["je vis aux Sables-d'Olonne", "Les Sables-d'Olonne"],
  ])('"%s" is %s', (text, town) => {
    expect(read(text).outside).toMatchObject({ town });
  });

  it.each([['je travaille au port'], ['il est au pin'], ['au cours de la formation'], ['je vais aux champs']])('"%s" names no town outside Normandy', (text) => {
    expect(read(text).outside).toBeUndefined();
  });
});
