/**
 * Small, fast string-distance helpers for matching what people type against our gazetteers. Bounded: the work
 * stops as soon as the distance exceeds `max`, because we only ever want "close enough or not".
 */

/**
 * Three rows of the distance table, reused from call to call: a word unknown to an index is compared with every key of
 * about its length (thousands for the trades), and three arrays per comparison were most of the garbage it made.
 * Safe because the function never yields before it returns.
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or max+1 when further. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let [prevPrev, prev, cur] = rows;
  prevPrev.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  cur.fill(0, 0, n + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[n] as number;
  return d > max ? max + 1 : d;
}

/** How many typos we forgive in a word of this length: none under 4 letters, one up to 7, two beyond. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * A light French stem for matching plural and feminine forms to the same key: "coiffeuses" → "coiffeu",
 * "boulangere" → "boulang", "electriciennes" → "electricien". Not a linguistic stemmer: a matching key.
 */
export function matchKey(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  for (const [suffix, replacement] of FEMININE_ENDINGS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) return w.slice(0, -suffix.length) + replacement;
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Order matters: the longest ending first.
const FEMININE_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ienne', 'ien'],
  ['euse', 'eu'],
  ['eur', 'eu'],
  ['trice', 'teu'],
  ['ere', 'er'],
  ['ee', 'e'],
  ['ie', 'i'],
  ['ive', 'if'],
  ['onne', 'on'],
  ['ette', 'et'],
];
