import { businessReceives } from './business-receives.js';
import type { Persona } from './types.js';
import { CONTRACT_WITH_AN_APPRENTICE, HIRES_IN_A_CONTRACT } from './hires-in-contract.js';
import { SIGNED_FOR_A_DIPLOMA } from './signed-for-a-diploma.js';
import { RELATION_WITH_THE_APPRENTICE } from './relation-with-apprentice.js';
import { ownChildrenTold } from './situations.js';

/**
 * Who is typing, from explicit cues only. Priority: conseiller > employeur > parent > jeune, because an adviser
 * or an employer talks about a young person ("un jeune de 26 ans", "mon apprenti a 17 ans").
 */

const ADVISER_JOBS = new Set(['conseiller', 'conseillere', 'cpe', 'prof', 'professeur', 'professeure', 'enseignant',
  'enseignante', 'educateur', 'educatrice', 'referent', 'referente', 'formateur', 'formatrice', 'psyen', 'cip',
  'coach', 'animateur', 'animatrice']);
const EMPLOYER_JOBS = new Set(['artisan', 'artisane', 'employeur', 'employeuse', 'chef', 'gerant', 'gerante',
  'patron', 'patronne', 'dirigeant', 'dirigeante', 'commercant', 'commercante', 'entrepreneur', 'entrepreneuse',
  'recruteur', 'recruteuse', 'rh', 'drh', 'exploitant', 'exploitante', 'agriculteur', 'agricultrice', 'directeur',
  'directrice']);
/**
 * Words a boss says of the business, and an apprentice of the workplace too ("ma boîte est en liquidation", "mon
 * entreprise me paie pas"): the employer only when nothing says the person is the young one ("je suis en BTS",
 * "mon patron", "mon alternance").
 */
const SHARED_BUSINESS_PHRASES = ['mon entreprise', 'ma entreprise', 'ma boite'];
/**
 * "louer un studio pour être près de ma boîte", "c'est loin de mon entreprise", "pour aller à ma boîte": the person goes
 * to the business to work there, as its apprentice does; its boss does not tell of the way to it.
 */
const GOES_TO_THE_WORKPLACE = / (?:pres|loin|proche|cote|proximite|distance|aller|vais|va|allez|rendre|trajet|route|jusqu) (?:de |d |a |au |a la |dans |jusqu a |pour |vers )?(?:mon|ma) (?:boite|entreprise) /;
/**
 * "ça fait 3 semaines que je suis dans ma boîte", "je bosse dans mon entreprise depuis 2 mois", "je veux partir de ma
 * boîte": the person is in the business as one who works there (round 33: read as its boss, an apprentice who wanted to leave got the employer's
 * side of the rupture). Its boss says "ma boîte" of what they run ("ma boîte a 20 salariés"), not of being in it.
 */
const WORKS_IN_THE_WORKPLACE = / (?:(?:je|j) (?:suis|etais|serai|bosse|bossais|travaille|travaillais|taff?e) (?:(?:encore|toujours|deja|depuis peu) )?(?:dans|a|chez)|(?:partir|quitter|sortir|changer)(?: de)?) (?:mon|ma) (?:boite|entreprise) /;
const EMPLOYER_PHRASES = ['notre entreprise', 'ma societe', 'notre societe',
  'mon apprenti', 'mon futur apprenti', 'mes apprentis', 'mes salaries', 'nos salaries', 'je recrute', 'nous recrutons',
  'on recrute', 'je embauche', 'nous embauchons', 'on embauche', 'je prends un apprenti', 'je prends une apprentie',
  'je prenais un apprenti', 'prendre un apprenti', 'accueillir un apprenti', 'embaucher un apprenti',
  'recruter un apprenti', 'ma boutique', 'mon commerce', 'mon restaurant', 'mon salon', 'mon garage', 'mon atelier',
  'mon exploitation', 'mon cabinet', 'ma boulangerie', 'on a un garage', 'on a une entreprise', 'on a un restaurant',
  'nous avons un', 'je cherche un apprenti', 'je cherche une apprentie', 'nous cherchons un apprenti',
  // The boss's own words for the business and the people in it ("ma boîte", "mon alternant", "mes employés").
  'notre boite', 'mon apprentie', 'ma future apprentie', 'notre apprenti', 'notre apprentie',
  'nos apprentis', 'mon alternant', 'mon alternante', 'mon futur alternant', 'mes alternants', 'notre alternant',
  'mon salarie', 'ma salariee', 'mes employes', 'mon employe', 'mon magasin', 'ma ferme', 'mon hotel',
  'ma pharmacie', 'mon agence', 'ma structure', 'notre structure', 'notre association', 'mon association',
  'notre mairie', 'notre commune', 'notre collectivite', 'on cherche un apprenti', 'on cherche une apprentie',
  'on cherche un alternant', 'je cherche un alternant', 'on accueille un apprenti', 'nous accueillons un apprenti',
  'je ai un petit jeune', 'on a un petit jeune', 'nous avons un petit jeune', 'je forme un apprenti',
  'on prend un apprenti', 'embaucher un alternant', 'recruter un alternant', 'prendre une apprentie',
  'accueillir une apprentie', 'embaucher une apprentie', 'recruter une apprentie',
  // "avoir un apprenti": no young person says it of themselves; "avoir un alternant" neither.
  'avoir un apprenti', 'avoir une apprentie', 'avoir un alternant', 'avoir une alternante'];
/**
 * "je gère un garage", "je dirige une PME", "j'ai une petite boulangerie", "nous avons une menuiserie", "nous sommes une
 * entreprise de maçonnerie", "aide pour
 * l'entreprise": the person runs the business.
 */
const RUNS_BUSINESS = / (?:(?:je|nous) (?:gere|gerons|dirige|dirigeons|tiens|tenons|possede|ai|avons) (?:un|une|mon|ma|notre|le|la)|(?:nous sommes|on est) (?:un|une)) (?:petit |petite )?(?:garage|restaurant|boulangerie|salon|entreprise|societe|commerce|atelier|cabinet|boutique|exploitation|pme|tpe|hotel|bar|pharmacie|agence|magasin|boucherie|patisserie|ferme|charcuterie|menuiserie|structure) /;
/**
 * Looking for, taking on or wanting a young person ("je prends un jeune", "on embauche une apprentie", "comment trouver un
 * alternant motivé", "je trouve pas de jeune", "on voudrait un apprenti"): only the one who hires says it. Taking on needs a first person before it ("une entreprise peut
 * prendre un jeune de 15 ans ?" is anyone's question); looking for one does not, no young person looks for an apprentice.
 * Having taken one, or never ("je n'ai jamais pris d'apprenti", "on a déjà eu une apprentie"), is the employer's past.
 * The first or a new one too: "je souhaite accueillir mon premier apprenti", "on recrute notre nouvelle alternante".
 */
const HIRES_A_YOUNG = / (?:(?:je|nous|on) (?:[a-z]+ ){0,4}(?:pris|eu|accueilli|accueillie|prends|prenons|prend|prendre|embauche|embauchons|embaucher|recrute|recrutons|recruter|accueille|accueillons|accueillir|trouve|trouvons|trouver|cherche|cherchons|chercher|voudrais|voudrait|voudrions|voulons|souhaite|souhaitons|souhaiterions|aimerions)|trouver|chercher|recruter|embaucher) (?:pas |plus |jamais )?(?:un|une|mon|notre|de|des|le|la|nos|mes) (?:petit |petite |futur |future |premier |premiere |1er |1ere |1e |2e |nouvel |nouveau |nouvelle |deuxieme |second |seconde )?(?:jeune|apprenti|apprentie|alternant|alternante|gamin|gamine) /;
const FOR_THE_BUSINESS = / pour (?:le|la|notre) (?:entreprise|societe|employeur|boite) /;
/**
 * What an apprentice costs "us" ("qu'est-ce qui reste à notre charge pour un apprenti", "combien nous coûte une
 * apprentie"): the one who pays for an apprentice spoken of as "un apprenti" is the employer; a parent says "notre fils".
 */
const COSTS_US_AN_APPRENTICE = / (?:a notre charge|nous coute|nous coutera|nous couterait|nous reste|on paie|on paye|nous payons|devons nous payer|on doit payer) (?:[a-z0-9]+ ){0,5}(?:un|une|d un|d une) (?:apprenti|apprentie|alternant|alternante) /;
const EMPLOYER_NEEDS_FIRST_PERSON = new Set(['prendre un apprenti', 'accueillir un apprenti', 'embaucher un apprenti',
  'recruter un apprenti', 'embaucher un alternant', 'recruter un alternant', 'prendre une apprentie',
  'accueillir une apprentie', 'embaucher une apprentie', 'recruter une apprentie']);
const PARENT_PHRASES = ['ma fille', 'mon fils', 'mon enfant', 'mes enfants', 'notre fille', 'notre fils',
  'notre enfant', 'mon garcon', 'mon ado', 'ma ado', 'je suis parent', 'je suis maman', 'je suis papa',
  'je suis la mere', 'je suis le pere', 'en tant que parent', 'nos enfants', 'ma belle fille', 'mon beau fils',
  'je suis la maman', 'je suis le papa', 'la maman de', 'le papa de', 'la mere de', 'le pere de', 'mon neveu',
  'ma niece', 'mon petit fils', 'ma petite fille', 'notre ado', 'mon grand fils', 'ma grande fille',
  'mon gamin', 'ma gamine', 'mon gosse', 'mes gamins', 'mon fiston'];
/** What only the apprentice says of themself: "mon alternance", "mon patron", "à quoi j'ai droit". */
const YOUNG_PHRASES = ['mon alternance', 'mon apprentissage', 'mon contrat de apprentissage', 'mon cfa', 'mon patron',
  'ma patronne', 'mon maitre de apprentissage', 'ma maitre de apprentissage', 'mon employeur', 'je ai droit',
  'je serai paye', 'je serai payee', 'je vais toucher', 'je toucherai', 'je vais gagner', 'je gagnerai'];
const YOUNG_STATUS = new Set(['apprenti', 'apprentie', 'lyceen', 'lyceenne', 'collegien', 'collegienne', 'etudiant',
  'etudiante', 'eleve', 'alternant', 'alternante', 'stagiaire', 'jeune', 'mineur', 'mineure', 'majeur', 'majeure',
  'decrocheur', 'decrocheuse']);
/** "apprentie", "en apprentissage", "alternant": the writer's own status when they also tell of a child of their own. */
const SPEAKS_AS_APPRENTICE = /\b(?:apprenti|apprentie|alternant|alternante|en apprentissage|en alternance)\b/;
const SCHOOL_AFTER_EN = /^(?:\d+e|seconde|terminale|cap|bac|bts|but|bp|licence|master|apprentissage|alternance|formation|stage|cfa|lycee|college|classe|but|mc|titre|dut|premiere|fac)$/;

/**
 * The ways a person says what they are: "je suis apprenti", "moi qui suis apprentie", "moi apprenti", "en tant que
 * patron". Each is followed by the word that says it.
 */
const SELF_DESCRIPTIONS: readonly (readonly string[])[] = [['je', 'suis'], ['moi', 'qui', 'suis'], ['en', 'tant', 'que'], ['moi']];

/** The two words after each self-description in the message ("moi qui suis apprenti" gives "apprenti"). */
function selfDescribed(tokens: readonly string[]): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = SELF_DESCRIPTIONS.find((words) => words.every((w, k) => tokens[i + k] === w));
    if (start && i + start.length < tokens.length) found.push([tokens[i + start.length] as string, tokens[i + start.length + 1] ?? '']);
  }
  return found;
}

const isOne = (jobs: ReadonlySet<string>, [a, b]: [string, string]): boolean => jobs.has(a) || ((a === 'un' || a === 'une') && jobs.has(b));

export function extractPersona(tokens: readonly string[], context: { hasCompanySize: boolean }): Persona | undefined {
  const text = ` ${tokens.join(' ')} `;
  const has = (phrase: string): boolean => text.includes(` ${phrase} `);
  const firstPerson = tokens.includes('je') || tokens.includes('nous') || tokens.includes('on');
  const described = selfDescribed(tokens);

  if (described.some((d) => isOne(ADVISER_JOBS, d))) return 'conseiller';
  if (has('je accompagne') || has('mes eleves') || has('mon eleve') || has('un de mes jeunes')) return 'conseiller';

  if (described.some((d) => isOne(EMPLOYER_JOBS, d))) return 'employeur';
  for (const phrase of EMPLOYER_PHRASES) {
    if (has(phrase) && (!EMPLOYER_NEEDS_FIRST_PERSON.has(phrase) || firstPersonVerbBefore(tokens, phrase))) {
      return 'employeur';
    }
  }
  if (RUNS_BUSINESS.test(text) || FOR_THE_BUSINESS.test(text) || HIRES_A_YOUNG.test(text) || HIRES_IN_A_CONTRACT.test(text) || COSTS_US_AN_APPRENTICE.test(text) || CONTRACT_WITH_AN_APPRENTICE.test(text) || SIGNED_FOR_A_DIPLOMA.test(text) || RELATION_WITH_THE_APPRENTICE.test(text)) return 'employeur';
  if (context.hasCompanySize) return 'employeur';

  // "je suis maman solo, en apprentissage": an apprentice with a child of their own speaks for themself, not as a parent.
  if (ownChildrenTold(text.trim()) && (SPEAKS_AS_APPRENTICE.test(text) || described.some(([a]) => YOUNG_STATUS.has(a)))) return 'jeune';
  if (PARENT_PHRASES.some(has)) return 'parent';
  // "moi qui suis apprenti", "en tant qu'apprentie", "moi en CAP": the young person, said as "je suis" says it.
  // "je suis un jeune", "je suis une apprentie": the status after its article, as for the jobs above.
  if (described.some((d) => isOne(YOUNG_STATUS, d) || (d[0] === 'en' && SCHOOL_AFTER_EN.test(d[1])))) return 'jeune';

  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i] !== 'je') continue;
    const verb = tokens[i + 1] as string;
    const a = tokens[i + 2] as string;
    const b = tokens[i + 3] ?? '';
    if (verb === 'suis' && (YOUNG_STATUS.has(a) || (a === 'en' && SCHOOL_AFTER_EN.test(b)))) return 'jeune';
    if (verb === 'ai' && /^\d{1,2}$/.test(a) && (b === 'ans' || b === '')) return 'jeune';
    if (verb === 'ai' && ['fini', 'arrete', 'quitte', 'termine', 'eu', 'rate', 'redouble', 'obtenu'].includes(a)) return 'jeune';
    if (verb === 'ai' && ['le', 'un', 'mon'].includes(a) && /^(?:bac|cap|bep|brevet|bts|bp|dut|but|dnb|baccalaureat)$/.test(b)) {
      return 'jeune';
    }
    if (verb === 'vais' && a === 'avoir' && /^\d{1,2}$/.test(b)) return 'jeune';
    if (verb === 'prepare' && (a === 'un' || a === 'une' || a === 'mon')) return 'jeune';
  }
  if (YOUNG_PHRASES.some(has)) return 'jeune';
  if (SHARED_BUSINESS_PHRASES.some(has) && !GOES_TO_THE_WORKPLACE.test(text) && !WORKS_IN_THE_WORKPLACE.test(text)) return 'employeur';
  // Last: what a business receives, asked by someone who said nothing else of who they are.
  if (businessReceivesAsked(text)) return 'employeur';
  return undefined;
}

/**
 * A business receiving money, asked of a business that is not the apprentice's own ("combien touche une PME ?"): "mon
 * patron touche une aide pour moi ?" is the apprentice asking.
 */
function businessReceivesAsked(text: string): boolean {
  return businessReceives(text) && !/ (?:mon|ma) (?:patron|patronne|employeur|employeuse|boite|entreprise) /.test(text);
}

function firstPersonVerbBefore(tokens: readonly string[], phrase: string): boolean {
  const first = phrase.split(' ')[0];
  const at = tokens.indexOf(first as string);
  const before = tokens.slice(Math.max(0, at - 4), at);
  return before.includes('je') || before.includes('nous') || before.includes('on');
}

/** Words that end the speaker's job and start what they say next ("je suis éducatrice et j'accompagne…"). */
const AFTER_OWN_JOB = new Set(['je', 'il', 'elle', 'on', 'nous', 'vous', 'et', 'mais', 'qui', 'que', 'car', 'donc',
  'un', 'une', 'des', 'mon', 'ma', 'mes', 'notre', 'nos', 'ce', 'cette', 'pour', 'avec', 'comment', 'quel', 'quelle', 'est']);
/** The job is a few words ("éducatrice spécialisée", "conseillère en insertion", "prof au lycée pro"). */
const OWN_JOB_MAX_WORDS = 4;

/**
 * The message without the job the adviser says is theirs ("je suis éducatrice", "en tant que conseiller en
 * insertion"): those words say who is writing, not the trade nor the interest of the young person spoken for
 * ("je suis éducatrice, j'accompagne un jeune qui aime la cuisine" looks for cooking, not for educating).
 */
export function withoutOwnJob(normalized: string): string {
  const tokens = normalized.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = SELF_DESCRIPTIONS.find((words) => words.every((w, k) => tokens[i + k] === w));
    let j = start ? i + start.length : i;
    if (start && (tokens[j] === 'un' || tokens[j] === 'une')) j += 1;
    if (!start || !ADVISER_JOBS.has(tokens[j] ?? '')) {
      out.push(tokens[i] as string);
      continue;
    }
    j += 1;
    for (let n = 0; n < OWN_JOB_MAX_WORDS && j < tokens.length && !AFTER_OWN_JOB.has(tokens[j] as string); n++) j += 1;
    i = j - 1;
  }
  return out.length === tokens.length ? normalized : out.join(' ');
}
