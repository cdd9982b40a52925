import type { RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * "et le CAP pâtissier, c'est possible là-bas aussi ?", "et maçon, au même endroit ?", "le bac pro commerce ça se fait
 * ici aussi ?": right after a list of places, another course asked at the same place. The place is the one the list
 * was for (the town or département kept in the profile); the course is the new one: its places there, not the new
 * trade's card, which leaves the place asked unanswered.
 */
const SAME_PLACE =
  /\b(?:la bas|labas|au meme endroit|meme endroit|au meme cfa|meme cfa|meme ecole|meme centre|meme lieu|meme site|meme etablissement|meme ville|dans le meme|dans la meme|la aussi|ici aussi|aussi la|aussi ici|au meme|pareil)\b/;

export function samePlaceOtherCourse(input: RoutingInput): boolean {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'training' || !SAME_PLACE.test(u.normalized)) return false;
  const placeKnown = data.profile.communeInsee !== undefined || data.profile.departement !== undefined;
  const courseNamed = u.facts.diplomaType !== undefined || (u.trade !== undefined && u.trade.score >= CLEAR_TRADE);
  return placeKnown && courseNamed && !u.commune && !u.outside;
}
