/**
 * Developer tool: plays typical conversations through the real main dialog and prints, for each reply, its characters
 * (text, card with what is behind its toggle, card's first screen), the lines a 360 px phone shows (issue 12 §5), what
 * shows before any toggle (text + first screen) and the whole reply as plain text (text + fallbackText), then a summary.
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
      process.stdout.write(`| ${text.slice(0, 44)} | ${rule} | ${s.textChars} | ${s.visibleCardChars} | ${s.cardChars} | ${s.phoneLines} | ${s.cardPhoneLines} | ${s.visibleChars} | ${s.replyChars} | ${s.visibleRows} | ${title.slice(0, 40)} |\n`);
      shown.push(s.visibleChars);
      whole.push(s.replyChars);
    }
  }
}

const shown: number[] = [];
const whole: number[] = [];
process.stdout.write('| message | rule | text | card shown | card all | phone lines | card lines (opened) | visible | whole reply | rows shown | card |\n|---|---|---|---|---|---|---|---|---|---|---|\n');
const args = process.argv.slice(2);
for (const conversation of args.length > 0 ? [args] : TYPICAL_CONVERSATIONS) await play(conversation);
// The figures a before/after compares: the largest, the mean, and how many replies pass ~1,000 characters.
const summary = (name: string, xs: number[]): string =>
  `${name}: max ${Math.max(...xs)}, mean ${Math.round(xs.reduce((a, b) => a + b, 0) / xs.length)}, over 1000: ${xs.filter((x) => x > 1000).length}/${xs.length}`;
process.stdout.write(`\n${summary('visible (text + first screen)', shown)}\n${summary('whole reply (text + fallbackText)', whole)}\n`);
await player.close();
