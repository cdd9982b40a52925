import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';

/**
 * "il va faire beau demain à Caen ?", "il pleut à Rouen ?", "la météo au Havre", "quel temps fait-il à Lisieux ?":
 * the weather, asked. A town named in it is where the weather is, not where to train: we say plainly that we do not
 * know the weather, not "quelle formation cherches-tu ?". "Il fait froid dans l'atelier" (a working condition) is not
 * asked this way: only a forecast, sun or rain on a day, snow or the word "météo".
 */
const WEATHER_ASKED =
  /\b(?:meteo|(?:fait|fera|faire|va faire) (?:beau|moche|mauvais|soleil)|il (?:pleut|pleuvra|neige|neigera|grele)|(?:va|vas) (?:pleuvoir|neiger)|quel temps (?:fait il|il fait|va t il faire|fera t il|va faire|il va faire)|(?:soleil|pluie|neige|orage|orages|beau temps) (?:demain|ce week end|aujourd hui|cet apres midi|ce soir|cette semaine)|(?:previsions?|temperatures?) (?:de |pour )?(?:demain|ce week end|aujourd hui|la semaine))\b/;

/**
 * The weather asked with a place named ("à Caen"), which the course search would otherwise take. Without a place
 * ("météo demain ?") the small talk's out-of-scope answer already says it is not ours.
 */
export function weatherAsked(u: Understanding): boolean {
  return u.kind === 'text' && namesPlace(u) && WEATHER_ASKED.test(u.normalized);
}
