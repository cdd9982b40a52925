import type { Understanding } from '../../src/nlu/understanding.js';
import { tokenize } from '../../src/text/normalize.js';

/**
 * The words that only say where one lives or is ("moi j'habite à Vernon en fait", "en fait je suis sur Lisieux",
 * "mon fils vit plutôt vers Bayeux", "ah non nous on est du côté de Dieppe") around the town itself: a place told as a
 * detail, however many of them there are, never a question of its own.
 */
const LIVING_WORDS: ReadonlySet<string> = new Set(
  (
    'moi nous on je j tu il elle ils elles mon ma mes fils fille enfant notre nos perso ' +
    'habite habites habitons habitez habitent vis vit vivons vivez vivent suis es est sommes etes sont reside residons ' +
    'serai sera serons seras loge logeons demenage demenager demenageons demeure bouge ' +
    'a au aux sur vers pres de d du des cote la le l les dans en coin secteur region ville commune ' +
    'fait enfait fet plutot finalement maintenant actuellement aussi mais non ah ok oups pardon desole desolee dsl ' +
    'et ben bah euh alors donc'
  ).split(' '),
);

/** Words of the town's own name, as the reader found it ("vernon", "saint lo"). */
function placeWords(u: Understanding): Set<string> {
  const span = u.commune?.span ?? u.departement?.span ?? '';
  const name = u.commune?.commune.name ?? u.departement?.name ?? '';
  return new Set([...tokenize(span), ...tokenize(name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))]);
}

/**
 * "moi j'habite à vernon en fait", "en fait je suis sur Lisieux": a Normandy town (or département) told with only
 * words of where one lives around it. Right after places or a trade, it moves the places there (carry-over.ts), and a
 * waiting question keeps it: it never starts a topic of its own (review 14, J7: the guided orientation restarted).
 */
export function townToldAlone(u: Understanding): boolean {
  if (u.kind !== 'text' || (u.commune === undefined && u.departement === undefined) || u.trade !== undefined) return false;
  const own = placeWords(u);
  const rest = tokenize(u.normalized).filter((w) => !own.has(w));
  return rest.every((w) => LIVING_WORDS.has(w));
}
