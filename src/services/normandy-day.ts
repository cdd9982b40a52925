/**
 * The calendar day in Normandy (Europe/Paris) of an instant, 'YYYY-MM-DD': what the advisers call "today", so a
 * message at 00:30 in Caen counts for that day and not for the day before (UTC).
 */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export function normandyDay(ms: number): string {
  return PARIS_DAY.format(new Date(ms));
}
