import type { IntentId } from '../../src/nlu/intents.js';

/**
 * Our own phrasings of each main intent (tu and vous, SMS spelling, with and without accents), written for the
 * stability test: none is a training phrase or a held-out one.
 */
export const STABILITY_PHRASINGS: Partial<Record<IntentId, string[]>> = {
  salary: [
    'combien je vais toucher par mois en apprentissage ?',
    'vous savez quel est le salaire d un apprenti de 19 ans ?',
    'on me paie 500 par mois c est normal ?',
    'c koi la paye d1 apprenti',
    'quelle rémunération pour un alternant la deuxième année',
  ],
  aids: [
    'est-ce que j ai droit à une aide pour passer le permis ?',
    'il existe des aides pour le logement quand on est apprenti ?',
    'vous connaissez des aides financières pour les apprentis ?',
    'jpeux avoir une aide pr mon transport',
  ],
  employer_aids: [
    'quelle aide pour un employeur qui embauche un apprenti ?',
    'en tant que patron je touche combien si je prends un alternant',
    'vous pouvez me dire les aides à l embauche pour mon entreprise ?',
  ],
  trade: [
    'ça consiste en quoi le métier de plombier ?',
    'je voudrais savoir ce que fait un boulanger au quotidien',
    'c est comment le boulot d électricien',
  ],
  training: [
    'je cherche un CAP cuisine en alternance',
    'vous proposez quels diplômes en apprentissage dans la mécanique ?',
  ],
  orientation: [
    'je sais pas quoi faire comme métier',
    'j ai aucune idée de ce que je veux faire plus tard',
    'pouvez-vous m aider à choisir une voie professionnelle ?',
  ],
  find_employer: [
    'comment je trouve un patron pour mon apprentissage ?',
    'je galère à trouver une entreprise pour mon alternance',
    'où chercher un employeur qui prend des apprentis ?',
  ],
  callback: ['vous pouvez me rappeler demain matin ?', 'je veux être rappelée svp', 'rappelez moi au plus vite'],
  human: ['je voudrais parler à un vrai conseiller', 'passez moi quelqu un d humain', 'je veux parler à une personne'],
  greeting: ['bonjour', 'salut toi', 'bonsoir madame'],
  thanks: ['merci beaucoup', 'merci c est gentil', 'super merci pour l info'],
  goodbye: ['au revoir', 'bonne soirée à vous', 'à plus'],
};
