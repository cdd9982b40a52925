/**
 * Developer tool: plays a conversation through the real main dialog (real knowledge, recogniser and routing) and
 * prints, for each message, the routing rule that decided and what the bot answered.
 * Usage: npx tsx tools/converse.ts "je veux devenir fleuriste" "c'est où vers Rouen ?"
 */
import { openDialogPlayer } from './dialog-player.js';

const player = await openDialogPlayer('converse');
const send = player.conversation();

/** PROFILE=1 prints what the conversation knows of the person after each message. */
const showProfile = process.env['PROFILE'] === '1';
/** CARDS=1 prints whole cards instead of their first 260 characters. */
const showCards = process.env['CARDS'] === '1';
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node).flatMap(([key, value]) =>
    (key === 'text' || key === 'title' || key === 'value') && typeof value === 'string' ? [value] : textsOf(value));
  return own;
}

for (const text of process.argv.slice(2)) {
  const { rule, replies, profile } = await send(text);
  process.stdout.write(`\n> ${text}\n  [${rule}]\n`);
  if (showProfile) process.stdout.write(`  profile: ${profile}\n`);
  for (const a of replies) {
    const card = a.attachments?.[0]?.content;
    process.stdout.write(`  < ${(a.text ?? '').slice(0, showCards ? 5000 : 220)}\n`);
    if (card) {
      // An Adaptive Card keeps its words in nested TextBlocks and facts: gather every text so the card is readable.
      const words = textsOf(card);
      const full = words.join(' / ');
      process.stdout.write(`    card (${full.length} chars, ${words.length} texts): ${showCards ? full : full.slice(0, 260)}\n`);
    }
    const quick = a.suggestedActions?.actions.map((x) => x.title).join(' | ');
    if (quick) process.stdout.write(`    [${quick}]\n`);
  }
}
await player.close();
