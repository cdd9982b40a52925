/**
 * "le 2e m'intéresse, quel diplôme ?", "la deuxième", "le premier c'est où ?", "celui du milieu", "le dernier" right
 * after the bot named a few trades: the item of that list the person points at by its place. The ordinal must point
 * at an item ("le/la/celui/celle …"), not count something else ("le premier mois", "en 2nde", "2e année").
 */
const POSITIONS: ReadonlyArray<[RegExp, (count: number) => number | undefined]> = [
  [/^(?:premier|premiere|1er|1ere|1re|1e|1)$/, () => 0],
  [/^(?:deuxieme|2eme|2e|2nd|2nde|second|seconde|2)$/, () => 1],
  [/^(?:troisieme|3eme|3e|3)$/, () => 2],
  [/^(?:quatrieme|4eme|4e|4)$/, () => 3],
  [/^(?:dernier|derniere)$/, (count) => count - 1],
  [/^milieu$/, (count) => (count % 2 === 1 && count >= 3 ? (count - 1) / 2 : undefined)],
];
/** What points at an item of the list before its place: "le 2e", "la deuxième", "celui du milieu", "pour le premier". */
const POINTER = /(?:^| )(?:le|la|l|celui|celle|ceux|du|au|the)(?: du)? (\S+)(?= |$)/g;
/** A noun after the ordinal counts something else than the list ("le premier mois", "la 2e année", "le 1er jour"). */
const COUNTED = /^(?:mois|annee|annees|an|ans|jour|jours|semaine|semaines|fois|contrat|classe|cycle|degre|trimestre|semestre|etage|salaire|partie|etape|rdv|rendez|entretien|employeur|patron|enfant|fils|fille|cfa|diplome|niveau|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ministre|choix|arrivant|venu)$/;

/** The index in a list of `count` items the message points at by its place, if it does. */
export function positionPicked(normalized: string, count: number): number | undefined {
  if (count < 2) return undefined;
  for (const m of normalized.matchAll(POINTER)) {
    const word = m[1] as string;
    const after = normalized.slice((m.index ?? 0) + m[0].length).trim().split(' ')[0] ?? '';
    if (COUNTED.test(after)) continue;
    for (const [form, index] of POSITIONS) {
      if (!form.test(word)) continue;
      const i = index(count);
      if (i !== undefined && i >= 0 && i < count) return i;
    }
  }
  return undefined;
}
