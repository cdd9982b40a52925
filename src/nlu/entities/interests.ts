import type { InterestId } from './types.js';

/**
 * Interests and trade words mapped to a few interest ids (the lead maps them to La bonne alternance domains).
 * Prefixes cover families of words: "boulang" → boulanger, boulangère, boulangerie.
 */

const PREFIXES: ReadonlyArray<[string, InterestId]> = [
  ['cuisin', 'cuisine'], ['restaura', 'cuisine'], ['cuistot', 'cuisine'], ['serveur', 'cuisine'],
  ['serveuse', 'cuisine'], ['traiteur', 'alimentation'],
  ['boulang', 'alimentation'], ['patiss', 'alimentation'], ['boucher', 'alimentation'], ['charcut', 'alimentation'],
  ['chocolat', 'alimentation'], ['fromag', 'alimentation'], ['poissonn', 'alimentation'],
  ['batiment', 'batiment'], ['chantier', 'batiment'], ['construction', 'batiment'], ['construire', 'batiment'],
  ['macon', 'batiment'], ['plomb', 'batiment'], ['menuis', 'batiment'], ['charpent', 'batiment'],
  ['carrel', 'batiment'], ['couvreur', 'batiment'], ['platr', 'batiment'], ['btp', 'batiment'],
  ['ebenist', 'batiment'], ['peintre', 'batiment'],
  ['electri', 'electricite'], ['electro', 'electricite'], ['domoti', 'electricite'], ['climatis', 'electricite'],
  ['mecan', 'mecanique'], ['voiture', 'mecanique'], ['moto', 'mecanique'], ['garage', 'mecanique'],
  ['carross', 'mecanique'], ['moteur', 'mecanique'], ['vehicule', 'mecanique'], ['automobile', 'mecanique'],
  ['usine', 'industrie'], ['industri', 'industrie'], ['soudu', 'industrie'], ['soudeu', 'industrie'],
  ['chaudronn', 'industrie'], ['usinage', 'industrie'], ['tourneur', 'industrie'], ['fraiseur', 'industrie'],
  ['informati', 'informatique'], ['ordinateur', 'informatique'], ['programm', 'informatique'],
  ['developpeu', 'informatique'], ['numerique', 'informatique'], ['geek', 'informatique'], ['cyber', 'informatique'],
  ['codage', 'informatique'], ['coder', 'informatique'],
  ['animal', 'animaux'], ['animaux', 'animaux'], ['chien', 'animaux'], ['cheva', 'animaux'], ['equit', 'animaux'], ['equin', 'animaux'], ['poney', 'animaux'],
  ['elevage', 'animaux'], ['veterin', 'animaux'], ['toilett', 'animaux'], ['soigneur', 'animaux'],
  ['dehors', 'nature'], ['nature', 'nature'], ['jardin', 'nature'], ['plante', 'nature'], ['fleur', 'nature'],
  ['paysag', 'nature'], ['foret', 'nature'], ['bucheron', 'nature'], ['horticult', 'nature'], ['plein air', 'nature'],
  ['espaces verts', 'nature'],
  // Round 17: farm animals are animals ("m'occuper des vaches" is the stockbreeder's work, an animal trade).
  ['agricol', 'agriculture'], ['agricult', 'agriculture'], ['tracteur', 'agriculture'], ['vache', 'animaux'],
  ['brebis', 'animaux'], ['mouton', 'animaux'], ['cochon', 'animaux'], ['lapin', 'animaux'], ['bovin', 'animaux'],
  ['betail', 'animaux'], ['veau', 'animaux'], ['chevre', 'animaux'],
  ['viticult', 'agriculture'], ['maraich', 'agriculture'],
  ['coiff', 'coiffure_esthetique'], ['cheveu', 'coiffure_esthetique'], ['esthet', 'coiffure_esthetique'],
  ['maquill', 'coiffure_esthetique'], ['beaute', 'coiffure_esthetique'], ['ongle', 'coiffure_esthetique'],
  ['barbier', 'coiffure_esthetique'],
  ['vente', 'vente'], ['vend', 'vente'], ['commerce', 'vente'], ['commercial', 'vente'], ['magasin', 'vente'],
  ['boutique', 'vente'],
  ['soin', 'sante_social'], ['soign', 'sante_social'], ['sante', 'sante_social'], ['infirm', 'sante_social'],
  ['hopital', 'sante_social'], ['personnes agees', 'sante_social'], ['petite enfance', 'petite_enfance'],
  ['creche', 'petite_enfance'], ['puericult', 'petite_enfance'], ['bebe', 'petite_enfance'], ['tout petits', 'petite_enfance'],
  ['avec des enfants', 'petite_enfance'], ['avec les enfants', 'petite_enfance'], ['des jeunes enfants', 'petite_enfance'],
  ['les jeunes enfants', 'petite_enfance'], ['maternelle', 'petite_enfance'], ['nounou', 'petite_enfance'],
  ['personne agee', 'sante_social'], ['personnes ages', 'sante_social'], ['les vieux', 'sante_social'],
  ['papis', 'sante_social'], ['papys', 'sante_social'], ['mamies', 'sante_social'], ['ehpad', 'sante_social'],
  ['maison de retraite', 'sante_social'], ['seniors', 'sante_social'], ['medical', 'sante_social'], ['pharmac', 'sante_social'],
  ['aider les gens', 'sante_social'], ['aider les autres', 'sante_social'], ['ambulanc', 'sante_social'],
  ['social', 'sante_social'], ['educateur', 'sante_social'], ['educatrice', 'sante_social'],
  ['bricol', 'bricolage'], ['manuel', 'bricolage'], ['de mes mains', 'bricolage'], ['avec mes mains', 'bricolage'],
  ['de ses mains', 'bricolage'], ['avec ses mains', 'bricolage'], ['de tes mains', 'bricolage'], ['avec tes mains', 'bricolage'],
  ['de leurs mains', 'bricolage'], ['avec leurs mains', 'bricolage'],
  ['reparer', 'bricolage'], ['fabriquer', 'bricolage'],
  ['logisti', 'transport_logistique'], ['livreur', 'transport_logistique'], ['livraison', 'transport_logistique'],
  ['chauffeur', 'transport_logistique'], ['routier', 'transport_logistique'], ['cariste', 'transport_logistique'],
  ['entrepot', 'transport_logistique'], ['magasinier', 'transport_logistique'],
  ['bureau', 'gestion_bureau'], ['administrati', 'gestion_bureau'], ['compta', 'gestion_bureau'],
  ['secretari', 'gestion_bureau'], ['gestion', 'gestion_bureau'], ['banque', 'gestion_bureau'],
  ['assurance', 'gestion_bureau'],
  ['dessin', 'art_creation'], ['artist', 'art_creation'], ['graphis', 'art_creation'], ['design', 'art_creation'],
  ['photo', 'art_creation'], ['creati', 'art_creation'],
  ['sport', 'sport_animation'], ['animat', 'sport_animation'],
  // Everyday words of round 11: sewing and clothes, young children, meeting customers, pastimes.
  ['couture', 'couture_mode'], ['coudre', 'couture_mode'], ['couturi', 'couture_mode'], ['vetement', 'couture_mode'],
  ['textile', 'couture_mode'], ['tissu', 'couture_mode'], ['retouche', 'couture_mode'], ['stylis', 'couture_mode'],
  ['tricot', 'couture_mode'], ['broder', 'couture_mode'], ['broderie', 'couture_mode'], ['habits', 'couture_mode'],
  ['enfance', 'petite_enfance'], ['baby sit', 'petite_enfance'], ['babysit', 'petite_enfance'],
  ['garder des enfants', 'petite_enfance'], ['garde de enfants', 'petite_enfance'], ['occuper des enfants', 'petite_enfance'], ['occuper de enfants', 'petite_enfance'],
  ['occuper des petits', 'petite_enfance'], ['aime les enfants', 'petite_enfance'], ['adore les enfants', 'petite_enfance'],
  ['le contact', 'vente'], ['du contact', 'vente'], ['contact humain', 'vente'], ['contact avec', 'vente'],
  ['parler aux gens', 'vente'], ['parler avec les gens', 'vente'], ['parler aux clients', 'vente'],
  ['les clients', 'vente'], ['la clientele', 'vente'], ['relation client', 'vente'], ['conseiller les gens', 'vente'],
  ['football', 'sport_animation'], ['basket', 'sport_animation'], ['danse', 'sport_animation'], ['muscu', 'sport_animation'],
  ['natation', 'sport_animation'], ['handball', 'sport_animation'], ['rugby', 'sport_animation'],
  ['musique', 'art_creation'], ['peindre', 'art_creation'], ['gateau', 'alimentation'], ['patisse', 'alimentation'],
  ['camion', 'transport_logistique'], ['conduire des', 'transport_logistique'], ['conduire un', 'transport_logistique'], ['velo', 'mecanique'],
  ['securite', 'securite'], ['pompier', 'securite'], ['gendarm', 'securite'], ['police', 'securite'],
  ['armee', 'securite'], ['militaire', 'securite'],
  // Round 12: more of each domain's everyday words (roofs, games and screens, clothes, board and fighting sports,
  // looking after people, filming). "toit" alone is also a home ("sous le toit de mes parents"): roofs in the plural.
  ['toiture', 'batiment'], ['sur les toits', 'batiment'], ['sur des toits', 'batiment'],
  ['gamer', 'informatique'], ['gaming', 'informatique'], ['playstation', 'informatique'], ['jeu video', 'informatique'],
  ['fringue', 'couture_mode'], ['sneaker', 'couture_mode'], ['fashion', 'couture_mode'],
  ['skate', 'sport_animation'], ['boxe', 'sport_animation'], ['judo', 'sport_animation'], ['tennis', 'sport_animation'],
  ['fitness', 'sport_animation'], ['volley', 'sport_animation'], ['gymnasti', 'sport_animation'],
  ['occuper des gens', 'sante_social'], ['occuper de les gens', 'sante_social'], ['occuper des autres', 'sante_social'],
  ['occuper de les autres', 'sante_social'], ['prendre soin', 'sante_social'],
  // Round 16: helping people said with a conjugated verb ("un métier où j'aide les gens") or as being useful.
  ['je aide les gens', 'sante_social'], ['je aide les autres', 'sante_social'], ['on aide les gens', 'sante_social'],
  ['on aide les autres', 'sante_social'], ['aider des gens', 'sante_social'],
  ['aider les personnes', 'sante_social'], ['utile aux autres', 'sante_social'], ['utile aux gens', 'sante_social'],
  ['rendre service aux', 'sante_social'],
  ['montage video', 'art_creation'], ['montages video', 'art_creation'], ['youtube', 'art_creation'],
  // Round 23: everyday words still unread: young children with "petits" or "gamins" between, figures and maths (the
  // accounting trades of the office field), the sea and boats. "mes petits enfants" (one's grandchildren) is not read.
  ['les petits enfants', 'petite_enfance'], ['des petits enfants', 'petite_enfance'], ['aux petits enfants', 'petite_enfance'],
  ['de petits enfants', 'petite_enfance'], ['occuper d enfants', 'petite_enfance'], ['garder d enfants', 'petite_enfance'],
  ['avec des gamins', 'petite_enfance'], ['avec les gamins', 'petite_enfance'], ['avec des gosses', 'petite_enfance'],
  ['avec les gosses', 'petite_enfance'], ['occuper des gamins', 'petite_enfance'], ['garder des gamins', 'petite_enfance'],
  ['les tout petits', 'petite_enfance'], ['atsem', 'petite_enfance'],
  ['les chiffres', 'gestion_bureau'], ['des chiffres', 'gestion_bureau'], ['les maths', 'gestion_bureau'], ['en maths', 'gestion_bureau'],
  ['les mathematiques', 'gestion_bureau'], ['en mathematiques', 'gestion_bureau'],
  ['la mer', 'mer'], ['en mer', 'mer'], ['bateau', 'mer'], ['navire', 'mer'], ['nautique', 'mer'], ['maritime', 'mer'],
  ['peche en', 'mer'], ['la peche', 'mer'], ['marin pecheur', 'mer'], ['marine marchande', 'mer'], ['ocean', 'mer'],
];
/** Words that start like an interest but are not one. */
const EXCEPTIONS = new Set(['vendredi', 'soin',
  'chienne', 'fleurs', 'bureaux', 'gestionnaire', 'motivation', 'motive', 'motivee', 'social', 'photocopie',
  'chantiers', 'magasinier', 'infos', 'creation', 'createur', 'reparer', 'animation', 'manuelle', 'programme',
  'programmes', 'sante', 'commercial', 'construire', 'fabriquer',
  // "obtenir des informations", "pour information": asking for information, not the computing field.
  'information', 'informations', 'informatif', 'informative']);
/** Of the exceptions above, those that still count in full (exact word). */
const EXACT_OK: ReadonlyMap<string, InterestId> = new Map([
  ['chienne', 'animaux'], ['fleurs', 'nature'], ['bureaux', 'gestion_bureau'], ['social', 'sante_social'],
  ['chantiers', 'batiment'], ['magasinier', 'transport_logistique'], ['creation', 'art_creation'],
  ['reparer', 'bricolage'], ['animation', 'sport_animation'], ['manuelle', 'bricolage'], ['soin', 'sante_social'],
  ['programmes', 'informatique'], ['sante', 'sante_social'], ['commercial', 'vente'], ['construire', 'batiment'],
  ['fabriquer', 'bricolage'], ['gestionnaire', 'gestion_bureau'],
]);
const SINGLE_WORDS: ReadonlyArray<[string, InterestId]> = PREFIXES.filter(([p]) => !p.includes(' '));
const MULTI_WORDS: ReadonlyArray<[string, InterestId]> = PREFIXES.filter(([p]) => p.includes(' '));
const EXACT_WORDS: ReadonlyMap<string, InterestId> = new Map([
  ['art', 'art_creation'], ['arts', 'art_creation'], ['web', 'informatique'],
  ['code', 'informatique'], ['chats', 'animaux'], ['chat', 'animaux'], ['jeux', 'informatique'], ['auto', 'mecanique'],
  ['bois', 'batiment'], ['foot', 'sport_animation'], ['pain', 'alimentation'], ['mode', 'couture_mode'], ['animaux', 'animaux'], ['vendeur', 'vente'], ['vendeuse', 'vente'], ['info', 'informatique'],
  ['meca', 'mecanique'], ['toits', 'batiment'], ['pc', 'informatique'], ['console', 'informatique'], ['consoles', 'informatique'],
  ['ps4', 'informatique'], ['ps5', 'informatique'], ['xbox', 'informatique'], ['tech', 'informatique'],
]);

/**
 * The words of caring ("soigner", "prendre soin", "les soins"): the health field only when what is cared for is a
 * person. Cared for animals ("soigner les chevaux", "prendre soin des animaux"), the field is the animals'.
 */
const CARE_WORD = /^(?:soin|soins|soign\w*)$/;
const CARE_PHRASE = 'prendre soin';
export function extractInterests(tokens: readonly string[]): InterestId[] {
  const found = readInterests(tokens);
  // "soigner les chevaux", "soigner des animaux malades": the object of the verb decides the field, not the verb.
  if (found.has('animaux') && found.has('sante_social') && healthOnlyFromCaring(tokens)) found.delete('sante_social');
  return [...found];
}

/** Every word that reads the health field in the message is a word of caring. */
function healthOnlyFromCaring(tokens: readonly string[]): boolean {
  const others = readInterests(tokens.filter((t) => !CARE_WORD.test(t)).join(' ').replace(CARE_PHRASE, ' ').split(' ').filter(Boolean));
  return !others.has('sante_social');
}

function readInterests(tokens: readonly string[]): Set<InterestId> {
  const found = new Set<InterestId>();
  const text = ` ${tokens.join(' ')} `;
  for (const [phrase, id] of MULTI_WORDS) {
    const at = text.indexOf(` ${phrase}`);
    if (at >= 0 && !negated(tokens, text.slice(0, at).trim().split(' ').filter(Boolean).length)) found.add(id);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (negated(tokens, i)) continue;
    const exact = EXACT_WORDS.get(t) ?? EXACT_OK.get(t);
    if (exact) {
      if (!contextForbids(t, tokens, i)) found.add(exact);
      continue;
    }
    if (t.length < 4 || EXCEPTIONS.has(t)) continue;
    const hit = SINGLE_WORDS.find(([prefix]) => t.startsWith(prefix));
    if (hit) found.add(hit[1]);
  }
  return found;
}

/**
 * The fields the message denies ("surtout pas un bureau", "pas dans la vente", "sans la compta"): the words
 * extractInterests skips because a "pas", "sans" or "jamais" stands before them, read as interests of their own.
 */
export function extractDeniedInterests(tokens: readonly string[]): InterestId[] {
  const denied = new Set<InterestId>();
  for (let i = 0; i < tokens.length; i++) {
    if (!negated(tokens, i) || hasNot(tokens, i)) continue;
    const [id] = extractInterests(tokens.slice(i, i + 2));
    if (id !== undefined) denied.add(id);
  }
  return [...denied];
}

/** "j'ai pas de voiture", "il n'a pas d'ordinateur": a thing one has not, no field denied. */
const HAVE = new Set(['ai', 'a', 'as', 'avons', 'avez', 'ont', 'avais', 'avait']);

function hasNot(tokens: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && BETWEEN_NEGATION.has(tokens[j] as string)) j--;
  return HAVE.has(tokens[j - 1] as string);
}

/** The little words between a "pas" and the field it denies ("pas de la cuisine", "pas dans la méca"). */
const BETWEEN_NEGATION = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'dans', 'en', 'un', 'une']);
/** "je sais pas, la cuisine" does not deny the cuisine: "pas" after these ends a clause of its own. */
const NOT_A_DENIAL = new Set(['sais', 'sait', 'sai', 'connais', 'connait', 'vois', 'importe']);

/**
 * "pas de la maintenance, de la cuisine", "non pas la méca", "sans la vente": the field right after a "pas" (or
 * "sans", "jamais") and its little words is the one the person does not want.
 */
function negated(tokens: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && BETWEEN_NEGATION.has(tokens[j] as string)) j--;
  const word = tokens[j];
  if (word === 'sans' || word === 'jamais') return true;
  return word === 'pas' && !NOT_A_DENIAL.has(tokens[j - 1] as string);
}

/** "chat" is this chat, "auto" is "auto-entrepreneur", "jeux" is only computing in "jeux vidéo". */
function contextForbids(word: string, tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (word === 'chat') return prev === 'ce' || prev === 'le' || prev === 'du' || prev === 'au' || prev === 'ton' || prev === 'votre';
  if (word === 'auto') return next === 'entrepreneur' || next === 'entreprise' || next === 'ecole';
  if (word === 'jeux') return next !== 'video' && next !== 'videos';
  if (word === 'mode') return next === 'de' || prev === 'quel';
  // "l'info ça me plaît", "un BTS en info" is computing; "plus d'info", "une info" is information.
  if (word === 'info') return prev !== 'le' && prev !== 'en';
  // "il faut un PC pour la formation ?" asks about a computer; "je suis sur mon PC", "le PC", "les PC" is a pastime.
  if (word === 'pc') return prev !== 'mon' && prev !== 'le' && prev !== 'les' && prev !== 'du' && prev !== 'sur';
  if (word === 'code') return prev === 'le' && (next === 'de' || next === 'du' || next === undefined);
  return false;
}
