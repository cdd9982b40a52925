import type { z } from 'zod';
import { aidsFileSchema } from './schema/aid.js';
import { aliasesFileSchema } from './schema/alias.js';
import { communesFileSchema } from './schema/commune.js';
import { contactsFileSchema } from './schema/contact.js';
import { diplomasFileSchema } from './schema/diploma.js';
import { establishmentsFileSchema } from './schema/establishment.js';
import { faqFileSchema } from './schema/faq.js';
import { franceFileSchema } from './schema/france.js';
import { interestsFileSchema } from './schema/interest.js';
import { messagesFileSchema } from './schema/messages.js';
import { parametersFileSchema } from './schema/parameters.js';
import { messagesSourcesFileSchema, sourcesPolicyFileSchema } from './schema/sources-policy.js';
import { tradesFileSchema } from './schema/trade.js';
import { intentsFileSchema } from './schema/intents.js';

/** Every file of the knowledge base and the schema that validates it. Adding a file starts here. */
export const knowledgeFiles = {
  metiers: { file: 'metiers.yaml', schema: tradesFileSchema },
  metiersFamiliers: { file: 'metiers-familiers.yaml', schema: aliasesFileSchema },
  interets: { file: 'interets.yaml', schema: interestsFileSchema },
  diplomes: { file: 'diplomes.yaml', schema: diplomasFileSchema },
  etablissements: { file: 'etablissements.yaml', schema: establishmentsFileSchema },
  communes: { file: 'communes.yaml', schema: communesFileSchema },
  france: { file: 'communes-france.yaml', schema: franceFileSchema },
  parametres: { file: 'parametres.yaml', schema: parametersFileSchema },
  aides: { file: 'aides.yaml', schema: aidsFileSchema },
  faq: { file: 'faq.yaml', schema: faqFileSchema },
  contacts: { file: 'contacts.yaml', schema: contactsFileSchema },
  messages: { file: 'messages.fr.yaml', schema: messagesFileSchema },
  intents: { file: 'intents.fr.yaml', schema: intentsFileSchema },
  /** Who may be cited: the primary publishers, by domain (checked by source-policy.ts). */
  sourcesPolicy: { file: 'sources-policy.yaml', schema: sourcesPolicyFileSchema },
  /** Sources of the facts that messages write out themselves. */
  messagesSources: { file: 'messages-sources.yaml', schema: messagesSourcesFileSchema },
} as const;

type Files = typeof knowledgeFiles;
export type KnowledgeFiles = { [K in keyof Files]: z.output<Files[K]['schema']> };
export type KnowledgeFileKey = keyof Files;

