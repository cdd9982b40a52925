import type { TurnContext } from 'botbuilder';
import { importedSources } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, say, type Turn } from './support/turn.js';

const LA_BONNE_ALTERNANCE = 'https://labonnealternance.apprentissage.beta.gouv.fr';

/**
 * The address of one place of the list just shown (routing/address-asked.ts): its street, postcode and town when the
 * establishments' data records them; else the honest "my list has only its town", with where to find the address.
 * The list stays in view: "et le 2e ?" after it still points into it.
 */
export async function sendPlaceAddress(context: TurnContext, turn: Turn, index: number): Promise<void> {
  const k = turn.kb.knowledge;
  const uai = turn.data.placesShown?.[index] ?? turn.data.placesShown?.[0];
  const place = k.establishments.find((e) => e.uai === uai);
  if (!place) {
    await context.sendActivity(reply(say(turn, 'places.address_unknown'), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback')] }));
    return;
  }
  const town = k.communes.get(place.commune)?.name ?? '';
  const street = place.address;
  const text = street
    ? say(turn, 'places.address', { name: place.name, address: [street, [place.postcode, town].filter(Boolean).join(' ')].filter(Boolean).join(', ') })
    : say(turn, 'places.no_address', { name: place.name, town });
  await context.sendActivity(
    reply(text, {
      card: answerCard(turn, {
        title: place.name,
        lines: [street ? `${street}, ${[place.postcode, town].filter(Boolean).join(' ')}` : town],
        sources: importedSources(turn, k.establishmentSources, place.sources),
        buttons: [{ kind: 'link', title: say(turn, 'link.lba'), url: LA_BONNE_ALTERNANCE }],
      }),
      quickReplies: [offer(turn, 'choice.find_employer'), offer(turn, 'choice.other_town'), offer(turn, 'choice.human')],
    }),
  );
}
