/**
 * Cues: what a message's wording says about the kind of question, apart from its topic. Each is a small lexicon
 * over the normalised text (see src/text/normalize.ts), read once per message; routing decides with them but never
 * looks at the words itself.
 */
export interface Cues {
  /** Starts like a follow-up of the last answer ("et pour…", "et à…", "sinon…"). */
  followUp: boolean;
  /** Words that make a sum of money a claim about an aid ("l'État offre 3 000 €…"). */
  moneyClaim: boolean;
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
  /** Talks about a contract, a hiring or an aid: a bare date is then the contract's. */
  aboutContract: boolean;
  /**
   * Points back at what was just said: a pronoun standing for it ("comment on la demande", "je l'obtiens où", "on y a
   * droit"), the same for someone else ("pour nous", "pour mon frère") or a bare "conditions ?".
   */
  refersBack: boolean;
}

/** The kinds of diploma the FAQ explains one by one. */
export type DiplomaKind = 'titre-pro' | 'bp' | 'bts' | 'cap';

const FOLLOW_UP = /^(et|mais|sinon|puis|alors|ok et|d accord et)\b/;
const MONEY_CLAIM = /\b(aide|aides|prime|primes|offre|offrent|offert|donne|donnent|verse|versent|bonus|cheque|allocation|subvention|rembourse|finance|paie|paye)\b/;
const AID_WORD = /\b(aide|aides|prime|primes)\b/;
const RECEIVES = /\b(?:je|on|nous) (?:touche|toucherai|toucherons|touchons|percois|percevrai|recois|recevrai|recevons)\b|\btouche te on\b|\bpercoit on\b/;
const WHICH_DIPLOMA = /\b(?:quel|quelle|quels|quelles|quoi comme|comment)\b(?:\s+\S+){0,3}?\s+(?:diplome|diplomes|formation|formations|bac pro|cap|bts|etudes|ecole)\b|\b(?:diplome|formation|etudes)\s+(?:faut|il faut|pour)\b|\bse prepare comment\b/;
const WHERE_WORDS = /\b(?:ou|pres|vers|autour|proche|loin|km)\b/;
// "… en alternance c'est où ?", "ça se fait où": the question "where" closing a message about a course.
const WHERE_TO_LEARN = /\bou\b(?:\s+\S+){0,4}?\s+(?:faire|former|preparer|apprendre|etudier)\b|\b(?:faire|former|preparer|apprendre|prepare|fait)\b(?:\s+\S+){0,2}?\s+ou\b(?!\s+(?:pas|un|une|des|le|la|les|bien))|\b(?:ce est|se passe|se trouve|se donne)\s+ou\s*$/;
const WORK_WISH = /\b(?:envie de|veux|voudrais|aimerais|reve de)\s+(?:\S+\s+){0,2}?(?:travailler|bosser)\s+(?:dans|avec|en)\b(?!\s+tant que)/;
const DEFINITION = /\b(?:ce est quoi|est quoi|veut dire|veulent dire|signifie|definition)\b/;
const DIPLOMA_KINDS: ReadonlyArray<[RegExp, DiplomaKind]> = [
  [/\b(?:titre pro|titre professionnel|titres professionnels)\b/, 'titre-pro'],
  [/\b(?:bp|brevet professionnel)\b/, 'bp'],
  [/\b(?:bts|brevet de technicien superieur)\b/, 'bts'],
  [/\bcap\b/, 'cap'],
];
/** A subject or a question word, then an object pronoun and a verb ("on la demande", "comment le faire"). */
const PRONOUN_BACK = /\b(?:je|tu|il|elle|on|nous|vous|ils|elles|comment|ou|quand|faut|peut|peux|dois|doit|puis|pourquoi)\s+(?:ne\s+)?(?:le|la|les|y|en|lui|leur)\s+\p{L}+/u;
const SOMEONE_ELSE = /\bpour (?:nous|moi|lui|elle|eux|vous|toi|mon|ma|mes|son|sa|ses|notre|nos)\b/;
const BARE_CONDITIONS = /^(?:et )?(?:les |quelles )?(?:conditions?|demarches?|delais?|montants?)\b/;
const ABOUT_CONTRACT = /\b(?:aide|aides|prime|primes|contrat|embauche|embaucher|recrute|recruter|apprenti)\b/;

export function readCues(normalized: string): Cues {
  return {
    followUp: FOLLOW_UP.test(normalized),
    moneyClaim: MONEY_CLAIM.test(normalized),
    aidWord: AID_WORD.test(normalized),
    receives: RECEIVES.test(normalized),
    whichDiploma: WHICH_DIPLOMA.test(normalized) && !WHERE_WORDS.test(normalized),
    whereToLearn: WHERE_TO_LEARN.test(normalized),
    workWish: WORK_WISH.test(normalized),
    definition: DEFINITION.test(normalized),
    diplomaKinds: DIPLOMA_KINDS.filter(([words]) => words.test(normalized)).map(([, kind]) => kind),
    aboutContract: ABOUT_CONTRACT.test(normalized),
    refersBack: PRONOUN_BACK.test(normalized) || SOMEONE_ELSE.test(normalized) || BARE_CONDITIONS.test(normalized),
  };
}

export const NO_CUES: Cues = readCues('');
