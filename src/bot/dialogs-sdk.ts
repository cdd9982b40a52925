/**
 * The classes of botbuilder-dialogs our dialogs use, each taken from its own module of the package. The package's
 * index also loads every prompt (number, date-time, choice, confirm…) and with them Microsoft's Recognizers-Text for
 * dates, numbers and choices, which our dialogs never use: about a tenth of the server's start-up CPU (see
 * docs/performance.md). Same classes of the same pinned SDK: tests/bot/dialogs-sdk.test.ts checks that each is the
 * very object the package's index exports. Types may still come from 'botbuilder-dialogs' (they cost nothing).
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
