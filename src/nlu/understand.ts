import { ageBandOf } from './entities/age-band.js';
import type { FaqMatch } from './faq-matcher.js';
import type { KnowledgeBase } from '../knowledge/store.js';
import { levelFromDiplomaType } from '../rules/aids.js';
import { foldAccents, normalize, tokenize } from '../text/normalize.js';
import { smsLexicon } from '../text/sms-lexicon.js';
import { soundIndexOf } from './sound-index.js';
import { readBySound } from './sound-reading.js';
import { extractStudyYear } from './entities/contract-year.js';
import { occupiedStatusTold } from './entities/occupied-status.js';
import { extractEntities, type DiplomaType, type Entities } from './entities.js';
import { questionInWrapper, questionInWholeWrapper, unwrap, withoutAside } from './wrapper.js';
import { withAllowedRead } from './allowed-word.js';
import { questionBeforeStory, withoutIntroduction, withoutNames } from './mask.js';
import { withStoppingRead } from './stopping-word.js';
import { modelsFor, type Models } from './models.js';
import { readQuestion } from './question-reader.js';
import { NO_CUES, readCues } from './cues.js';
import { ownPayTold } from './own-pay.js';
import { aidNamedIn, unknownAidName } from './named-aid.js';
import { definedTermAsked, definedTermAskedInASentence, definedTermNamed } from './defined-term.js';
import { communeInText, outsidePostcodeInText } from './places.js';
import { everydayWordsOf } from './everyday-words.js';
import { indexOutsideTowns, outsideTownInText } from './outside-towns.js';
import { countryIn } from './countries.js';
import { registerWritten } from './register.js';
import { formalOpener } from './formal-opener.js';
import { withoutWorkplace } from './workplace.js';
import { fieldWordsOf } from './field-words.js';
import { withoutOwnJob } from './entities/persona.js';
import { withoutInstitutions } from './institutions.js';
import { withoutJobLeft } from './job-left.js';
import { extractDeniedInterests, extractInterests } from './entities/interests.js';
import { englishPayAge } from './english-pay.js';
import { englishWordsIn, frenchWordsIn } from './french-evidence.js';
import { tradeOfMessage, tradeOfNamedDiploma, typeOfLongTitleNamed } from './trades.js';
import type { MessageFacts, TextKind, Understanding } from './understanding.js';

/** Our canonical diploma type names (those of diplomes.yaml) for the extractor's ids. */
const DIPLOMA_TYPE_NAMES: Partial<Record<DiplomaType, string>> = {
  cap: 'CAP',
  capa: 'CAP',
  bac_pro: 'Bac pro',
  bp: 'BP',
  bts: 'BTS',
  btsa: 'BTS',
  but: 'BUT',
  dut: 'BUT',
  mc: 'MC',
  titre_pro: 'Titre pro',
  licence_pro: 'Licence pro',
  licence: 'Licence',
  master: 'Master',
  ingenieur: 'Ingénieur',
};

/** Company categories without a head count: a size inside the category, enough for the aids' thresholds. */
const SIZE_OF_CATEGORY = { tpe: 5, pme: 50, eti: 500, ge: 5000 } as const;

/**
 * Words of English that are no French word: two of them and no French marker make a message English. The pay words
 * are among them, as people write a pay question without any grammar word ("wage apprentice 17", "apprentice salary
 * 18 years old first year").
 */
const ENGLISH = new Set([
  'the', 'i', 'want', 'an', 'is', 'are', 'how', 'what', 'hello', 'hi', 'please', 'can', 'you', 'my', 'do', 'job', 'work', 'apprenticeship', 'where',
  'would', 'like', 'need', 'help', 'thanks', 'and', 'to', 'of', 'in', 'for', 'speak', 'english',
  'apprentice', 'apprentices', 'trainee', 'salary', 'wage', 'wages', 'pay', 'paid', 'earn', 'earns', 'much', 'does', 'years', 'year', 'old', 'first', 'second', 'third', 'at', 'aged',
]);
const FRENCH_MARKERS = new Set(['je', 'tu', 'le', 'la', 'les', 'un', 'une', 'des', 'est', 'et', 'pour', 'de', 'du', 'que', 'quoi', 'comment', 'bonjour', 'salut', 'merci', 'ce', 'mon', 'ma', 'suis', 'veux']);
// Round 29: the plural too ("cette aide s'applique aux contrats pro ?").
const PRO_CONTRACT = /\b(contrats? (de )?pro|contrats? professionnalisation|professionnalisation|contrats? de professionnalisation)\b/;
/** "maître d'apprentissage" names the apprentice's master, not the contract the person asks about. */
const APPRENTICE_CONTRACT = /(?<!\bmaitres? de )\b(apprentissage|apprenti|apprentie)\b/;
/** "sans taf ni formation" is folded to "sans travail ni formation" by the SMS lexicon. */
const NEITHER_JOB_NOR_TRAINING = /\b(?:sans (?:emploi|travail|boulot|job|rien) (?:ni|et sans|et pas de) (?:formation|diplome|ecole|etudes)|ni en emploi ni en formation|ni emploi ni formation|ni (?:en )?(?:travail|boulot|job|emploi) ni (?:en )?(?:formation|ecole|etudes)|neet|decroche|decrocheur|decrocheuse)\b/;
/**
 * The writer says they are an apprentice already ("jsui apprenti", "je suis déjà en alternance"), or a parent says
 * their child is ("mon fils est apprenti", "elle est en apprentissage depuis septembre", "il fait son apprentissage"):
 * the status is the young person's, whoever tells it. Wanting to be one ("il veut être apprenti") is not being one.
 * "je suis une apprentie", and a message opening "en tant qu'apprenti, …", say it too.
 */
const IS_NOW = '(?:je suis|jsui|jsuis|chui|suis|moi|(?:il|elle|fils|fille|enfant|ado|gamin|gamine|garcon) (?:est|et)) (?:deja |actuellement |en ce moment |maintenant )?';
const IS_APPRENTICE = new RegExp(`\\b(?:${IS_NOW}(?:un |une )?(?:apprenti|apprentie|alternant|alternante|en apprentissage|en alternance|en contrat de apprentissage)|(?:je|il|elle) (?:fais|fait) (?:mon|son|un|une) (?:apprentissage|alternance)|^(?:moi )?(?:en tant que|etant) (?:apprenti|apprentie|alternant|alternante))\\b`);
/** The same, in a contrat de professionnalisation ("je suis en contrat pro", "ma fille est en contrat de professionnalisation"). */
const IS_PRO_TRAINEE = new RegExp(`\\b${IS_NOW}en contrat (?:de )?(?:pro|professionnalisation)\\b`);
/**
 * A correction said in a whole sentence: "ah non pardon", "dsl je me suis trompée", "oups erreur de ma part", "je
 * voulais dire": what follows replaces a detail told before (an age, a year, a town), not a new question.
 */
const CORRECTION_SAID =
  /^(?:(?:ah|oh|euh|bon|mince|zut|ha) )*(?:non|pardon|dsl|desole|desolee|oups|excuse moi|excusez moi|en fait)\b|\bje me suis (?:trompe|trompee|trompes|goure|gouree|mal exprime|mal exprimee)\b|\berreur de ma part\b|\bje voulais dire\b|\bje me trompe\b/;
/** Who writes about someone else: their own age ("j'ai 45 ans") is not the young person's. */
const SPEAKS_FOR_ANOTHER: ReadonlySet<string> = new Set(['parent', 'employeur', 'conseiller']);
/** "sans le bac", "je n'ai pas le bac", "j'ai raté mon bac": the bac named is one the person does not hold. */
const WITHOUT_BAC = /\b(?:sans|pas|pas eu|jamais eu|rate|loupe|echoue a|pas obtenu|pas de) (?:le |mon |son |un |de )?bac\b/;
const JOB_SEEKER = /\b(?:demandeur|demandeuse) de emploi\b|\binscrit(?:e)? (?:a|chez) (?:france travail|pole emploi)\b|\bau chomage\b|\bchomeur\b|\bchomeuse\b/;
/**
 * "mon père a 45 ans", "ma mère elle a 38 ans", "ma sœur elle a 31 ans": someone of the speaker's family or circle
 * other than their child. Once the speaker told their own age, that age stays theirs (profile-update.ts).
 */
const ADULT_RELATIVE_AGE =
  /\b(?:mon|ma|mes|notre|nos) (?:pere|mere|parents|papa|maman|daron|daronne|beau pere|belle mere|grand pere|grand mere|papy|papi|mamie|oncle|tante|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|(?:grand |grande |petit |petite |demi )?(?:frere|soeur)|cousin|cousine|pote|copain|copine|ami|amie|meilleur ami|meilleure amie|voisin|voisine)\b(?: (?:il|elle|ils|elles|qui))? (?:a|ont|avait) (\d{1,3}) ans\b/;
const AMOUNT = /\b(\d{2,6}) ?(euros?|e)\b/;
const LONE_NUMBER = /^\s*(\d{1,6})\s*(ans?)?\s*$/;

export interface UnderstandOptions {
  /** Longer messages are cut to this many characters. */
  maxChars: number;
  /** ISO date of the turn, to resolve dates said without a year. */
  today: string;
}

/** Reads messages against one version of the knowledge; its models are trained once per version. */
export interface Recognizer {
  understand(text: string, kb: KnowledgeBase, options: UnderstandOptions): Understanding;
  /**
   * Trains the models of this knowledge version now rather than on its first message (or reads them back from the
   * knowledge cache); says how long it took and how.
   */
  prepare(kb: KnowledgeBase): Pick<Models, 'buildMs' | 'source'>;
  /**
   * The FAQ entries closest to the words of an answer (a FAQ entry's question, an aid's title), best first: what a
   * short follow-up of that answer may go on to ("et les jours fériés ?" after the paid holidays). Ids only, computed
   * once per answer and knowledge version, so a turn pays nothing for it.
   */
  faqNear(context: string, kb: KnowledgeBase): readonly string[];
  /**
   * The FAQ matcher's reading of a message over more entries than the understanding keeps (its best `limit`), on the
   * matcher's own scale: where a follow-up's answer is looked for among the entries next to the last answer.
   */
  faqMatch?(normalized: string, kb: KnowledgeBase, limit: number): readonly FaqMatch[];
  /**
   * What a turn would otherwise compute on first need, ahead of it, in small steps: the index of towns outside
   * Normandy (every message is read against it), then `faqNear` for every answer a follow-up may continue (each FAQ
   * entry's first question, each aid's title, as the dialogs give them). A few hundred milliseconds the server
   * spends after it listens (src/bot/warm-up.ts); a turn that comes first computes what it needs itself, with the
   * same result.
   */
  warmUp(kb: KnowledgeBase): Iterable<void>;
}

/** How many entries near an answer a follow-up may go on to. */
const FAQ_NEAR = 6;
/** The entries near each answer, per knowledge version (see Recognizer.faqNear). */
const nearCache = new WeakMap<object, Map<string, readonly string[]>>();

/** The recogniser the bot injects into its main dialog; its models are shared per knowledge version. */
export function createRecognizer(): Recognizer {
  const faqNear = (context: string, kb: KnowledgeBase): readonly string[] => {
    let near = nearCache.get(kb.knowledge);
    if (!near) nearCache.set(kb.knowledge, (near = new Map()));
    let ids = near.get(context);
    if (!ids) near.set(context, (ids = modelsFor(kb).faq.match(normalize(context), FAQ_NEAR).map((m) => m.id)));
    return ids;
  };
  return {
    understand: (text, kb, options) => understand(text, kb, modelsFor(kb), options),
    prepare: (kb) => {
      const { buildMs, source } = modelsFor(kb);
      return { buildMs, source };
    },
    *warmUp(kb) {
      yield* indexOutsideTowns(kb.knowledge.files.france);
      yield void everydayWordsOf(kb.knowledge);
      yield void soundIndexOf(kb);
      for (const e of kb.knowledge.faq) {
        if (e.questions[0]) yield void faqNear(e.questions[0], kb);
      }
      for (const a of kb.knowledge.aids) yield void faqNear(a.title, kb);
    },
    faqNear,
    faqMatch: (normalized, kb, limit) => modelsFor(kb).faq.match(normalized, limit),
  };
}

/**
 * Reads one message: its kind (text, emoji, English…), intent, the facts it states about the person, and what it
 * names from the knowledge (a trade, a commune, an aid, FAQ matches). Pure and bounded: never throws on user text.
 */
export function understand(text: string, kb: KnowledgeBase, models: Models, options: UnderstandOptions): Understanding {
  // An apology for the circumstances before the question ("dsl mon tel a planté. cap coiffure c'est où ?") is not
  // read as what is asked (the wrapper's aside, wrapper.ts): the message is the question after it.
  const typed = withoutAside(text.length > options.maxChars ? text.slice(0, options.maxChars) : text);
  // "kel diplom pour etre mecanik": a word we do not know, spelt as it sounds, is read as the known word it sounds
  // like (sound-reading.ts). The understanding keeps the text as typed (a name in a form is the person's own).
  const raw = readBySound(typed, soundIndexOf(kb), (w) => ENGLISH.has(w));
  const plain = normalize(raw);
  // The question inside its wrapper (wrapper.ts): a hedge ("ma question est peut-être bête mais …"), a greeting or an
  // acknowledgement before it ("salut ça va ? combien gagne…", "ok tant pis. et pour me loger ?") is not what is asked.
  const allowed = withAllowedRead(plain);
  const normalized = questionInWrapper(allowed, raw);
  const tokens = tokenize(normalized);
  const kind = textKind(raw, tokens);
  const base: Understanding = {
    text: typed,
    normalized,
    kind,
    intent: 'none',
    confidence: 0,
    ranking: [],
    faqness: 0,
    facts: { interests: [] },
    faq: [],
    cues: NO_CUES,
    words: tokens.length,
  };
  if (kind !== 'text') {
    // "how much does an apprentice earn at 18?": the age is kept, for the pay answered after the language note.
    const englishAge = kind === 'english' ? englishPayAge(normalized) : undefined;
    if (englishAge !== undefined) base.facts = { interests: [], age: englishAge };
    return base;
  }

  const { search } = kb;
  const entities = extractEntities(normalized, options.today);
  // The job the writer holds (an adviser's, or one a person wants to leave) is neither the trade nor an interest.
  const withoutJobs = withoutJobLeft(withoutOwnJob(normalized), (w) => search.isTradeWord(w));
  const facts = factsOf(entities, normalized, withoutJobs);
  if (withoutJobs !== withoutOwnJob(normalized)) facts.leavingJob = true;
  const register = registerWritten(tokens, text);
  if (register) facts.register = register;
  else if (formalOpener(text)) facts.writtenFormally = true;
  // A country is never a town: not a Normandy commune by its letters, nor a town elsewhere in France.
  const abroad = countryIn(normalized);
  const inCountry = (span: string | undefined): boolean => abroad !== undefined && span !== undefined && abroad.span.includes(span);
  const foundAnywhere = communeInText(search, normalized);
  const found = foundAnywhere && !inCountry(foundAnywhere.span) ? foundAnywhere : undefined;
  const outsidePostcode = outsidePostcodeInText(search, normalized);
  const outsideAnywhere = outsideTownInText(kb.knowledge.files.france, normalized, (w) => search.isTradeWord(w) || search.isFaqWord(w) || everydayWordsOf(kb.knowledge).has(w), raw);
  const outsideTown = outsideAnywhere && !inCountry(outsideAnywhere.span) ? outsideAnywhere : undefined;
  // An exact name always beats a misspelling: "Rennes" is the town in Brittany, not Garennes-sur-Eure by its letters.
  // A département named by its words ("dans l'Eure", "le 27") is not a misspelt town either.
  const departementSpan = entities.departement?.span;
  const commune = found && (found.via !== 'fuzzy' || (!outsideTown && !departementSpan)) ? found : undefined;
  const departement = !commune && departementSpan && entities.departement?.normandy ? entities.departement : undefined;
  const townSpan = commune?.span ?? outsideTown?.span ?? departementSpan;
  // The town's words are not a trade ("Le Havre", "Saint-Lô" must not look like job titles), nor a département's
  // ("dans l'Eure" is not "trésorier").
  // Nor are a public service's ("la mission locale" is no "directeur de mission locale": institutions.ts).
  const forTrade = withoutInstitutions(withoutDates(withoutSpans(withoutJobs, [townSpan, departementSpan]), entities));
  // A word of everyday French that no trade title writes is not a misspelt title ("le diplôme le mieux" is not
  // "mineur", Extracteur de roches): a title read through a typo needs a typed word we do not know (trades.ts).
  const everyday = everydayWordsOf(kb.knowledge);
  const verbs = pronominalVerbs(forTrade);
  const everydayTypo = (w: string): boolean => (everyday.has(w) || verbs.has(w)) && !search.isTradeWord(w);
  // No trade named by its title: one named by what its worker does or works with ("qui pose le carrelage"), through
  // the activity word's family (word-family.ts).
  // Not from a diploma's specialty ("CAP horlogerie": read by the diplomas' titles), nor from a broad field's name
  // ("l'agriculture", "la mécanique": the field, whose trades the orientation lists): see tradeByActivity.
  const read = tradeOfMessage(search, forTrade, everydayTypo, fieldWordsOf(kb.knowledge));
  // A diploma named by its whole title in a course request is the one asked for, and its trade the one meant.
  // A specialty's whole title said without its kind ("négociation et digitalisation de la relation client") names it.
  const titledType = facts.diplomaType === undefined ? typeOfLongTitleNamed(search, forTrade) : undefined;
  if (titledType !== undefined) facts.diplomaType = titledType;
  const trade = facts.diplomaType !== undefined ? tradeOfNamedDiploma(search, forTrade, read, facts.diplomaType) : read;
  // "<a whole question> ? Ma fille a commencé en septembre chez un garagiste.": the story after it is whose case, not what is asked.
  const asked = questionBeforeStory(raw);
  // "pardon je voulais dire : c quoi la durée…", "au fait, je voulais savoir si…": the correction's words and the
  // formula of asking are not what is asked either (wrapper.ts).
  const wrapper = unwrap(normalized, raw, 'all');
  const afterCorrection = asked === undefined ? wrapper.core : normalized;
  const forFaq = withoutNames(withStoppingRead(questionInWholeWrapper(withAllowedRead(asked !== undefined ? withoutIntroduction(asked) : withoutIntroduction(raw, plain)), raw)), {
    town: townSpan,
    tradePhrase: trade && trade.score >= CLEAR_TRADE_NAME ? trade.phrase : undefined,
    isFaqWord: (w) => search.isFaqWord(w),
  });
  const { intent, faqness, faq } = readQuestion(normalized, models.intents, models.faqDetector, models.faq, forFaq);
  const understanding: Understanding = {
    ...base,
    intent: intent.intent,
    confidence: intent.confidence,
    ranking: intent.ranking,
    faqness,
    facts,
    faq: faq.flatMap(({ id, ...match }) => {
      const entry = search.faqEntry(id);
      return entry ? [{ entry, ...match }] : [];
    }),
    cues: readCues(normalized),
  };
  const acts = [...unwrap(allowed, raw, 'all').acts];
  if (acts.length > 0) understanding.wrapperActs = acts;
  const payTold = ownPayTold(normalized, understanding.cues);
  if (payTold) understanding.payTold = payTold;
  if (asked !== undefined) understanding.asked = { text: asked, normalized: normalize(asked) };
  else if (afterCorrection !== normalized) understanding.asked = { text: raw, normalized: afterCorrection };
  if (trade) understanding.trade = trade;
  if (abroad) understanding.abroad = abroad;
  if (commune) understanding.commune = commune;
  else if (departement) understanding.departement = { code: departement.code, name: departement.name, ...(departement.span ? { span: departement.span } : {}) };
  else if (outsidePostcode) understanding.outside = outsidePostcode;
  else if (outsideTown) understanding.outside = outsideTown;
  else if (facts.outsideDepartement) understanding.outside = { town: facts.outsideDepartement };
  const definedTerm = definedTermAsked(normalized, kb.knowledge.faq) ?? definedTermAskedInASentence(raw, kb.knowledge.faq);
  if (definedTerm) understanding.definedTerm = definedTerm;
  const namedTerm = definedTermNamed(normalized, kb.knowledge.faq);
  if (namedTerm) understanding.namedTerm = namedTerm;
  const aid = aidNamedIn(search, normalized);
  if (aid) understanding.aid = aid;
  const unknownName = aid ? undefined : unknownAidName(understanding.text);
  if (unknownName) understanding.unknownAidName = unknownName;
  return understanding;
}

/** A trade matched this well names it: its words are the trade's, not a question's. */
const CLEAR_TRADE_NAME = 0.75;

/** Words about signing, kept out of the trade search: "signé le 15 février" is not "langue des signes". */
const SIGNING_WORDS = /\b(?:signe|signer|signee|signes|signature)\b/g;

/** The message without the words of the places it names. */
function withoutSpans(text: string, spans: readonly (string | undefined)[]): string {
  let out = ` ${text} `;
  for (const span of spans) if (span) out = out.replace(` ${span} `, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** The message without its dates ("le 15 fevrier 2026") and signing verbs, for the trade search. */
function withoutDates(text: string, e: Entities): string {
  if (!e.dates || e.dates.length === 0) return text;
  let out = ` ${text} `;
  for (const d of e.dates) out = out.replace(` ${d.span} `, ' ');
  return out.replace(SIGNING_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

function factsOf(e: Entities, normalized: string, withoutJobs: string): MessageFacts {
  // The trade words of a place where someone already works tell the story's setting, not an interest.
  // Nor are the words of the adviser's own job ("je suis éducatrice"): they say who writes.
  const setting = e.interests.length > 0 ? withoutWorkplace(withoutJobs) : normalized;
  const facts: MessageFacts = { interests: setting === normalized ? [...e.interests] : extractInterests(tokenize(setting)) };
  // "surtout pas un bureau", "pas dans la vente": the fields the person does not want.
  const denied = extractDeniedInterests(tokenize(withoutJobs)).filter((id) => !facts.interests.includes(id));
  if (denied.length > 0) facts.deniedInterests = denied;
  // "12" and "45" are answered in dialog; "150 ans" is not an age anyone has.
  if (e.age && e.age.value >= 5 && e.age.value <= 99) facts.age = e.age.value;
  // The speaker's own age beside the young person's; a parent's or an employer's "j'ai 52 ans" is never the apprentice's.
  if (e.age?.own !== undefined && e.age.own <= 99) facts.ownAge = e.age.own;
  else if (e.age?.self === true && facts.age !== undefined && SPEAKS_FOR_ANOTHER.has(e.persona ?? 'jeune')) {
    facts.ownAge = facts.age;
    delete facts.age;
  }
  if (e.age?.soon !== undefined && e.age.soon <= 99) facts.ageSoon = e.age.soon;
  const band = facts.age === undefined ? ageBandOf(normalized) : undefined;
  if (band) facts.ageBand = band;
  const relative = ADULT_RELATIVE_AGE.exec(normalized);
  if (relative && facts.age === Number(relative[1])) facts.ageOfAdultRelative = true;
  // "en 3e année de BUT" is the course's year: the contract may be in its first (the pay's year is the contract's).
  const studyYear = extractStudyYear(tokenize(normalized));
  if (studyYear !== undefined && studyYear === e.contractYear) facts.studyYear = studyYear;
  else if (e.contractYear) facts.contractYear = e.contractYear;
  if (e.nextContractYear) facts.nextContractYear = true;
  if (e.extendedContract) facts.extendedContract = true;
  if (e.persona) facts.persona = e.persona;
  if (e.disability !== undefined) facts.disability = e.disability;
  if (e.employerSector) facts.employerSector = e.employerSector;
  if (e.situations) facts.situations = [...e.situations];
  if (e.companySize) facts.companySize = e.companySize.employees ?? SIZE_OF_CATEGORY[e.companySize.category];
  // A diploma failed is neither held nor wished anew: it is kept as what was failed (the one to take again).
  const aimed = e.diplomas.find((d) => d.relation !== 'held' && d.relation !== 'failed' && DIPLOMA_TYPE_NAMES[d.type]);
  const failed = e.diplomas.find((d) => d.relation === 'failed');
  const failedName = failed && (failed.type === 'bac' ? 'Bac' : DIPLOMA_TYPE_NAMES[failed.type]);
  if (failedName !== undefined) facts.diplomaFailedType = failedName;
  if (aimed) {
    facts.diplomaType = DIPLOMA_TYPE_NAMES[aimed.type] as string;
    const level = aimed.level ?? levelFromDiplomaType(facts.diplomaType);
    if (level !== undefined) facts.diplomaLevel = level;
  }
  const held = e.diplomas.filter((d) => d.relation === 'held' && d.level !== undefined).map((d) => d.level as number);
  if (held.length > 0) facts.levelHeld = Math.max(...held);
  const heldDiplomas = e.diplomas.filter((d) => d.relation === 'held' && d.level !== undefined).sort((a, b) => (b.level as number) - (a.level as number));
  const highestHeld = heldDiplomas[0];
  if (highestHeld) {
    const name = highestHeld.type === 'bac' ? 'Bac' : DIPLOMA_TYPE_NAMES[highestHeld.type];
    if (name !== undefined) facts.diplomaHeldType = name;
  }
  else if (e.schoolLevel) facts.levelHeld = e.schoolLevel === 'bac' ? 4 : 2;
  if (WITHOUT_BAC.test(normalized)) withoutBac(facts, heldDiplomas.map((d) => d.level as number));
  if (PRO_CONTRACT.test(normalized)) facts.contractType = 'professionnalisation';
  else if (APPRENTICE_CONTRACT.test(normalized)) facts.contractType = 'apprentissage';
  // Someone else's status ("un demandeur d'emploi de 47 ans" for an employer) is not the speaker's: only a young person's.
  if (e.persona !== 'employeur' && e.persona !== 'conseiller') {
    if (NEITHER_JOB_NOR_TRAINING.test(normalized)) facts.status = 'sans_emploi_ni_formation';
    else if (JOB_SEEKER.test(normalized)) facts.status = 'demandeur_emploi';
    // An apprentice already: the aids for people without a job or training (the CEJ) are not theirs.
    else if (IS_PRO_TRAINEE.test(normalized)) facts.status = 'alternant_pro';
    else if (IS_APPRENTICE.test(normalized)) facts.status = 'apprenti';
    // Under contract, in a job, at school: not the aids for people without a job or training either.
    else {
      const occupied = occupiedStatusTold(normalized);
      if (occupied !== undefined) facts.status = occupied;
    }
  }
  const amount = AMOUNT.exec(normalized);
  if (amount) facts.amountEuros = Number(amount[1]);
  const lone = LONE_NUMBER.exec(normalized);
  if (lone) facts.bareNumber = Number(lone[1]);
  if (/^(non|pas|en fait|plutot|pardon)\b/.test(normalized) || /\bpas \d+\b/.test(normalized) || CORRECTION_SAID.test(normalized)) facts.correction = true;
  const apology = normalized.match(new RegExp(CORRECTION_SAID.source, 'g'));
  if (apology) facts.correctionWords = apology.join(' ').split(' ').length;
  if (e.departement && !e.departement.normandy) facts.outsideDepartement = e.departement.name;
  if (e.dates && e.dates.length > 0) facts.dateWords = e.dates.reduce((n, d) => n + d.span.split(' ').length, 0);
  for (const d of e.dates ?? []) {
    const range = { from: d.from, to: d.to };
    // The last date of each kind wins: "pas le 3, le 5 mars" corrects within the message.
    if (d.role === 'signed') facts.contractConcluded = range;
    else if (d.role === 'start') facts.contractStart = d.from;
    else if (d.role === undefined) facts.otherDate = range;
  }
  return facts;
}

function textKind(raw: string, tokens: string[]): TextKind {
  if (tokens.length === 0) return /\p{Extended_Pictographic}/u.test(raw) ? 'emoji' : 'empty';
  // Real English evidence only: "sa pay cmb 1 aprenti 17an" is French SMS (french-evidence.ts).
  const english = englishWordsIn(tokens, (t) => ENGLISH.has(t));
  const french = frenchWordsIn(tokens, (t) => FRENCH_MARKERS.has(t));
  if (english >= 2 && french === 0) return 'english';
  const words = tokens.filter((t) => /^\p{L}+$/u.test(t));
  // Keyboard mashing: long runs of consonants in every word ("qsdfghjklm wxcvbn").
  if (words.length > 0 && words.length === tokens.length && words.every((w) => w.length >= 5 && /[^aeiouy]{5,}/.test(w))) return 'gibberish';
  if (keyboardRows(raw)) return 'gibberish';
  return 'text';
}

/** Words of at least this many letters with no vowel, none an SMS word, make a message of keys pressed at random. */
const MASHED_MIN_LETTERS = 3;
const MASHED_MIN_WORDS = 2;
/** Interjections and SMS words without a vowel that the SMS lexicon leaves as they are. */
const VOWELLESS_WORDS: ReadonlySet<string> = new Set('mdr ptdr xptdr ptn wsh wesh slt bjr bsr stp svp pls plz thx bcp dsl tkt tmtc nrv grr hmm hm pff pfff brr chut psk pcq pck cmt qqn qqch qq ds pr dc nn ss ts tt vrm mrc mrci msg tl tlm'.split(' '));

/**
 * "qsd fgh jkl ?", "xcv bnm": letters of a keyboard row, no vowel in any word (read on the raw text: the SMS reading
 * would turn a leading "j" into "je"). SMS words without vowels ("slt", "bjr", "stp", "jsp", "mdr") are words.
 */
function keyboardRows(raw: string): boolean {
  const words = foldAccents(raw).split(/[^a-z]+/).filter((w) => w.length > 0);
  return words.length >= MASHED_MIN_WORDS && words.every((w) => w.length >= MASHED_MIN_LETTERS && !/[aeiouy]/.test(w) && !smsLexicon.has(w) && !VOWELLESS_WORDS.has(w));
}

/** An infinitive after a pronoun ("me tourner", "se former", "vous inscrire"): a verb, never a misspelt trade title. */
const PRONOMINAL_VERB = /(?:^| )(?:me|te|se|nous|vous|lui|leur|le|la|les|y) (\S+(?:er|ir|re))(?= |$)/g;

function pronominalVerbs(normalized: string): ReadonlySet<string> {
  return new Set([...normalized.matchAll(PRONOMINAL_VERB)].map((m) => m[1] as string));
}

/** The bac said not held: the highest level below it that is held, else the end of the 3e (what the pay needs: below the bac). */
function withoutBac(facts: MessageFacts, heldLevels: readonly number[]): void {
  if (facts.levelHeld !== undefined && facts.levelHeld < 4) return;
  const below = heldLevels.filter((l) => l < 4);
  facts.levelHeld = below.length > 0 ? Math.max(...below) : 2;
  if (facts.diplomaHeldType === 'Bac') delete facts.diplomaHeldType;
}
