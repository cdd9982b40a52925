import type { Message } from './schema/messages.js';
import type { Register } from './schema/vocabulary.js';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Thrown when code asks for a key or parameter the catalogue does not have: a programming error, caught by tests. */
export class MissingMessageError extends Error {}

const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;

/**
 * Renders messages from `knowledge/messages.fr.yaml`. Numbers are formatted the French way ("1 867,02"), so dialogs
 * pass raw numbers and never build French text themselves.
 */
export class Messages {
  constructor(private readonly catalogue: Readonly<Record<string, Message>>) {}

  has(key: string): boolean {
    return Object.hasOwn(this.catalogue, key);
  }

  keys(): string[] {
    return Object.keys(this.catalogue);
  }

  /** The raw template, for checks. */
  template(key: string, register: Register): string {
    const m = this.catalogue[key];
    if (m === undefined) throw new MissingMessageError(`unknown message key: ${key}`);
    return typeof m === 'string' ? m : m[register];
  }

  render(key: string, register: Register, params: MessageParams = {}): string {
    return this.template(key, register).replace(PLACEHOLDER, (_all, name: string) => {
      const value = params[name];
      if (value === undefined) throw new MissingMessageError(`message ${key} needs parameter {${name}}`);
      return typeof value === 'number' ? formatNumberFr(value) : value;
    });
  }
}

const intFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const centsFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 504.09 → "504,09"; 5000 → "5 000" (narrow no-break space as thousands separator, as Intl does for fr-FR). */
export function formatNumberFr(value: number): string {
  return Number.isInteger(value) ? intFormat.format(value) : centsFormat.format(value);
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2026-06-01" → "1er juin 2026"; "2026-02-21" → "21 février 2026". Anything else is returned as is. */
export function formatDateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]);
  const month = MONTHS_FR[Number(m[2]) - 1];
  if (!month) return iso;
  return `${day === 1 ? '1er' : String(day)} ${month} ${m[1]}`;
}

const ELIDES = /^[aeiouyhâàéèêëîïôûü]/i;

/** "de" before a place name, contracted as French wants it: "de Caen", "d'Évreux", "du Havre", "des Andelys". */
export function withDe(place: string): string {
  if (/^Le /.test(place)) return `du ${place.slice(3)}`;
  if (/^Les /.test(place)) return `des ${place.slice(4)}`;
  if (/^La /.test(place)) return `de la ${place.slice(3)}`;
  if (/^L['’]/.test(place)) return `de ${place}`;
  return ELIDES.test(place) ? `d'${place}` : `de ${place}`;
}

/** "à" before a place name: "à Caen", "au Havre", "aux Andelys", "à La Ferté-Macé". */
export function withA(place: string): string {
  if (/^Le /.test(place)) return `au ${place.slice(3)}`;
  if (/^Les /.test(place)) return `aux ${place.slice(4)}`;
  return `à ${place}`;
}
