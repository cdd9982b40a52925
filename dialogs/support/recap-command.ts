/**
 * "mon récap", "recap stp", "je veux le récapitulatif" typed at any point: the word itself is the command (a rule
 * on the normalised word, so accents, capitals and a doubled letter make no difference).
 */
const RECAP_WORD = /(^|\s)(recap|recaps|recape|recapitulatif|recapitulatifs)(\s|$)/;

export function asksForRecap(normalized: string): boolean {
  return RECAP_WORD.test(normalized);
}
