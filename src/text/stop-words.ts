/**
 * Words that never identify a trade or a place, in normalised form (see src/nlu/normalize.ts). Kept apart so the
 * trade and commune matchers share one list.
 */
const FUNCTION_WORDS = `
a ai aie as au aux avec avoir ce ca cela ces cet cette chez comme comment combien dans de des du elle elles en es est
et etre eu il ils je la le les leur leurs lui ma me mes moi mon ne ni nos notre nous on ont ou par pas peu peut peux
plus pour qu que quel quelle quelles quels qui quoi sa sans se ses si son sont suis sur ta te tes toi ton tu un une
vers vos votre vous y ya faut fait faire fais font voudrais voudrait veux veut aimerais aimerait aime aimer
sommes etes avons avez
via
bonjour salut merci stp svp plait oui non ok bien tres trop aussi alors donc mais car bah ben euh genre truc
dont lequel laquelle lesquels lesquelles auquel duquel
`;

const DOMAIN_WORDS = `
metier metiers job boulot emploi emplois travail travailler bosser devenir etudier apprendre formation formations
former forme formee formes inscrire inscription preparer
apprentissage alternance apprenti apprentie apprentis alternant alternante contrat diplome diplomes ecole cfa
cap bac pro bts bp but mc titre licence master niveau annee ans age 1e 2e 3e 4e premiere deuxieme troisieme
possible trouver chercher cherche quelque chose domaine secteur fille fils enfant entreprise patron employeur boite boites
payer paye paie salaire aide aides quoi faire idee envie passion interesse interesser plus tard plustard
pres loin habite habiter ville commune region normandie autour cote proche
salarie salaries salariee salariees effectif personne personnes gens equipe robot bot
doit dois doivent devoir passer obtenir
`;

/** Dropped from what people type: neither grammar nor talk about jobs in general names a trade. */
export const TRADE_STOP_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${DOMAIN_WORDS}`.split(/\s+/).filter((w) => w.length > 0),
);

/** Dropped from job titles: only grammar. "Aide-comptable" keeps its "aide", so "comptable" prefers "Comptable". */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Words after which a place name is expected: "à Caen", "près de Lisieux", "j'habite Dieppe". */
export const PLACE_CUES: ReadonlySet<string> = new Set(
  'a au aux de du dans sur vers pres cote habite habiter vis vit vivons sis secteur region autour proche'.split(' '),
);

/**
 * Cues strong enough to read a misspelt word as a town ("a lisieu", "habite cean"); "de" is not one of them
 * ("période d'essai" must not become the commune of Essay).
 */
export const STRONG_PLACE_CUES: ReadonlySet<string> = new Set(
  'a au aux dans vers pres habite habiter vis vit vivons autour proche'.split(' '),
);
