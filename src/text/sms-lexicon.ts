/**
 * SMS spellings, common typos and slang, keyed by their accent-folded, lower-case form, mapped to the canonical
 * normalised words. Values may hold several words. Canonical forms follow `normalize()`: elisions are spelled out
 * ("j'ai" → "je ai", "c'est" → "ce est"), so the lexicon does the same and both spellings meet.
 */
export const smsLexicon: ReadonlyMap<string, string> = new Map<string, string>([
  // je + verb, glued
  ['jveu', 'je veux'], ['jveux', 'je veux'], ['jvx', 'je veux'], ['jve', 'je veux'], ['jeveu', 'je veux'],
  ['jeveux', 'je veux'], ['jvoudrai', 'je voudrais'], ['jvoudrais', 'je voudrais'],
  ['chui', 'je suis'], ['chuis', 'je suis'], ['chuii', 'je suis'], ['jsui', 'je suis'], ['jsuis', 'je suis'],
  ['jss', 'je suis'], ['jsu', 'je suis'], ['shui', 'je suis'], ['shuis', 'je suis'], ['jui', 'je suis'],
  ['jesui', 'je suis'], ['jesuis', 'je suis'], ['jsuiis', 'je suis'],
  ['jpeux', 'je peux'], ['jpeu', 'je peux'], ['jpe', 'je peux'], ['jpx', 'je peux'], ['jpeut', 'je peux'],
  ['jvais', 'je vais'], ['jvai', 'je vais'],
  ['jai', 'je ai'], ['g', 'je ai'], ['jaime', 'je aime'], ['jaimerai', 'je aimerais'], ['jaimerais', 'je aimerais'],
  ['jaimerait', 'je aimerais'], ['jhabite', 'je habite'], ['jetais', 'je etais'], ['jetudie', 'je etudie'],
  ['jarrive', 'je arrive'], ['jattends', 'je attends'], ['jespere', 'je espere'], ['javais', 'je avais'],
  ['jaurai', 'je aurai'], ['jaurais', 'je aurais'], ['jen', 'je en'], ['jy', 'je y'], ['jhesite', 'je hesite'],
  // the employer's verbs, glued the same way ("jembauche un jeune", "jprends une apprentie")
  ['jembauche', 'je embauche'], ['jprend', 'je prends'], ['jprends', 'je prends'], ['jrecrute', 'je recrute'],
  ['jcherche', 'je cherche'], ['jtrouve', 'je trouve'],
  ['jsp', 'je sais pas'], ['jspa', 'je sais pas'], ['jsaispas', 'je sais pas'], ['jsaipa', 'je sais pas'],
  ['chepa', 'je sais pas'], ['chaipa', 'je sais pas'], ['chaipas', 'je sais pas'], ['chepas', 'je sais pas'],
  ['jsais', 'je sais'], ['jsai', 'je sais'], ['chai', 'je sais'], ['che', 'je sais'], ['jse', 'je sais'],
  ['pa', 'pas'],
  // question words
  ['koi', 'quoi'], ['kwa', 'quoi'], ['quoa', 'quoi'], ['koa', 'quoi'],
  ['pk', 'pourquoi'], ['pq', 'pourquoi'], ['pkoi', 'pourquoi'], ['pourkoi', 'pourquoi'], ['pourquoa', 'pourquoi'],
  ['prk', 'pourquoi'], ['prq', 'pourquoi'],
  // weighing two paths: "c mieu un cap ou un bac pro" ("mieu" was read as the trade "mineur")
  ['mieu', 'mieux'], ['mieuw', 'mieux'], ['meilleu', 'meilleur'],
  // "ckoi", "kesako": "c'est quoi" in one word
  ['ckoi', 'c est quoi'], ['cekoi', 'c est quoi'], ['kesako', 'c est quoi'], ['kezako', 'c est quoi'], ['keskecé', 'c est quoi'],
  // an elision typed without its apostrophe, on the words of the subject ("lapprentissage", "lalternance")
  ['lapprentissage', 'l apprentissage'], ['lalternance', 'l alternance'], ['lapprenti', 'l apprenti'], ['lapprentie', 'l apprentie'],
  ['lentreprise', 'l entreprise'], ['lemployeur', 'l employeur'], ['laide', 'l aide'], ['lopco', 'l opco'],
  // words of the subject spelt as they sound ("ckoi lmontan du smik")
  ['smik', 'smic'], ['smick', 'smic'], ['montan', 'montant'], ['montans', 'montants'],
  ['cb', 'combien'], ['cmb', 'combien'], ['cbien', 'combien'], ['conbien', 'combien'], ['combein', 'combien'],
  ['combiens', 'combien'], ['cbn', 'combien'],
  ['cmt', 'comment'], ['cmnt', 'comment'], ['koment', 'comment'], ['komen', 'comment'], ['comen', 'comment'],
  ['commen', 'comment'], ['comant', 'comment'], ['kom', 'comment'],
  ['kel', 'quel'], ['kelle', 'quelle'], ['kels', 'quels'], ['kelles', 'quelles'], ['ki', 'qui'], ['ke', 'que'],
  ['qd', 'quand'], ['kan', 'quand'], ['kand', 'quand'], ['qand', 'quand'],
  ['eske', 'est ce que'], ['esk', 'est ce que'], ['esque', 'est ce que'],
  // "qu'est-ce que" with its apostrophe left out or typed as it sounds ("quest ce que lalternance", "keske c")
  ['quest', 'que est'], ['kest', 'que est'], ['keske', 'que est ce que'], ['kesk', 'que est ce que'],
  ['keskeu', 'que est ce que'], ['queske', 'que est ce que'],
  // small words
  ['bcp', 'beaucoup'], ['bcq', 'beaucoup'], ['bcoup', 'beaucoup'], ['bocou', 'beaucoup'], ['bocoup', 'beaucoup'],
  ['boucoup', 'beaucoup'], ['beaucou', 'beaucoup'],
  // the trades of the restaurant said short: "et en restau ?", "bosser dans un resto"
  ['restau', 'restauration'], ['resto', 'restaurant'], ['restos', 'restaurants'],
  ['tt', 'tout'], ['tte', 'toute'], ['tts', 'tous'], ['ttes', 'toutes'],
  ['ds', 'dans'], ['avc', 'avec'], ['avk', 'avec'], ['pr', 'pour'], ['dc', 'donc'], ['vs', 'vous'], ['ns', 'nous'],
  ['pcq', 'parce que'], ['pck', 'parce que'], ['psk', 'parce que'], ['pcke', 'parce que'], ['paske', 'parce que'],
  ['parske', 'parce que'],
  ['mnt', 'maintenant'], ['mtn', 'maintenant'], ['maint', 'maintenant'],
  ['auj', 'aujourdhui'], ['ajd', 'aujourdhui'], ['ojd', 'aujourdhui'], ['aujourdui', 'aujourdhui'],
  ['qqn', 'quelquun'], ['qq1', 'quelquun'], ['qqun', 'quelquun'], ['kelkun', 'quelquun'], ['quelqun', 'quelquun'],
  ['qqch', 'quelque chose'], ['qqc', 'quelque chose'], ['qqchose', 'quelque chose'], ['kelkechose', 'quelque chose'],
  ['tjr', 'toujours'], ['tjrs', 'toujours'], ['tjs', 'toujours'], ['toujour', 'toujours'],
  ['r1', 'rien'], ['bi1', 'bien'], ['2main', 'demain'], ['ossi', 'aussi'], ['jms', 'jamais'], ['jamai', 'jamais'],
  ['cest', 'ce est'], ['ya', 'il y a'], ['yen', 'il y en'], ['yavait', 'il y avait'], ['tkt', 'te inquiete pas'],
  ['rdv', 'rendez vous'], ['msg', 'message'],
  // politeness
  ['stp', 'si il te plait'], ['stpl', 'si il te plait'], ['steuplait', 'si il te plait'], ['stplait', 'si il te plait'],
  ['svp', 'si il vous plait'], ['svpl', 'si il vous plait'],
  ['slt', 'salut'], ['salu', 'salut'], ['bjr', 'bonjour'], ['bjrs', 'bonjour'], ['bjour', 'bonjour'],
  ['bonjours', 'bonjour'], ['bnjr', 'bonjour'], ['bonjoure', 'bonjour'], ['bonjor', 'bonjour'], ['bsr', 'bonsoir'],
  ['bonsoire', 'bonsoir'], ['cc', 'coucou'],
  ['mrc', 'merci'], ['mci', 'merci'], ['mrci', 'merci'], ['merki', 'merci'], ['mersi', 'merci'], ['mercie', 'merci'],
  ['thx', 'merci'], ['thanks', 'merci'],
  // yes / no
  ['ouais', 'oui'], ['ouai', 'oui'], ['ouep', 'oui'], ['ouaip', 'oui'], ['wi', 'oui'], ['ui', 'oui'], ['ouii', 'oui'],
  ['yes', 'oui'], ['yep', 'oui'], ['yup', 'oui'], ['oue', 'oui'], ['wai', 'oui'], ['wais', 'oui'],
  ['nan', 'non'], ['nn', 'non'], ['no', 'non'], ['nope', 'non'], ['nonn', 'non'], ['noon', 'non'],
  ['okay', 'ok'], ['oki', 'ok'], ['okey', 'ok'], ['oke', 'ok'], ['okk', 'ok'], ['okok', 'ok'],
  ['dac', 'de accord'], ['dacc', 'de accord'], ['dak', 'de accord'], ['daccord', 'de accord'], ['dakor', 'de accord'],
  ['daccor', 'de accord'],
  // domain words and their frequent misspellings
  ['tel', 'telephone'], ['tphone', 'telephone'], ['telefone', 'telephone'], ['telephonne', 'telephone'],
  ['num', 'numero'], ['nmr', 'numero'],
  ['aprenti', 'apprenti'], ['apprentit', 'apprenti'], ['aprentit', 'apprenti'], ['aprentie', 'apprentie'],
  ['aprentis', 'apprentis'], ['apprenty', 'apprenti'],
  ['aprentissage', 'apprentissage'], ['apprentisage', 'apprentissage'], ['aprentisage', 'apprentissage'],
  ['apprantissage', 'apprentissage'], ['aprantissage', 'apprentissage'], ['apprentisaje', 'apprentissage'],
  ['alternence', 'alternance'], ['alternanse', 'alternance'], ['alterance', 'alternance'],
  ['alternace', 'alternance'], ['altenance', 'alternance'], ['alternanc', 'alternance'], ['alterrnance', 'alternance'],
  ['entrepise', 'entreprise'], ['entrprise', 'entreprise'], ['antreprise', 'entreprise'], ['entreprize', 'entreprise'],
  ['formasion', 'formation'], ['formtion', 'formation'], ['fromation', 'formation'],
  ['diplom', 'diplome'], ['diplomme', 'diplome'], ['metie', 'metier'], ['mettier', 'metier'], ['mtier', 'metier'],
  ['salere', 'salaire'], ['salair', 'salaire'], ['salaires', 'salaire'], ['salaure', 'salaire'],
  ['paye', 'paie'], ['payes', 'paie'],
  ['sup', 'supplementaires'], ['supp', 'supplementaires'], ['exam', 'examen'], ['exams', 'examens'],
  ['taf', 'travail'], ['taff', 'travail'], ['taffer', 'travailler'], ['tafer', 'travailler'], ['ordi', 'ordinateur'], ['ordis', 'ordinateurs'], ['thune', 'argent'], ['thunes', 'argent'], ['fric', 'argent'],
  ['conseiler', 'conseiller'],
  // "rappeler" with one p, as it is often typed ("jveux etre rapelé", "rapelez moi"): the callback's own word.
  ['rapel', 'rappel'], ['rapele', 'rappele'], ['rapelee', 'rappelee'], ['rapeler', 'rappeler'], ['rapelez', 'rappelez'],
  ['rapelle', 'rappelle'], ['rapelles', 'rappelles'], ['rapeller', 'rappeler'], ['rapellez', 'rappelez'],
  // Diploma specialities known by their initials: spelled out, they match the diploma titles.
  ['mco', 'management commercial operationnel'], ['ndrc', 'negociation et digitalisation de la relation client'],
  ['sio', 'services informatiques aux organisations'], ['muc', 'management commercial operationnel'],
  ['tle', 'terminale'], ['term', 'terminale'], ['terminal', 'terminale'],
  ['2nd', 'seconde'], ['2nde', 'seconde'], ['2de', 'seconde'], ['scd', 'seconde'],
]);

/** Ordinal words folded to the "<n>e" form used for "2e année", "3e" (school year). */
export const ordinalWords: ReadonlyMap<string, string> = new Map<string, string>([
  ['premier', '1e'], ['premiere', '1e'], ['premire', '1e'],
  ['deuxieme', '2e'], ['deuxime', '2e'], ['deuzieme', '2e'], ['deusieme', '2e'],
  ['troisieme', '3e'], ['troisime', '3e'], ['troisiem', '3e'], ['troiseme', '3e'],
  ['quatrieme', '4e'], ['quatrime', '4e'], ['cinquieme', '5e'], ['sixieme', '6e'],
]);
