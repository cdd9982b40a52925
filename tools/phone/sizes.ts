/**
 * Developer tool: plays typical conversations through the real main dialog and prints, for each reply, its characters
 * (text, card with what is behind its toggle, card's first screen) and the lines a 360 px phone shows (issue 12 §5).
 * Usage: npx tsx tools/phone/sizes.ts            (the typical conversations of conversations.ts)
 *        npx tsx tools/phone/sizes.ts "m1" "m2"   (one conversation)
 */
import { openDialogPlayer } from '../dialog-player.js';
import { TYPICAL_CONVERSATIONS } from './conversations.js';
import { replySize } from './measure.js';

const player = await openDialogPlayer('phone-sizes');

async function play(messages: readonly string[]): Promise<void> {
  const send = player.conversation();
  for (const text of messages) {
    const { rule, replies } = await send(text);
    for (const a of replies) {
      const s = replySize(a);
      const title = (a.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body?.[0]?.text ?? '';
      process.stdout.write(`| ${text.slice(0, 44)} | ${rule} | ${s.textChars} | ${s.visibleCardChars} | ${s.cardChars} | ${s.phoneLines} | ${s.cardPhoneLines} | ${title.slice(0, 40)} |\n`);
    }
  }
}

process.stdout.write('| message | rule | text | card shown | card all | phone lines | card lines (opened) | card |\n|---|---|---|---|---|---|---|---|\n');
const args = process.argv.slice(2);
for (const conversation of args.length > 0 ? [args] : TYPICAL_CONVERSATIONS) await play(conversation);
await player.close();
