/**
 * The few sentences the channel itself says, when the bot cannot (message too long, a file sent, turn failed). Everything the
 * dialogs say lives in knowledge/messages.fr.yaml; these must work even when the knowledge base is not loaded.
 */
export const channelMessages = {
  tooLong: (max: number): string =>
    `Ton message est un peu long pour moi : peux-tu le résumer en quelques phrases (moins de ${max.toLocaleString('fr-FR')} caractères) ? Je t'aide volontiers ensuite.`,
  // Said to everyone, young or adult, so it takes neither "tu" nor "vous".
  filesNotRead:
    "Je ne sais pas lire les fichiers ni les images (le fichier n'a pas été enregistré). Décrire la question en quelques mots suffit : je réponds tout de suite. Un conseiller répond aussi au 0800 050 000 (appel gratuit).",
  turnFailed:
    "Oups, je n'ai pas réussi à traiter ce message. Tu peux réessayer dans un instant, ou appeler le 0800 050 000 (appel gratuit) pour parler à un conseiller.",
} as const;
