import { dayOf, readPhone, type HourRange, type TimeSlot } from './callback-reader.js';
import { say, type Turn } from './turn.js';

/** A day said by the person, written as a date an adviser can read days later ("demain" → "samedi 28 novembre"). */
const DAY_FORMAT = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * The moment of a callback as the adviser and the person will read it, from what the person said: the day as a
 * date, then the hours or the part of the day ("samedi 28 novembre vers 10 h", "lundi 30 novembre le matin",
 * "entre 14 h et 16 h"). Every word comes from messages.fr.yaml.
 */
export function slotLabel(turn: Turn, slot: TimeSlot): string {
  const words: string[] = [];
  if (slot.day) {
    if (slot.day.kind === 'weekdays') words.push(say(turn, 'callback.when.weekdays'));
    else if (slot.day.kind === 'weekend') words.push(say(turn, 'callback.when.weekend'));
    else {
      const iso = dayOf(slot.day, turn.today);
      if (iso) words.push(DAY_FORMAT.format(new Date(`${iso}T12:00:00Z`)));
    }
  }
  if (slot.hours) words.push(hoursLabel(turn, slot.hours));
  else if (slot.part) words.push(say(turn, `callback.when.${slot.part}`));
  if (slot.asap && words.length === 0) words.push(say(turn, 'callback.when.asap'));
  const label = words.length > 0 ? words.join(' ') : say(turn, 'callback.slot.any');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function hoursLabel(turn: Turn, hours: HourRange): string {
  const at = clock(turn, hours.from);
  if (hours.relation === 'between' && hours.to !== undefined) return say(turn, 'callback.when.between', { from: at, to: clock(turn, hours.to) });
  return say(turn, `callback.when.${hours.relation === 'between' ? 'around' : hours.relation}`, { at });
}

function clock(turn: Turn, minutes: number): string {
  const h = String(Math.floor(minutes / 60));
  const m = minutes % 60;
  return m === 0 ? say(turn, 'callback.when.hour', { h }) : say(turn, 'callback.when.hour_minutes', { h, m: String(m).padStart(2, '0') });
}

/**
 * A French phone number typed outside the callback form ("mon numéro c'est le 06…", "rappelez-moi au 06…") is kept
 * in the conversation's memory, so that the form does not ask for it again. It is kept nowhere else (not in the
 * summary, the unanswered questions or the logs), is forgotten when the request is saved or cancelled, and goes
 * with the rest of the state on "recommencer" or an erasure. Inside the form, the form reads its own answers.
 */
export function rememberPhoneHeard(turn: Turn): void {
  if (turn.data.inForm) return;
  const { phone } = readPhone(turn.understanding.text);
  if (phone) turn.data.callbackPhone = phone;
}
