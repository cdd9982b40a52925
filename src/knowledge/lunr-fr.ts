import lunr from 'lunr';
import { createRequire } from 'node:module';
import { BoundedMemo } from '../text/memo.js';
import { STEMS_KEPT_APART } from '../text/stem.js';

/**
 * lunr with the French pipeline (stop words, Snowball stemmer), set up once. lunr-languages are CommonJS plugins
 * that patch the lunr object they are given.
 */
const require = createRequire(import.meta.url);
(require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
(require('lunr-languages/lunr.fr') as (l: typeof lunr) => void)(lunr);

interface LunrFr {
  fr: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction };
}
const fr = (lunr as unknown as LunrFr).fr;

/**
 * The Snowball stemmer, but a word it would merge with another meaning keeps its own stem (see STEMS_KEPT_APART).
 * lunr.fr looks its stemmer up when a builder uses it, so indexes and queries both get this one; it takes the
 * registered label of the one it wraps, so a serialised index loads it back.
 */
const snowball = fr.stemmer;
const keepingApart = ((token: lunr.Token, i: number, tokens: lunr.Token[]) => {
  const own = STEMS_KEPT_APART.get(token.toString());
  return own === undefined ? snowball(token, i, tokens) : token.update(() => own);
}) as lunr.PipelineFunction;
(keepingApart as unknown as { label: string }).label = 'stemmer-fr';
(lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions['stemmer-fr'] = keepingApart;
fr.stemmer = keepingApart;

export { lunr };
export const lunrFr = fr;

/** Words people type again and again: the Snowball stemmer runs once per word, not once per message. */
const stems = new BoundedMemo<string | undefined>(50_000);

/** Stems one already-normalised word the way the index did; undefined for a French stop word. */
export function stemFr(word: string): string | undefined {
  return stems.get(word, stemOnce);
}

function stemOnce(word: string): string | undefined {
  const token = new lunr.Token(word, {});
  const kept = fr.stopWordFilter(token, 0, [token]);
  if (kept === undefined || kept === null) return undefined;
  const stemmed = fr.stemmer(token, 0, [token]);
  return stemmed ? stemmed.toString() : undefined;
}
