/**
 * "quel organisme pour obtenir la RQTH ?", "auprès de quelle structure demander l'aide ?", "quel service contacter ?":
 * the question's frame asks WHICH BODY, and the entry that answers it names one (the MDPH, the OPCO, the CAF, the
 * CFA…) without writing the frame's noun. That noun says what kind of answer is wanted, not the subject: the honest
 * guard must not hold "organisme" against an entry that names the body (dialogs/support/faq-coverage-of.ts).
 */
const BODY_FRAME =
  /\b(?:quel|quels|quelle|quelles|aupres de quel|aupres de quelle|a quel|a quelle|par quel|par quelle) (?:organisme|organismes|structure|structures|interlocuteur|interlocuteurs|service|services|instance|instances|administration|administrations|institution|institutions|organisation|organisations)\b/g;

/** The spans of the normalised message that only ask which body (see the module's comment). */
export function bodyAskedSpans(normalized: string): string[] {
  return [...normalized.matchAll(BODY_FRAME)].map((m) => m[0]);
}
