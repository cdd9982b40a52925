/** At most this many interests are named back: three or four category names in a row read as a form being read out. */
const ECHOED_MAX = 2;

/**
 * The interests told, as a person would name them back (review 17: "Super, bricoler, travailler de mes mains, art,
 * création : …" read as a robot): one is named by its category; several, each by its first name only ("Bricoler,
 * travailler de mes mains" → "bricoler"), two at most, joined by "et". The trades that follow cover them all.
 */
export function interestsEcho(labels: readonly string[]): string {
  // One interest is named by its whole category ("cuisine, restauration"): what the person sees on its button.
  if (labels.length === 1) return (labels[0] as string).toLowerCase();
  const names = labels.map((l) => (l.split(',')[0] ?? l).trim().toLowerCase()).filter((n) => n.length > 0);
  const shown = [...new Set(names)].slice(0, ECHOED_MAX);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown[0]} et ${shown[1]}`;
}
