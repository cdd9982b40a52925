/**
 * Hand-written concept classes: words that mean the same thing for routing get one shared feature ("@pay" for
 * salaire, paie, gagner, toucher…). With 20-40 phrases per intent, the model cannot learn every synonym from
 * the examples; the concept feature lets one example of "gagner" teach it about "toucher" too.
 * Keys are normalised words (normalize.ts). A word may belong to one concept only.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  pay: ['salaire', 'paie', 'payer', 'paye', 'payee', 'payes', 'gagner', 'gagne', 'gagnes', 'gagnerai', 'gagnera',
    'gagnent', 'toucher', 'touche', 'touches', 'toucherai', 'touchera', 'remuneration', 'remunere', 'smic', 'brut',
    'net', 'argent', 'euros', 'verser', 'rapporte', 'rapporter'],
  aid: ['aide', 'aides', 'prime', 'primes', 'allocation', 'allocations', 'alloc', 'bourse', 'bourses',
    'financement', 'financiere', 'financieres', 'subvention', 'caf', 'apl', 'avantages', 'reduction', 'reductions',
    'exoneration', 'mobili', 'agefiph'],
  hire: ['embaucher', 'embauche', 'embauches', 'embauchons', 'embauchez', 'recruter', 'recrute', 'recrutons',
    'recrutement', 'prendre', 'prends', 'accueillir', 'employeur', 'employeurs', 'entreprise',
    'entreprises', 'salaries', 'tpe', 'pme', 'artisan', 'gerant', 'societe', 'patron', 'patronne', 'boite'],
  trade: ['metier', 'metiers', 'devenir', 'deviens', 'profession', 'job', 'consiste', 'debouches', 'fiche'],
  course: ['formation', 'formations', 'cfa', 'ecole', 'ecoles', 'lycee', 'etablissement', 'centre', 'inscrire',
    'inscription', 'cursus', 'etudes', 'bts', 'cap', 'bac', 'bp', 'but', 'licence', 'master', 'diplome', 'titre',
    'mention', 'preparer', 'ingenieur', 'former'],
  place: ['ou', 'pres', 'proche', 'vers', 'autour', 'region', 'normandie', 'calvados', 'manche', 'orne', 'eure',
    'caen', 'rouen', 'havre', 'cherbourg', 'evreux', 'alencon', 'lisieux', 'dieppe'],
  seek: ['trouver', 'trouve', 'chercher', 'cherche', 'recherche', 'offre', 'offres', 'candidature', 'candidatures',
    'postuler', 'cv', 'motivation', 'entretien', 'demarcher', 'galere'],
  rule: ['contrat', 'rupture', 'rompre', 'essai', 'conges', 'vacances', 'duree', 'dure', 'horaires', 'heures',
    'limite', 'statut', 'licencier', 'demissionner', 'demission', 'nuit', 'dimanche', 'week', 'retraite', 'malade',
    'examen', 'redoubler', 'gratuit', 'gratuite', 'payant', 'mineur', 'mineurs', 'legal', 'loi', 'obligatoire',
    'rythme', 'cotise', 'mediateur'],
  // A disagreement told in everyday words: "un souci avec mon apprenti" asks what "un conflit" or "un différend" asks.
  conflict: ['conflit', 'conflits', 'differend', 'differends', 'desaccord', 'desaccords', 'litige', 'litiges', 'souci',
    'soucis', 'probleme', 'problemes', 'embrouille', 'embrouilles', 'dispute', 'disputes', 'tension', 'tensions',
    'mesentente', 'clash'],
  person: ['conseiller', 'conseillere', 'humain', 'humaine', 'personne', 'quelquun', 'agent', 'operateur'],
  phone: ['telephone', 'numero', 'appeler', 'joindre', 'contacter', 'contact', 'telephoner', 'mail', 'adresse'],
  callback: ['rappeler', 'rappelez', 'rappelle', 'rappel', 'rappele', 'rappelee', 'recontacter', 'recontacte',
    'recontactee', 'recontactez', 'dispo', 'disponible', 'creneau'],
  erase: ['effacer', 'efface', 'effacez', 'supprimer', 'supprime', 'supprimez', 'suppression',
    'oublier', 'oublie', 'oubliez', 'donnees', 'historique', 'rgpd', 'detruire', 'oubli'],
  insult: ['con', 'conne', 'connard', 'connasse', 'debile', 'nul', 'nulle', 'idiot', 'idiote', 'merde', 'abruti',
    'cretin', 'imbecile', 'bouffon', 'enfoire', 'gueule', 'putain', 'emmerde', 'stupide', 'nique', 'pute',
    'batard', 'salope', 'fdp', 'ntm', 'tg', 'encule', 'teube', 'naze', 'boloss', 'cons'],
  bot: ['robot', 'bot', 'ia', 'machine', 'chatbot', 'intelligence', 'artificielle', 'programme', 'ordinateur',
    'automatique', 'virtuel', 'chatgpt', 'reel', 'reelle', 'vrai', 'vraie'],
  lost: ['orientation', 'orienter', 'oriente', 'voie', 'idee', 'idees', 'choisir', 'hesite', 'perdu', 'perdue',
    'avenir', 'reorienter', 'conseilles', 'conseille', 'propose', 'convient', 'conviendrait', 'decroche'],
  like: ['aime', 'aimes', 'adore', 'passion', 'passionne', 'interesse', 'plait', 'prefere', 'reve'],
  offtopic: ['meteo', 'pluie', 'soleil', 'foot', 'football', 'match', 'blague', 
    'serie', 'musique', 'chanson', 'devoir', 'devoirs', 'exercice', 'maths', 'recette',
    'president', 'poeme', 'jeu', 'fortnite', 'bitcoin', 'copine', 'copain', 'draguer',
    'capitale', 'equation', 'traduis', 'anglais'],
  greet: ['bonjour', 'salut', 'coucou', 'bonsoir', 'hello', 'hey', 'wesh', 'yo'],
  thank: ['merci', 'remercie', 'remercions', 'mercis', 'cimer', 'gentil', 'sympa', 'top', 'super', 'nickel'],
  bye: ['revoir', 'bientot', 'bye', 'ciao', 'tchao', 'adieu', 'prochaine', 'soiree', 'quitte'],
  yes: ['oui', 'ok', 'accord', 'exact', 'exactement', 'carrement', 'volontiers', 'absolument', 'evidemment', 'grave',
    'affirmatif', 'parfait'],
  no: ['non', 'jamais', 'aucunement', 'negatif', 'refuse', 'surtout'],
  restart: ['recommencer', 'recommence', 'reprendre', 'reprend', 'repartir', 'zero', 'debut', 'depart', 'reset',
    'restart', 'reinitialiser', 'nouvelle', 'retour', 'accueil'],
  usage: ['marche', 'fonctionne', 'utiliser', 'sers', 'sert', 'options', 'menu', 'fonctions', 'questions',
    'demander', 'sujets', 'chat', 'site'],
  family: ['fils', 'fille', 'enfant', 'enfants', 'parents', 'famille', 'familiales'],
};

const WORD_TO_CONCEPT: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(CONCEPTS)) {
    for (const w of words) if (!map.has(w)) map.set(w, `@${concept}`);
  }
  return map;
})();

/** The concept feature of a normalised word ("toucher" → "@pay"), or undefined. */
export function conceptOf(word: string): string | undefined {
  const direct = WORD_TO_CONCEPT.get(word);
  if (direct) return direct;
  // Trade nouns share their endings: a word the model never saw ("chaudronnier") still points to a trade.
  if (word.length >= 6 && /(?:ier|iere|ien|ienne|eur|euse|iste|eron|ere)$/.test(word) && !NOT_TRADES.has(word)) {
    return '@jobword';
  }
  return undefined;
}

const NOT_TRADES = new Set(['employeur', 'employeurs', 'conseiller', 'conseillere', 'premier', 'premiere', 'dernier',
  'derniere', 'entier', 'particulier', 'meilleur', 'meilleure', 'interieur', 'exterieur', 'superieur', 'ordinateur',
  'plusieurs', 'leur', 'heure', 'erreur', 'valeur', 'humeur', 'bonheur', 'ailleurs', 'moteur', 'moteurs', 'dossier',
  'fichier', 'calendrier', 'janvier', 'fevrier', 'quartier', 'metier', 'metiers', 'acier', 'chantier', 'papier',
  'travailleur', 'travailleuse', 'chomeur', 'demandeur', 'createur', 'repreneur', 'entrepreneur', 'hier', 'frere',
  'mere', 'pere', 'cherche', 'matiere', 'filiere', 'carriere', 'maniere', 'priere', 'lumiere', 'arriere', 'chere',
  'lycee', 'ancien', 'ancienne', 'quotidien', 'moyen', 'bien', 'rien', 'combien', 'chien', 'chienne', 'tien', 'sien',
  'mien', 'europeen', 'lyceen', 'lyceenne', 'collegien', 'collegienne']);
