/**
 * Cues: what a message's wording says about the kind of question, apart from its topic. Each is a small lexicon
 * over the normalised text (see src/text/normalize.ts), read once per message; routing decides with them but never
 * looks at the words itself.
 */
import { ownPayWords, payFigureWords, sumOfAid } from './own-pay.js';
import { complainsAboutAnswer, DONE_WORDS } from './speech-acts.js';

export interface Cues {
  /** Starts like a follow-up of the last answer ("et pour…", "et à…", "sinon…"). */
  followUp: boolean;
  /** Words that make a sum of money a claim about an aid ("l'État offre 3 000 €…"). */
  moneyClaim: boolean;
  /**
   * Talks about the person's own pay ("ma fiche de paie", "on me paie", "je touche"): a sum of money is then what
   * they are paid, not an aid they heard of.
   */
  ownPay: boolean;
  /**
   * What a trip costs ("le bus me coûte 40 € par mois", "l'essence pour aller au CFA ça me coûte cher", "je paye 60 €
   * de train"): a transport cost, never a pay told nor an aid claimed.
   */
  transportCost: boolean;
  /**
   * Who pays a trip, asked ("le train pour aller au CFA, qui le rembourse ?", "c'est mon patron qui paie ou la région
   * le transport ?"): the transport facts, not the aid list nor the ended regional card its words also name.
   */
  transportWhoPays: boolean;
  /**
   * A sum said to be someone's pay even beside an aid's name ("avec un salaire de 1 200 €, la prime d'activité ?",
   * "il gagne 1 300 € net, on garde les allocs ?"): what an aid's pay threshold is weighed against.
   */
  payFigure: boolean;
  /**
   * Asks for a detail about one place that the knowledge does not hold: its open days, phone number, email, opening
   * hours ("c'est quand les portes ouvertes du CFA ?", "le numéro du lycée").
   */
  placeDetail: boolean;
  /**
   * Asks a figure or a judgement about one place that the knowledge's records do not hold (a place has a name, a
   * town, its courses; no results, class sizes, boarding, ratings): "le taux de réussite du CFA", "combien d'élèves
   * par classe", "le CFA a un internat ?", "il est bien noté ?".
   */
  placeQuality: boolean;
  /**
   * Only asks who or what "they" or "that" is ("c'est qui eux ?", "c quoi ça ?", "ils sont qui ?"): what the last
   * answer named, not who the bot is.
   */
  asksWhoThatIs: boolean;
  /**
   * Asks what to do now, and nothing else ("je fais quoi alors ?", "du coup on fait comment ?", "que faire ?"): after
   * an answer to a situation, what that answer advises.
   */
  whatNow: boolean;
  /**
   * Asks what to do if the step just advised fails, with that clause and nothing else ("je fais quoi si mon patron
   * veut pas corriger ?", "et s'il refuse, on fait comment ?"): the rest of the last answer's advice.
   */
  whatNowIfRefused: boolean;
  /**
   * Asks for help with applying to an employer: a CV, a cover letter, an interview ("j'ai besoin d'aide pour faire mon
   * CV", "qui peut relire ma lettre de motivation ?"): the services that accompany the search for an employer.
   */
  applicationHelp: boolean;
  /** Asks whether the one who writes is a real person or an adviser ("t'es un vrai conseiller ?", "vous êtes humain ?"). */
  asksIfPerson: boolean;
  /**
   * The whole message only asks for help, politely, with no subject ("Bonsoir, pourriez-vous m'aider ?", "tu peux
   * m'aider stp", "aidez-moi svp"): the answer is what the bot can do, not "je n'ai pas compris".
   */
  asksHelpAlone: boolean;
  /** Names an aid or a bonus ("aide", "prime"). */
  aidWord: boolean;
  /** The speaker receives money ("on touche", "je perçois"), as an employer receives an aid. */
  receives: boolean;
  /** Asks which diploma or course leads somewhere ("quel diplôme", "c'est quel bac pro"), not where. */
  whichDiploma: boolean;
  /** Asks where something can be learnt ("on peut le faire où", "ça se prépare où"). */
  whereToLearn: boolean;
  /** A wish about the field of one's future work ("envie de travailler dans…"). */
  workWish: boolean;
  /** Asks what something is or means ("c'est quoi", "ça veut dire"). */
  definition: boolean;
  /** The kinds of diploma named by their usual words, for "c'est quoi un BTS ?". */
  diplomaKinds: readonly DiplomaKind[];
  /** Asks how long a course lasts or where it stands ("ça dure combien de temps", "c'est au-dessus du CAP ?"). */
  courseAspect: boolean;
  /** Places one diploma above or below another ("c'est au-dessus du CAP ?"). */
  ranksAgainst: boolean;
  /**
   * Complains that the bot does not answer ("ça fait 3 fois que je demande", "tu réponds à côté", "c'est pas ma
   * question"): the apology and the free line, unless the message asks its question again with its details.
   */
  complains: boolean;
  /**
   * Asks whether the speaker has something to pay ("faut payer ?", "on doit payer combien pour le CFA ?", "c'est
   * payant ?"), with nobody as the one paid ("le payer", "payer mon apprenti") and no word of a wage: a cost.
   */
  asksWhatToPay: boolean;
  /** Asks how long something takes ("ça prend combien de temps ?", "quel délai ?", "ça prend longtemps ?"). */
  asksDelay: boolean;
  /** Talks about a contract, a hiring or an aid: a bare date is then the contract's. */
  aboutContract: boolean;
  /**
   * Points back at what was just said: a pronoun standing for it ("comment on la demande", "je l'obtiens où", "on y a
   * droit"), the same for someone else ("pour nous", "pour mon frère") or a bare "conditions ?".
   */
  refersBack: boolean;
  /** Changes a condition of the same question ("et si ça faisait 3 semaines ?", "et s'il a 18 ans ?"). */
  hypothetical: boolean;
  /** Asks how much, with no word of the pay ("c'est combien par mois ?", "ça fait combien ?", "le montant ?"). */
  asksAmount: boolean;
  /** Asks who pays a cost ("qui paye ?", "c'est qui qui paie la formation ?"): not the person's pay. */
  whoPays: boolean;
  /**
   * A cost or its payer spoken of ("qui paye l'hébergement ?", "c'est remboursé ?", "combien ça coûte", "les frais"):
   * money the person spends or someone bears, whatever thing it is for. A story told with it (a far CFA) is the
   * setting; the cost is what is asked (routing/trip-far.ts).
   */
  costOrPayer: boolean;
  /**
   * A payer that is not the employer pays something: "l'opco paye combien pour l'internat ?", "la région rembourse
   * le permis ?". What an OPCO, the Région, the State or the CAF pays is an aid or a cost covered, never the wage.
   */
  funderPays: boolean;
  /** A question asked in words ("comment…", "il faut quoi"), for a message without a question mark. */
  questionWord: boolean;
  /** Words of money or of a right ("j'ai droit", "ça coûte", "on touche") that make a question about hiring one about its aids. */
  moneyOrRight: boolean;
  /** Asks how or where to claim something ("comment je fais la demande ?", "je la demande où ?", "on fait comment pour l'avoir ?"). */
  asksHowToClaim: boolean;
  /** Asks for somewhere nearer or how far it is ("ya rien plus près ?", "lequel est le plus proche ?", "c'est loin de Vire ?"). */
  nearer: boolean;
  /** Puts what is asked around a town ("pas loin de Vire", "près de Bayeux", "du côté de Caen", "vers Lisieux"). */
  nearTown: boolean;
  /** Ends on the question "where" about what was just said ("et pour lui ça serait où ?", "c'est où ?"). */
  asksWhere: boolean;
  /**
   * Asks to talk to a person rather than the bot ("je veux parler à un humain", "qu'une conseillère m'aide",
   * "quelqu'un de vrai"), whatever else the message says of being lost; a named office's adviser ("un conseiller de la
   * Mission Locale") or the speaker's own job ("je suis conseillère") is not that.
   */
  asksForPerson: boolean;
  /** Asks what comes next ("je continue comment", "et ensuite ?", "après … je peux faire quoi", "quelle suite"). */
  asksNextStep: boolean;
  /**
   * Someone left school or has no diploma and asks what to do now ("j'ai lâché le lycée, je fais quoi ?", "sans
   * diplôme, par où commencer ?"): the Mission Locale's question, not a question of interests.
   */
  leftSchoolWhatNow: boolean;
  /** Opens with a greeting and says who is writing, and asks nothing ("Bonjour, je suis conseillère, je teste"). */
  greetsAndIntroduces: boolean;
  /** Speaks of a company or a job offer to find ("une entreprise", "un patron", "des offres"), not of a course. */
  employerWord: boolean;
  /**
   * The message only closes the talk: thanks, goodbye, or both ("ok merci ciao", "merci c'est bon, bonne soirée"),
   * with nothing else but words of agreement; undefined when it says anything more.
   */
  closing?: Closing;
}

/** What a closing message does: thank, take leave, or both. */
export type Closing = 'thanks' | 'goodbye' | 'thanks_goodbye';

/** The kinds of diploma the FAQ explains one by one. */
export type DiplomaKind = 'titre-pro' | 'bp' | 'bts' | 'cap' | 'bac-pro';

const FOLLOW_UP = /^(et|mais|sinon|puis|alors|ok et|d accord et)\b/;
const MONEY_CLAIM = /\b(aide|aides|prime|primes|offre|offrent|offert|donne|donnent|verse|versent|bonus|cheque|allocation|subvention|rembourse|finance|paie|paye)\b/;
/** A word of aid: "aide", "prime" (also inside a trade's name: see dialogs/routing/trade-aid-word.ts). */
export const AID_WORD = /\b(aide|aides|prime|primes)\b/;
const RECEIVES = /\b(?:je|on|nous) (?:touche|toucherai|toucherons|touchons|percois|percevrai|recois|recevrai|recevons)\b|\btouche te on\b|\bpercoit on\b/;
/** Which diplomas lead somewhere: "quel CAP pour…", "ça se prépare comment". */
// Round 33: "j'adore cuisiner, c'est quoi les formations ?", "coiffure ou esthétique, côté diplômes ?": the diplomas of a
// trade or field asked in the plural or by "côté", not what one diploma is ("c'est quoi un CAP ?" stays a definition).
const WHICH_DIPLOMA = /\b(?:quel|quelle|quels|quelles|quoi comme|comment)\b(?:\s+\S+){0,3}?\s+(?:diplome|diplomes|formation|formations|bac pro|cap|bts|etudes|ecole)\b|\b(?:diplome|formation|etudes)\s+(?:faut|il faut|pour)\b|\bse prepare comment\b|^(?:et )?(?:le|les) diplomes? (?:de|pour)\b|\b(?:ce est|c est|cest) quoi (?:les|comme) (?:diplomes|formations|etudes)\b|\bcote (?:diplomes?|formations?|etudes)\b/;
/**
 * "boulanger, on y arrive comment ?": how one gets to a trade is which diplomas lead to it; not when the way asked is
 * to an employer ("j'arrive pas à trouver un patron, comment on y arrive ?").
 */
const GETTING_THERE = /\bcomment (?:on |je |j |tu |il |elle )?y arriv\w*|\b(?:on|je|j|tu|il|elle) y arrive comment\b/;
const WHERE_WORDS = /\b(?:ou|pres|vers|autour|proche|loin|km)\b/;
// "… en alternance c'est où ?", "ça se fait où": the question "where" closing a message about a course.
const WHERE_TO_LEARN = /\bou\b(?:\s+\S+){0,4}?\s+(?:faire|former|preparer|apprendre|etudier)\b|\b(?:faire|former|preparer|apprendre|prepare|fait)\b(?:\s+\S+){0,2}?\s+ou\b(?!\s+(?:pas|un|une|des|le|la|les|bien))|\b(?:ce est|se passe|se trouve|se donne)\s+ou\s*$|\bou (?:en|dans la|dans ma|par) (?:normandie|region)\b/;
// "travailler à l'hôpital", "bosser au zoo", "aux urgences": a workplace after "à" too (a town after it is no field,
// and the work-wish rule wants a field and no Normandy town).
const WORK_WISH = /\b(?:envie de|veux|voudrais|aimerais|reve de)\s+(?:\S+\s+){0,2}?(?:travailler|bosser)\s+(?:dans|avec|en|a|au|aux)\b(?!\s+tant que)/;
/** The kinds of diploma a message names, in the order it names them ("un BP c'est au-dessus du CAP ?": BP first). */
function diplomaKindsIn(normalized: string): DiplomaKind[] {
  return DIPLOMA_KINDS.map(([words, kind]) => ({ kind, at: normalized.search(words) }))
    .filter((k) => k.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((k) => k.kind);
}
/**
 * How long something lasts or takes, asked: "combien de temps", "en combien d'années", "ça dure combien", "quel délai".
 * The one reading of it: the cue, the value a follow-up asks of the last answer (answer-words.ts) and the length of a
 * course asked after its card (card-aspect.ts) all use it.
 */
export const HOW_LONG_ASKED =
  /\b(?:(?:combien|cmb) (?:de|d) (?:temps|tps|jours|semaines|mois|annees|ans)|en combien (?:de temps|de tps|d annees|de annees|de ans|de mois)|quels? delais?|quelle duree|les delais|le delai|la duree|longtemps|(?:ce est|c est|cest|c|ca est|est ce|est ce que ce est) (?:trop |tres |super |vraiment |pas trop )?(?:long|longue)|(?:dure|durent|durera) combien|combien (?:ca |il |elle |ils |elles )?(?:dure|durent|durera))\b/;
/** A course's length (HOW_LONG_ASKED, or a verb of lasting) or its level, asked. */
const COURSE_ASPECT = new RegExp(`${HOW_LONG_ASKED.source}|\\b(?:dure|dur|durent|duree|en combien|en \\d+ ans|niveau|au dessus|en dessous|plus haut|plus bas|plus eleve|equivalent|equivaut)\\b`);
const COMPLAINT = /\b(?:(?:tu|vous|il|le bot|le robot) (?:ne |n )?(?:reponds|repondez|repond|comprends|comprenez|comprend) (?:toujours |jamais |vraiment |pas |rien |plus )*(?:a cote|n importe quoi|a ma question|a ce que|pas|jamais|rien)|(?:ca|ce|c|cela) (?:fait|est) (?:\d+|deux|trois|quatre|plusieurs|la \S+) fois que (?:je|j)|(?:pas|rien a voir avec) (?:du tout )?(?:ma|la|mes) questions?|pas ce que (?:je|j) (?:ai|vous ai|t ai|te ai) demande|rien a voir avec ce que|(?:toujours|tjrs|tjs) pas (?:de )?(?:repondu|reponse)|(?:ne )?correspond (?:pas|en rien)(?: du tout)? a (?:ma question|la question|ce que)|je (?:le )?repete|(?:je|j) (?:ai|t ai|te ai|vous ai) deja (?:demande|pose))/;
const HAS_TO_PAY = /\b(?:faut(?: il)?|dois|doit(?: on)?|devons|devez|doivent|devrai|devra|aurai a|aura a|ai a|a a) (?:encore |quand meme |aussi |rien |quelque chose a )?payer\b(?! (?:le|la|les|l|lui|leur|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|un|une|des|cet|cette) (?:apprenti|apprentie|apprentis|alternant|alternante|salarie|salariee|jeune|gamin|fils|fille))|\b(?:ce est|c est|est ce|cest) payante?\b|\bpayante?\b\s*$/;
const PERSON_PAID = /\b(?:le|la|les|l|lui|leur) (?:payer|paye|paie)\b/;
/** Places one diploma against another ("un BP c'est au-dessus du CAP ?"): the first one named is what is asked about. */
const RANKS_AGAINST = /\b(?:au dessus|en dessous|plus haut|plus bas|plus eleve|superieur|inferieur)\b/;
/**
 * "c'est quoi", "ça veut dire quoi", "définition": the meaning of something is asked (see also defined-term.ts). So do
 * "qu'est-ce qu'un BTS ?" and "expliquez-moi ce qu'est un bac pro" (an article follows: "qu'est-ce que je fais ?" asks
 * something else).
 */
export const DEFINITION = /\b(?:ce est quoi|est quoi|veut dire|veulent dire|signifie|definition|(?:que est ce|ce) que (?:est )?(?:un|une|le|la|les|l))\b/;
const DIPLOMA_KINDS: ReadonlyArray<[RegExp, DiplomaKind]> = [
  [/\b(?:titre pro|titre professionnel|titres professionnels)\b/, 'titre-pro'],
  [/\b(?:bp|brevet professionnel)\b/, 'bp'],
  [/\b(?:bts|brevet de technicien superieur)\b/, 'bts'],
  [/\bcap\b/, 'cap'],
  [/\b(?:bac pro|bacpro|bac professionnel|baccalaureat professionnel)\b/, 'bac-pro'],
];
/** A subject or a question word, then an object pronoun and a verb ("on la demande", "comment le faire"). */
const PRONOUN_BACK = /\b(?:je|tu|il|elle|on|nous|vous|ils|elles|comment|ou|quand|faut|peut|peux|dois|doit|puis|pourquoi)\s+(?:ne\s+)?(?:le|la|les|y|en|lui|leur)\s+\p{L}+/u;
/** "c'est à qui de déclarer ?": whose job is the step just named, an action of the last answer. */
const WHOSE_JOB_BACK = /\ba qui de \p{L}+/u;
/** A possessive or demonstrative pronoun standing for what was just named ("comment je trouve la mienne ?", "celle de son secteur"). */
const POSSESSIVE_BACK = /\b(?:(?:le|la|les) (?:mien|mienne|miens|miennes|tien|tienne|tiens|tiennes|sien|sienne|siens|siennes)|(?:celle|celui|celles|ceux) (?:de|du|des|d|pres|la|ici))\b/;
// "c'est à combien de km ?", "quelle distance ?": how far the place just given is.
const NEARER = /\b(?:plus pres|plus proche|plus proches|moins loin|(?:ce est|est|c est|ca est|trop|pas trop|il est|elle est) loin|loin de|(?:combien|cmb) de (?:km|kms|kilometres?)|quelle distance|a quelle distance)\b/;
const NEAR_TOWN = /\b(?:pas (?:trop |tres |si )?loin (?:de|du|d)|pres (?:de|du|d)|a cote (?:de|du|d)|du cote (?:de|du|d)|autour (?:de|du|d)|proche (?:de|du|d)|aux alentours (?:de|du|d)|dans le coin (?:de|du|d)|vers)\b/;
const ASKS_WHERE = /\b(?:ce est|ca serait|ce serait|serait|ca sera|se trouve|ca se trouve|il est|elle est|ils sont|c est|ca) ou\s*$|^(?:et )?(?:ou|ou ca|ou donc)\s*$/;
const EMPLOYER_WORD = /\b(?:entreprise|entreprises|employeur|employeurs|patron|patrons|patronne|boite|boites|offre|offres|recrute|recrutent|recruteur|embauche|embauchent|poste|postes|job|jobs|boulot|taf|stage)\b/;
const REAL_PERSON = /\b(?:(?:un|une|des|vrai|vraie|etre|avec|a) humaine?s?|^humain$|vraie personne|vraies personnes|personne reelle|personne physique|personne en chair|quelqu un de (?:vrai|reel|physique)|quelqu un en vrai|pas (?:un|a un|avec un) (?:robot|bot|chatbot))\b/;
const CONTACT_VERB = '(?:parler|relation|discuter|echanger|causer|voir|avoir|passer|joindre|contacter|rencontrer|appeler|besoin|aide|aidee|aider|accompagne|accompagnee|guide|guidee|conseille|conseillee)';
const ADVISER_WANTED = new RegExp(
  `\\b${CONTACT_VERB}\\b(?:\\s+\\S+){0,3}?\\s+(?:un|une|le|la|un vrai|une vraie)\\s+(?:conseiller|conseillere)\\b(?!\\s+(?:de|du|des|d|en|a|au|mission|france|cfa|pole))|\\b(?:que|qu) (?:un|une) (?:conseiller|conseillere)\\s+(?:me|m|nous|l|le|la|lui)\\s+(?:aide|aident|accompagne|guide|rappelle|conseille|reponde|explique)\\b`,
);
/**
 * What comes next: "et après ?", "la suite", "je fais quoi maintenant", "que peut-il faire maintenant" (read with a diploma held);
 * going up a level too ("je veux monter en niveau", "le niveau au-dessus", "évoluer").
 */
const NEXT_STEP = /\b(?:monter (?:en|de|d un) niveau|monter d un cran|niveau (?:au dessus|superieur)|passer au (?:niveau )?(?:au )?dessus|evoluer|progresser|me perfectionner|ensuite|continuer|continue|continues|poursuivre|poursuite|poursuis|la suite|quelle suite|quelles suites|aller plus loin|enchainer|me specialiser|et apres|et maintenant)\b|\bapres\b.*\b(?:quoi|comment|quel|quelle|quels|quelles|possible|peux|peut|pourrai|pourra)\b|\b(?:fais|fait|faire|faut) quoi (?:apres|ensuite)\b|\b(?:fais|fait|faites|faire|peux faire|peut faire|pouvez faire) quoi (?:maintenant|mtn|mnt|desormais|a present)\b|\b(?:que|quoi) (?:\S+ ){0,3}?faire (?:maintenant|mtn|desormais|a present|apres|ensuite)\b/;
const LEFT_SCHOOL = /\b(?:sans (?:aucun )?diplomes?|pas de diplomes?|aucun diplome|pas (?:eu|obtenu) (?:mon|son|le) (?:brevet|bac|cap)|decroche|decrocheur|decrocheuse|decrochage|descolarise|descolarisee|(?:lache|arrete|quitte|abandonne|plaque|largue|stoppe)(?: \S+){0,2} (?:le lycee|lycee|le college|college|la ecole|le ecole|lecole|ecole|les cours|les etudes|mes etudes|ses etudes|le cfa|la seconde|la 1e|la terminale|en seconde|en 1e|en terminale))\b/;
const WHAT_NOW = /\b(?:je fais quoi|on fait quoi|il fait quoi|elle fait quoi|faire quoi|que faire|quoi faire|par ou commencer|commence par ou|je commence ou|vers qui|qui peut (?:me|m|le|la|l|nous) aider|que (?:peut|pourrait) (?:il|elle|on) faire|que puis je faire|comment (?:je fais|faire|on fait|rebondir)|je peux faire quoi|peut faire quoi|et maintenant|quelles solutions|quelle solution)\b/;
const GREETING_START = /^(?:bonjour|bonsoir|salut|hello|coucou|bjr|slt)\b/;
const SELF_INTRODUCTION = /\b(?:je suis|moi c est|je travaille|nous sommes|je dirige|je gere|je tiens|nous dirigeons|nous gerons)\b|\b(?:conseiller|conseillere|cip|educateur|educatrice|referent|referente)\b(?: \S+){0,3} ici\b/;
/** "je regarde comment ça marche" says what the adviser is doing; it asks nothing a greeting would not answer. */
const HOW_IT_WORKS = /\bcomment (?:ca |il |elle |ce |cet outil |ce outil |ce chatbot |ce bot |votre \S+ )?(?:marche|fonctionne)\b/g;
const ASKS_SOMETHING = /\b(?:comment|combien|cmb|quoi|quel|quelle|quels|quelles|pourquoi|est ce que|ou|quand|peut|peux|puis|pouvez|faut|dois|doit)\b/;
const QUESTION_WORD = /\b(?:comment|quoi|quel|quelle|quels|quelles|est ce que|faut|dois|doit|peut|peux|puis|pouvez|ou)\b/;
const MONEY_OR_RIGHT = /\b(?:droit|droits|financ\w*|argent|subventions?|rembourse\w*|euros?|touche|toucher|gagne|gagner|coute|cout|payer|paye)\b/;
/** Payers that are not the employer (normalised), and their verbs of paying. */
const FUNDER = '(?:opco|region|etat|caf|agefiph|fiphfp|france travail|pole emploi|departement|action logement|cnfpt)';
const FUNDER_VERB = '(?:paye|paie|payent|paient|payera|paiera|verse|versent|rembourse|remboursent|finance|financent|donne|donnent|prend en charge|prennent en charge)';
const FUNDER_PAID_BY = '(?:pris en charge|prise en charge|paye|payee|payes|verse|versee|rembourse|remboursee|rembourses|finance|financee|finances)';
const FUNDER_PAYS = new RegExp(
  `\\b${FUNDER}(?: \\S+){0,2}? ${FUNDER_VERB}\\b|\\b${FUNDER_VERB} (?:le |la |les |l )?${FUNDER}\\b|\\b${FUNDER_PAID_BY} par (?:le |la |les |l )?${FUNDER}\\b`,
);
// "qui paie mon salaire au CFA ?" still asks about the pay.
const WHO_PAYS = /\bqui (?:qui )?(?:paye|paie|payera|paiera|va payer|doit payer|finance|rembourse|prend en charge)\b(?!\s+(?:mon|ton|son|ma|ta|sa|le|la|notre|votre|leur)\s+(?:salaire|paie|paye|remuneration))/;
const ASKS_AMOUNT = /\b(?:combien|cmb|montant|montants)\b(?!\s+de\s+(?:temps|tps|annees|ans|mois|jours|semaines|heures|fois|salaries|personnes|places|km|kms|kilometres?))/;
/**
 * The words of the pay, the one list of them: "combien je gagne ?" asks the pay, whatever came before. Readers that
 * also take a verb of paying or receiving ("le payer", "toucher") add it beside this list, as it can name an aid too.
 */
export const PAY_WORDS = /\b(?:salaire|salaires|paie|paye|payee|payes|gagne|gagnes|gagner|gagnerai|gagnera|smic|brut|net|remunere|remuneree|remuneration)\b/;
// "je m'inscris où ?", "on postule comment ?": signing up for a scheme is claiming it.
const CLAIM_WORDS = /\b(?:demande|demander|demandes|demandent|demarche|demarches|dossier|obtenir|obtient|obtiens|avoir|toucher|percevoir|beneficier|inscrire|inscris|inscrit|inscrite|inscription|postuler|postule|candidater)\b/;
// "et pour la demander ?", "et pr l'avoir ?": the how said by the purpose alone, in a few words.
const HOW_OR_WHERE = /\b(?:comment|ou|quand|quel site|aupres de qui)\b|^(?:et |mais |ok )?(?:pour|pr|pour pouvoir) (?:la |le |les |l |en )?(?:demander|obtenir|avoir|toucher|percevoir|beneficier)\b/;
const HYPOTHETICAL = /^(?:et |mais |ok et )?(?:si|s il|s ils|meme si)\b/;
const SOMEONE_ELSE = /\bpour (?:nous|moi|lui|elle|eux|vous|toi|mon|ma|mes|son|sa|ses|notre|nos)\b/;
const BARE_CONDITIONS = /^(?:et )?(?:les |quelles )?(?:conditions?|demarches?|delais?|montants?)\b/;
const THANKS = /\b(?:merci|remercie|remercions|remerciements)\b/g;
const GOODBYE = /\b(?:au revoir|ciao|tchao|bye|a plus tard|a plus|a tout a l heure|a bientot|a la prochaine|a demain|bonne (?:soiree|journee|nuit|continuation|fin de journee|fin de soiree|semaine|week end|vacances)|bisous)\b/g;
/** Words of agreement and politeness around thanks or a goodbye: they add nothing to ask. */
const AGREEMENT = new Set(
  'ok ok d accord dac bon ce est ca marche parfait super top cool genial nickel tres bien beaucoup vraiment encore pour tout les infos info la ta votre vos tes reponse reponses aide a vous toi et je vais y aller oui compris note hein trop bcp salut allez'.split(' '),
);

function closingOf(normalized: string): Closing | undefined {
  const thanks = normalized.match(THANKS) !== null;
  // "ce sera tout", "c'est bon j'ai ce qu'il me faut": saying one is done takes leave (speech-acts.ts).
  const goodbye = normalized.match(GOODBYE) !== null || normalized.match(DONE_WORDS) !== null;
  if (!thanks && !goodbye) return undefined;
  const rest = normalized.replace(THANKS, ' ').replace(GOODBYE, ' ').replace(DONE_WORDS, ' ').split(' ').filter((w) => w.length > 0);
  if (!rest.every((w) => AGREEMENT.has(w))) return undefined;
  return thanks && goodbye ? 'thanks_goodbye' : thanks ? 'thanks' : 'goodbye';
}

/** A way of travelling or what it needs (bus, train, fuel, a pass): the object of a transport cost. */
const TRANSPORT_THING =
  /\b(?:bus|train|trains|tram|tramway|metro|rer|ter|navigo|transports?|trajets?|essence|carburant|gasoil|gazole|diesel|(?:le|un) plein|peage|parking|km|kilometres?|(?:abonnement|ticket|billet) de (?:bus|car|train|tram|transport)|(?:le|mon|son|en|du) car|pass de (?:bus|transport)|tickets? de (?:bus|metro|tram))\b/;
/** A way of travelling or what it needs is named ("le bus", "l'essence", "le train"). */
export function namesTransportThing(normalized: string): boolean {
  return TRANSPORT_THING.test(normalized);
}
/** Words of spending: what something costs the person. */
const COST_WORD = /\b(?:coute|coutent|coutait|cout|revient|reviennent|depense|depenses|depensons|claque|frais|cher|chere|ruine)\b|\b(?:je|j|on|nous|il|elle|tu) (?:paie|paye|payons|payez|paies|payes|mets|met)\b/;
const AID_GIVER = /\b(?:etat|region|caf|gouvernement|departement|france travail|pole emploi|opco|mission locale|mairie|ministere|asp|urssaf)\b/;
const SCHOOL = '(?:cfa|lycee|ecole|centre|etablissement|campus|mfr|maison familiale|chambre)';
/**
 * A facility a school may have, which no source of ours lists ("une salle de muscu", "un parking", "un gymnase"). Meals
 * and nights are left out: what they cost has its answer (the OPCO's support for a stay at the CFA).
 */
const FACILITY = '(?:salle|salles|gymnase|piscine|terrain|parking|foyer|bibliotheque|cdi|wifi|casiers?|laverie)';
/**
 * A school's contact or facility: "le numéro du CFA", "l'adresse e-mail du secrétariat du CFA de Coutances", "le CFA
 * de Caen a une salle de muscu ?", "y a un parking au lycée ?": details no source of ours gives.
 * Round 33: a staff member's mobile ("le portable du directeur du CFA"), and a town of several words between the school
 * and its facility ("le CFA de Val-de-Reuil a une salle de muscu ?").
 */
const PLACE_DETAIL = new RegExp(
  `\\bportes? ouvertes?\\b|\\b(?:numero|telephone|tel|portable|mail|e mail|email|courriel|adresse mail|adresse e mail|site|horaires? de ouverture|contact)\\s+(?:(?:de le|du|de la|des|de)\\s+\\S+\\s+)?(?:de le|du|de la|des|de)\\s+${SCHOOL}\\b` +
    `|\\b${SCHOOL}\\b(?:\\s+\\S+){0,5}?\\s+(?:a|possede|dispose de|propose)\\s+(?:un|une|des)\\s+${FACILITY}\\b` +
    `|\\b${FACILITY}\\b(?:\\s+\\S+){0,2}?\\s+(?:au|a le|dans le|de le|du)\\s+${SCHOOL}\\b`,
);
/**
 * "à quelle heure ouvre le CFA ?", "le lycée est ouvert le samedi ?": a school's opening hours, which no source of ours
 * gives (like its phone or its open days). Round 33: a strike there ("grève au CFA de Caen demain ?") is whether
 * it is open that day.
 */
const PLACE_OPENING =
  /\b(?:ouvre|ouvrent|ouvert|ouverte|ouverts|ferme|ferment|fermee|ouverture|fermeture|greve|greves)\b(?:\s+\S+){0,3}?\s+(?:le|la|les|du|de la|de le|au|ce|cet|cette)\s+(?:cfa|lycee|ecole|centre de formation|etablissement|campus|mfr|maison familiale)\b|\b(?:cfa|lycee|ecole|etablissement|campus|mfr)\b(?:\s+\S+){0,4}?\s+(?:ouvre|ouvrent|ouvert|ouverte|ferme|ferment|fermee)\b/;
/**
 * "c'est bon ?", "c bon ?", "ça va ?" at the end of a message: whether what was told is OK ("j'ai 15 ans je sors de 3e
 * c bon ?"), not a judgement on a school — "ce CFA est bon ?" names the school.
 */
const OK_ASKED = /(?:ce|ca) (?:est )?(?:bon|bien)$/;
const PLACE_WORD = '(?:cfa|lycee|ecole|centre|etablissement|campus|mfr|maison familiale|formation|classe|classes|il|elle|ce|ca)';
const PLACE_QUALITY = new RegExp(
  [
    '\\b(?:taux|pourcentage|pourcent|%) de (?:reussite|insertion|embauche|abandon|rupture|echec|obtention)\\b',
    '\\b(?:combien|cmb|nombre) de (?:eleves|eleve|apprentis|etudiants|jeunes|places) (?:par|dans (?:la|une|les|chaque)) (?:classe|classes|groupe|section|promo|promotion)\\b',
    '\\b(?:effectif|effectifs|taille) (?:des|de la|de les|par) (?:classes?|groupes?|promos?|promotions?)\\b',
    `\\b${PLACE_WORD}(?: \\S+){0,2} (?:a|as|propose|possede|dispose de|offre) (?:un|une|des) (?:internat|cantine|self|foyer|hebergement|logement)\\b`,
    '\\b(?:y a|il y a|ya|y aurait) (?:un|une) (?:internat|cantine|self|foyer)\\b',
    `\\b${PLACE_WORD} (?:est |sont )?(?:il |elle )?(?:bien|mal) (?:note|notee|notes|classe|classee|cote|cotee|reconnu|reconnue)\\b`,
    `\\b(?:classement|reputation|avis|note|notes|resultats) (?:du|de le|de la|des|de|sur (?:le|la|les|ce|cet|cette)) ${PLACE_WORD}\\b`,
    '\\b(?:serieux|serieuse|reconnu|reconnue|cote|cotee|bien|bon|bonne) (?:ce|cet|cette|le|la|ton|votre) (?:cfa|lycee|ecole|centre|etablissement|campus|mfr)\\b',
    `\\b(?!${OK_ASKED.source})${PLACE_WORD} (?:est (?:il |elle )?)?(?:bien|bon|bonne|serieux|serieuse|reconnu|reconnue|cote|cotee)$`,
  ].join('|'),
);
/** "c'est bien noté, merci", "ok super": an acknowledgement, not a question about a place. */
const ACKNOWLEDGED = /\b(?:merci|mrc|ok|okay|daccord|parfait|super|top|note pour)\b/;
/** "c'est qui eux ?", "c quoi ça ?", "ils sont qui ?", "qui c'est ceux-là ?": the whole message asks who or what that is. */
const WHO_THAT_IS =
  /^(?:et |mais )?(?:(?:ce est|c est|c|cest) (?:qui|quoi) (?:eux|ca|cela|lui|elle|ils|elles|ce truc|ce machin|ceux la|celui la|celle la|ces gens)|(?:ils|elles|eux) (?:sont|ce est|c est) qui|qui (?:sont ils|sont elles|sont ces gens|ce est|c est)(?: eux| ca| ceux la)?|ce sont qui|(?:eux|ca) (?:ce est|c est) (?:qui|quoi))$/;
/** "t'es un vrai conseiller ou pas ?", "vous êtes humain ?", "c'est une vraie personne qui répond ?". */
/**
 * Said to the bot ("tu es", "êtes-vous"), "un vrai conseiller de la Région" still asks who writes: only a relative
 * clause ("un conseiller qui va me rappeler") speaks of someone else. Said with "c'est", "un conseiller de la Mission
 * Locale" names another person, unless "vrai" makes it the question of who writes ("c'est un vrai conseiller du CFA ?").
 */
const IS_IT_A_PERSON = new RegExp(
  [
    String.raw`\b(?:te|t|tes|tu es|t es|vous etes|es tu|etes vous|tu serais|vous seriez|seriez vous|serais tu) (?:bien |vraiment |pour de vrai )?(?:un |une )?(?:vrai |vraie |veritable )?(?:conseiller|conseillere|personne|humain|humaine|etre humain)\b(?! (?:\S+ )?qui (?:va|peut|me|m|pourra))`,
    String.raw`\b(?:ce est|c est) (?:bien |vraiment |pour de vrai )?(?:un |une )?(?:(?:vrai|vraie|veritable) (?:conseiller|conseillere|personne|humain|humaine|etre humain)\b(?! (?:\S+ )?qui (?:va|peut|me|m|pourra))|(?:conseiller|conseillere|personne|humain|humaine|etre humain)\b(?! (?:de|du|des|mission|cfa|qui (?:va|peut|me|m|pourra))))`,
  ].join('|'),
);
const HELP_ALONE = new RegExp(
  String.raw`^(?:(?:bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|re|excusez moi|pardon|svp|stp|madame|monsieur|si il vous plait|si il te plait)\s+)*` +
    String.raw`(?:est ce que |est ce qu )?(?:(?:tu|vous|on) (?:peux|peu|peut|pouvez|pourrais|pourrait|pourriez|voudrais|voudriez|veux|voulez)(?: bien)? (?:me|m) (?:aider|aide|aidez|aidé)` +
    String.raw`|(?:peux|pouvez|pourrais|pourriez|voudrais|voudriez|veux|voulez) (?:tu|vous)(?: bien)? (?:me|m) (?:aider|aide|aidez|aidé)|aide moi|aidez moi|aider moi)` +
    String.raw`(?:\s+(?:svp|stp|si il vous plait|si il te plait|please|merci|par pitie|un peu|la|moi|svp merci|merci davance|merci beaucoup))*$`,
);
/** What one writes or prepares to apply to an employer. */
const APPLICATION_PAPER = /\b(?:cv|c v|curriculum|lettre de motivation|lettres de motivation|lettre de candidature|entretien de embauche|entretiens de embauche|entretien avec le patron|entretien avec un patron)\b/;
/** Asking for help, advice or a review with it ("besoin d'aide pour", "qui peut m'aider", "comment faire", "relire"). */
const APPLICATION_HELP = /\b(?:aide|aider|aidez|besoin|comment|conseil|conseils|relire|corriger|preparer|faire|rediger|ecrire|qui)\b/;
/** "je fais quoi alors ?", "du coup on fait comment ?", "que dois-je faire ?", "qu'est-ce que je peux faire ?": the whole message. */
const WHAT_NOW_ALONE =
  /^(?:(?:et|ok|bon|mais|du coup|alors|donc|bah|ben|euh|dacc?|de accord|merci)\s+)*(?:(?:je|on|il|elle|nous|vous) (?:fais|fait|faisons|faites|dois faire|doit faire|peux faire|peut faire) (?:quoi|comment)|(?:que|quoi) (?:faire|dois je faire|puis je faire|devons nous faire|faut il faire)|(?:qu|que) est ce que (?:je|on|il|elle|nous|vous) (?:fais|fait|dois faire|doit faire|peux faire|peut faire|faites|devons faire|pouvons faire)|comment (?:je fais|on fait|faire|il fait|elle fait)|quelle est la marche a suivre|je fais comment|on fait comment)(?:\s+(?:alors|du coup|maintenant|mtn|donc|dans ce cas|moi|nous|svp|stp))*$/;
/** "si mon patron veut pas", "s'il refuse de corriger", "quand ça change rien", "si il répond pas": the step fails. */
const IF_REFUSED =
  /^(?:(?:et|mais|bon|du coup|alors)\s+)*(?:si|s il|s ils|s elle|s elles|quand|qd|au cas ou|et si)\b.*\b(?:refus\w*|veu[tx]? (?:pas|rien|toujours pas|plus|pa)|(?:fait|change|repond|bouge|marche) (?:pas|rien|toujours pas)|dit non|rien ne change|rien ne bouge)\b/;

/** The message is a what-to-do question (WHAT_NOW_ALONE) and a clause saying the advised step fails, either order. */
function asksWhatNowIfRefused(normalized: string): boolean {
  const words = normalized.replace(/\s*\?+\s*$/, '').trim().split(' ');
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if ((WHAT_NOW_ALONE.test(head) && IF_REFUSED.test(tail)) || (IF_REFUSED.test(head) && WHAT_NOW_ALONE.test(tail))) return true;
  }
  return false;
}
const ABOUT_CONTRACT = /\b(?:aide|aides|prime|primes|contrat|embauche|embaucher|recrute|recruter|apprenti)\b/;

const withClosing = (closing: Closing | undefined): { closing?: Closing } => (closing ? { closing } : {});

/** The words of a cost or its payer: paying, paying back, bearing, financing, a price, fees. */
const COST_OR_PAYER = /\b(?:paye|paie|payer|payent|paient|rembours\w*|prend en charge|prise en charge|financ\w*|coute|couter|prix|frais)\b/;

/** A trip's cost, unless a pay is named beside it ("mon salaire ne paie même pas l'essence" is about the pay). */
function transportCost(normalized: string): boolean {
  return TRANSPORT_THING.test(normalized) && COST_WORD.test(normalized) && !/\b(?:salaire|paie de|fiche de paie|remuneration)\b/.test(normalized);
}

/** "qui le rembourse", "c'est remboursé ?", "pris en charge": a cost borne by someone else. */
const REIMBURSED = /\b(?:rembourse|remboursee|rembourses|remboursees|remboursent|remboursement|pris en charge|prise en charge|prend en charge|prennent en charge)\b/;

/** "qui m'aide pour le transport ?", "une aide pour les trajets ?": help with a trip's cost asked, which is who pays it. */
const HELP_WITH_TRIP = /\b(?:aide|aides|aider|m aide|nous aide|l aide|les aide|prime|primes)\b/;

/** Who pays a trip: a way of travelling and who pays it, pays it back or helps with it, unless a pay is named beside it. */
function transportWhoPays(normalized: string): boolean {
  if (!TRANSPORT_THING.test(normalized) || /\b(?:salaire|fiche de paie|remuneration)\b/.test(normalized)) return false;
  return WHO_PAYS.test(normalized) || FUNDER_PAYS.test(normalized) || REIMBURSED.test(normalized) || HELP_WITH_TRIP.test(normalized);
}

export function readCues(normalized: string): Cues {
  return {
    followUp: FOLLOW_UP.test(normalized),
    moneyClaim: MONEY_CLAIM.test(normalized),
    aidWord: AID_WORD.test(normalized),
    ownPay: ownPayWords(normalized, AID_WORD.test(normalized)) && !AID_GIVER.test(normalized) && !transportCost(normalized),
    transportCost: transportCost(normalized),
    transportWhoPays: transportWhoPays(normalized),
    payFigure: payFigureWords(normalized) && !AID_GIVER.test(normalized) && !sumOfAid(normalized) && !transportCost(normalized),
    placeDetail: PLACE_DETAIL.test(normalized) || PLACE_OPENING.test(normalized),
    placeQuality: PLACE_QUALITY.test(normalized) && !ACKNOWLEDGED.test(normalized),
    asksWhoThatIs: WHO_THAT_IS.test(normalized),
    whatNow: WHAT_NOW_ALONE.test(normalized.replace(/\s*\?+\s*$/, '').trim()),
    whatNowIfRefused: asksWhatNowIfRefused(normalized),
    applicationHelp: APPLICATION_PAPER.test(normalized) && APPLICATION_HELP.test(normalized),
    asksIfPerson: IS_IT_A_PERSON.test(normalized) && !ADVISER_WANTED.test(normalized),
    asksHelpAlone: HELP_ALONE.test(normalized.replace(/[\s?!.]+$/, '').trim()),
    receives: RECEIVES.test(normalized),
    whichDiploma: (WHICH_DIPLOMA.test(normalized) || (GETTING_THERE.test(normalized) && !EMPLOYER_WORD.test(normalized))) && !WHERE_WORDS.test(normalized),
    whereToLearn: WHERE_TO_LEARN.test(normalized),
    workWish: WORK_WISH.test(normalized),
    definition: DEFINITION.test(normalized),
    courseAspect: COURSE_ASPECT.test(normalized),
    asksDelay: HOW_LONG_ASKED.test(normalized),
    asksWhatToPay: HAS_TO_PAY.test(normalized) && !PERSON_PAID.test(normalized) && !PAY_WORDS.test(normalized),
    complains: COMPLAINT.test(normalized) || complainsAboutAnswer(normalized),
    ranksAgainst: RANKS_AGAINST.test(normalized),
    diplomaKinds: diplomaKindsIn(normalized),
    aboutContract: ABOUT_CONTRACT.test(normalized),
    hypothetical: HYPOTHETICAL.test(normalized),
    asksAmount: ASKS_AMOUNT.test(normalized) && !PAY_WORDS.test(normalized),
    whoPays: WHO_PAYS.test(normalized),
    costOrPayer: COST_OR_PAYER.test(normalized),
    funderPays: FUNDER_PAYS.test(normalized),
    questionWord: QUESTION_WORD.test(normalized),
    moneyOrRight: MONEY_OR_RIGHT.test(normalized),
    asksHowToClaim: CLAIM_WORDS.test(normalized) && HOW_OR_WHERE.test(normalized),
    nearer: NEARER.test(normalized),
    nearTown: NEAR_TOWN.test(normalized),
    asksWhere: ASKS_WHERE.test(normalized),
    employerWord: EMPLOYER_WORD.test(normalized),
    asksNextStep: NEXT_STEP.test(normalized),
    leftSchoolWhatNow: LEFT_SCHOOL.test(normalized) && WHAT_NOW.test(normalized),
    greetsAndIntroduces: GREETING_START.test(normalized) && SELF_INTRODUCTION.test(normalized) && !ASKS_SOMETHING.test(normalized.replace(HOW_IT_WORKS, ' ')),
    asksForPerson: REAL_PERSON.test(normalized) || ADVISER_WANTED.test(normalized),
    refersBack:
      PRONOUN_BACK.test(normalized) || POSSESSIVE_BACK.test(normalized) || SOMEONE_ELSE.test(normalized) || BARE_CONDITIONS.test(normalized) || WHOSE_JOB_BACK.test(normalized),
    ...withClosing(closingOf(normalized)),
  };
}

export const NO_CUES: Cues = readCues('');
