import type { RoutingInput } from './route.js';

/**
 * Calling or asking someone: a person to ask on the phone. Contacting, seeing or turning to someone ("je dois
 * contacter qui ?", "on s'adresse à qui ?") asks which organisation handles the subject: support/who-handles.ts.
 */
const REACH = '(?:appeler|appelle|appeller|telephoner|joindre|demander|demande|poser (?:la|ma|cette) question)';
const MODAL = '(?:(?:peux|peut|pourrais|pourrait|pourrions|dois|doit|devrais|vais|va|faut il|faut) )?';
/** A tail that adds nothing to whom: "pour savoir", "pour en savoir plus", "pour mon cas", "du coup". */
const TAIL = '(?: (?:pour (?:savoir|en savoir plus|etre sur|etre sure|mon cas|ca|cela|le savoir|verifier|demander|me renseigner)|alors|du coup|svp|si il vous plait|si il te plait|exactement|en fait|la dessus|a ce sujet|directement|maintenant))*';
/**
 * The whole message asks whom to call or ask, or for a number: "qui je peux appeler pour savoir ?", "à qui je demande
 * ?", "je demande à qui du coup ?", "y a un numéro à appeler ?".
 */
const WHOM_TO_ASK = new RegExp(
  '^(?:(?:et|mais|du coup|ok|okay|daccord|alors|bon|donc) )*(?:' +
    [
      `(?:a qui|qui) (?:est ce que |est ce qu )?(?:je|j|on|tu|vous|il|elle) ${MODAL}${REACH}`,
      `(?:je|j|on) ${MODAL}${REACH} (?:a qui|qui)`,
      `(?:a qui|qui) ${REACH}`,
      '(?:vous avez|t as|tu as|tas|avez vous|il y a|y a|ya|y aurait|il y aurait) (?:un |une )?(?:numero|num|tel|telephone|contact)(?: (?:a appeler|a contacter|a joindre|pour (?:appeler|joindre)))?',
    ].join('|') +
    `)${TAIL}$`,
);

/** The whole message asks whom to call or ask, or for a number to call. */
export function asksWhomToCall(normalized: string): boolean {
  return WHOM_TO_ASK.test(normalized);
}

/**
 * "qui je peux appeler pour savoir ?", "à qui je demande ?" right after an answer (an FAQ entry, an aid's card, an
 * ended aid's): someone to call, the free line's adviser. Read against the answer, these few words reached a sentence
 * of it and the same card came again; the sentence of the answer that names an organisation is often the card's own
 * opening, so it is not said again. A complaint's "à qui me plaindre" is read before (the labour inspectorate).
 */
export function whomToAskAfterAnswer(input: RoutingInput): boolean {
  const u = input.understanding;
  return u.kind === 'text' && input.data.lastTopic !== undefined && asksWhomToCall(u.normalized);
}
