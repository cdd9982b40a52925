import { describe, expect, it } from 'vitest';
import { read, startConversation, type Conversation } from './harness.js';

/**
 * A table of short or ambiguous questions and of follow-ups, written for this test (not taken from any eval set),
 * played over the real bot. What each turn did is read from the conversation's memory and the reply:
 * - `faq:<id>` / `aid:<id>`: that entry or aid was answered for this very message;
 * - `topic:<t>`: a topic dialog took it (the course search, the pay, the aids…);
 * - `not_covered`: "ma réponse précédente ne couvre pas cette question";
 * - `fallback`: not understood, asked to say more, with the topics, the free line and a callback as quick replies.
 * A case passes when the outcome is one of those it allows. A few words all found in some entry ("heure", "qui",
 * "vrai") must never give a confident unrelated answer; a follow-up goes where its own words lead.
 */
type Outcome = string;

interface Case {
  /** Messages sent before the one judged (the context), may be empty. */
  before: string[];
  message: string;
  /** Accepted outcomes; a trailing `*` accepts any id with that prefix ("topic:*"). */
  ok: Outcome[];
}

/** Kind 1: a few generic words, no context: a question back, never a confident unrelated entry. */
const VAGUE = ['fallback', 'say:other'];
/** A diploma or a trade named with a specialty: the course and trade topics, never a FAQ entry by a stem. */
const COURSE = ['topic:training', 'topic:trade', 'topic:orientation', 'asks:commune', 'asks:levelHeld', 'asks:tradeOrType'];

const SHORT: Case[] = [
  // Kind 1: few content words, all generic.
  { before: [], message: 'vous fermez a quelle heure', ok: VAGUE },
  { before: [], message: "c'est ouvert jusqu'à quelle heure ?", ok: VAGUE },
  { before: [], message: 'a quel heure ?', ok: VAGUE },
  { before: [], message: 'faut aller voir qui ?', ok: VAGUE },
  { before: [], message: "à qui je dois m'adresser ?", ok: VAGUE },
  { before: [], message: 'qui je dois appeler', ok: [...VAGUE, 'faq:numero-vert-0800'] },
  { before: [], message: 'combien de temps ça prend ?', ok: [...VAGUE, 'faq:duree-contrat'] },
  { before: [], message: 'ca prend combien de temps', ok: [...VAGUE, 'faq:duree-contrat'] },
  { before: [], message: 'en combien de temps ?', ok: [...VAGUE, 'faq:duree-contrat'] },
  { before: [], message: "t'es sûr ?", ok: VAGUE },
  { before: [], message: 'c sur ca ?', ok: VAGUE },
  { before: [], message: "c'est bien vrai ça ?", ok: VAGUE },
  { before: [], message: "j'ai le droit ?", ok: [...VAGUE, 'asks:persona'] },
  { before: [], message: 'on a le droit de faire ça ?', ok: VAGUE },
  { before: [], message: 'qui paye ?', ok: VAGUE },
  { before: [], message: "c'est qui qui paie ?", ok: [...VAGUE, 'faq:formation-gratuite', 'faq:cout-apprenti-employeur'] },
  { before: [], message: 'je dois faire quoi', ok: VAGUE },
  { before: [], message: 'il faut faire quoi alors ?', ok: VAGUE },
  { before: [], message: 'ça se passe quand ?', ok: VAGUE },
  { before: [], message: '48h ?', ok: VAGUE },
  { before: [], message: 'et le temps ?', ok: VAGUE },
  { before: [], message: 'vous pouvez faire ça pour moi ?', ok: VAGUE },
  { before: [], message: "qui s'en occupe ?", ok: VAGUE },
  { before: [], message: 'c obligatoire ?', ok: VAGUE },
  // Kind 2: a stem, an abbreviation or a number that an unrelated entry shares.
  { before: [], message: 'bts compta en apprentissage', ok: COURSE },
  { before: [], message: 'je veux faire un bts compta', ok: COURSE },
  { before: [], message: 'bac pro compta en alternance ?', ok: COURSE },
  { before: [], message: 'cap fleuriste en alternance', ok: COURSE },
  { before: [], message: 'bts info en alternance c possible ?', ok: COURSE },
  { before: [], message: 'cap patissier en apprentissage', ok: COURSE },
  { before: [], message: 'Mon fils voudrait un CAP menuisier en alternance', ok: COURSE },
  { before: [], message: "j'ai 20 ans, je cherche un cap cuisine", ok: COURSE },
  { before: [], message: 'ma fille a 20 ans et veut faire de la coiffure', ok: COURSE },
  { before: [], message: "j'ai 20 ans c'est trop tard pour un bac pro ?", ok: ['faq:age-maximum', 'faq:age-sans-limite', ...COURSE] },
  { before: [], message: 'je voudrais changer de metier', ok: ['topic:orientation', 'faq:reconversion-salarie', 'faq:apprentissage-apres-26-ans', ...VAGUE] },
  { before: [], message: "est-ce que je peux changer d'employeur en cours de contrat ?", ok: ['faq:changer-employeur'] },
  { before: [], message: 'trouver une autre boite pendant mon apprentissage', ok: ['faq:changer-employeur', 'topic:find_employer'] },
  { before: [], message: 'jveux changer d entreprise', ok: ['faq:changer-employeur', 'faq:rupture-contrat', 'faq:demission-apprenti-etapes'] },
  {
    before: [],
    message: "mon maitre d'apprentissage veut pas me laisser partir",
    ok: ['faq:rupture-contrat', 'faq:demission-apprenti-etapes', 'faq:mediateur-consulaire'],
  },
  { before: [], message: 'ma patronne refuse la rupture du contrat', ok: ['faq:rupture-contrat', 'faq:demission-apprenti-etapes', 'faq:mediateur-consulaire'] },
  { before: [], message: "l'employeur de mon fils ne veut pas le laisser partir", ok: ['faq:rupture-contrat', 'faq:demission-apprenti-etapes', 'faq:mediateur-consulaire'] },
  { before: [], message: 'il y a des cours le samedi au cfa ?', ok: VAGUE },
];

const FOLLOW_UPS: Case[] = [
  // Kind 3: the follow-up's own words reach another entry or aid: that one.
  { before: ["c'est quoi la période d'essai en apprentissage ?"], message: 'et pour la visite médicale ?', ok: ['faq:visite-medicale'] },
  { before: ['un apprenti majeur peut bosser combien d heures par semaine ?'], message: 'et travailler la nuit c possible ?', ok: ['faq:travail-nuit-mineurs', 'faq:temps-travail-majeurs'] },
  { before: ["j'ai droit à combien de congés payés en apprentissage ?"], message: 'et les jours fériés ?', ok: ['faq:travail-dimanche-feries', 'faq:conges-payes'] },
  { before: ["j'ai droit à combien de congés payés en apprentissage ?"], message: 'et si je veux partir un mois en Espagne avec le cfa, je vois ça avec qui ?', ok: ['faq:mobilite-etranger'] },
  { before: ['la carte jeunes apprentis normands, ça donne quoi ?'], message: 'et les repas le midi au cfa, il y a une aide ?', ok: ['faq:equipement-hebergement-repas', 'aid:opco-frais-annexes'] },
  { before: ["c'est quoi la période d'essai en apprentissage ?"], message: 'je dois prevenir qui ?', ok: ['not_covered', 'faq:rupture-contrat', 'faq:periode-essai'] },
  { before: ["c'est quoi la période d'essai en apprentissage ?"], message: 'ca dure combien de temps ?', ok: ['faq:periode-essai'] },
  { before: ["c'est quoi la période d'essai en apprentissage ?"], message: "c'est vrai ?", ok: ['faq:periode-essai', 'not_covered'] },
  { before: ["un apprenti mineur peut travailler la nuit ?"], message: 'et a quelle heure je dois finir ?', ok: ['faq:travail-nuit-mineurs', 'faq:horaires-mineurs'] },
  { before: ["un apprenti mineur peut travailler la nuit ?"], message: 'et le dimanche ?', ok: ['faq:travail-dimanche-feries'] },
  { before: ['mon patron me fait faire des heures sup sans les payer'], message: 'je dois voir qui ?', ok: ['faq:heures-sup-non-payees', 'faq:inspection-du-travail', 'not_covered'] },
  { before: ['je me suis blessé au travail, je fais quoi ?'], message: 'ça dure combien de temps ?', ok: ['faq:accident-travail', 'faq:arret-maladie', 'not_covered'] },
  { before: ['je me suis blessé au travail, je fais quoi ?'], message: 'et je suis payé pendant l arret ?', ok: ['faq:accident-travail', 'faq:arret-maladie'] },
  { before: ['comment calculer le salaire d un apprenti ?'], message: 'et c imposable ?', ok: ['faq:impot-salaire-apprenti'] },
  { before: ["l'aide à l'embauche d'un apprenti en 2026 c'est combien ?"], message: 'et pour une entreprise de 300 salariés ?', ok: ['aid:aide-embauche-apprenti-2026', 'topic:aids'] },
  { before: ["l'aide à l'embauche d'un apprenti en 2026 c'est combien ?"], message: 'on est une boite de 12 personnes, ça change quoi ?', ok: ['aid:aide-embauche-apprenti-2026', 'topic:aids'] },
  { before: ["l'aide à l'embauche d'un apprenti en 2026 c'est combien ?"], message: 'comment on fait la demande ?', ok: ['faq:aide-embauche-demarches', 'aid:aide-embauche-apprenti-2026'] },
  { before: ['on peut changer de CFA en cours de formation ?'], message: 'et changer de patron aussi ?', ok: ['faq:changer-employeur'] },
  { before: ['le cfa c payant ?'], message: 'et le transport pour y aller ?', ok: ['faq:transport', 'faq:cfa-loin-trajet', 'aid:mobili-jeune'] },
  { before: ['le cfa c payant ?'], message: "et l'hébergement ?", ok: ['faq:equipement-hebergement-repas', 'aid:opco-frais-annexes'] },
  { before: ['je rate mon examen, je fais quoi ?'], message: 'et je garde mon contrat ?', ok: ['faq:echec-examen'] },
  { before: ['Mon fils est apprenti, il peut travailler le dimanche ?'], message: 'Et les heures supplémentaires ?', ok: ['faq:heures-supplementaires', 'faq:heures-sup-non-payees'] },
  { before: ["c'est quoi une RQTH ?"], message: "et comment je l'obtiens ?", ok: ['faq:handicap-obtenir-rqth'] },
  { before: ['un apprenti cotise pour la retraite ?'], message: 'et le chômage après ?', ok: ['faq:chomage-apres-apprentissage'] },
];

/** What the bot did with the last message sent (see the description above). */
async function outcomeOf(c: Conversation, message: string): Promise<Outcome> {
  const text = read(await c.send(message));
  const data = await c.data();
  const rule = c.rule();
  if (/ne couvre pas cette question/.test(text)) return 'not_covered';
  if (/pas bien compris|toujours pas/.test(text)) return 'fallback';
  // Small talk taken for a question ("je dois voir qui ?" is not a goodbye, "t'es sûr ?" not "are you a robot").
  if (/^Au revoir/.test(text)) return 'say:goodbye';
  if (/je suis un robot/.test(text)) return 'say:bot_identity';
  const answered = data.lastQuestion === message.slice(0, 500);
  if (answered && data.lastTopic === 'faq' && data.lastFaq) return `faq:${data.lastFaq}`;
  if (answered && data.lastTopic === 'aids' && data.lastAid) return `aid:${data.lastAid}`;
  // A topic dialog that first asks a detail (the town for a course, the age for the pay) sets no last topic yet.
  if (data.awaiting) return `asks:${data.awaiting}`;
  if (rule === 'small-talk' || rule === 'place-detail' || rule === 'closing') return 'say:other';
  return `topic:${data.lastTopic ?? 'none'}`;
}

const accepts = (ok: readonly Outcome[], got: Outcome): boolean => ok.some((o) => (o.endsWith('*') ? got.startsWith(o.slice(0, -1)) : o === got));

async function score(cases: readonly Case[]): Promise<{ passed: number; failures: string[] }> {
  const failures: string[] = [];
  for (const k of cases) {
    const c = await startConversation();
    for (const m of k.before) await c.send(m);
    const got = await outcomeOf(c, k.message);
    if (!accepts(k.ok, got)) failures.push(`${[...k.before, k.message].join(' → ')}: ${got} (wanted ${k.ok.join(' | ')})`);
  }
  return { passed: cases.length - failures.length, failures };
}

/** Before the FAQ calibration (branch faq-calibration): 16/42 and 13/24. After it, 35/42 and 16/24: at least these. */
const SHORT_MIN = 35;
const FOLLOW_UP_MIN = 16;

describe('short and ambiguous questions, and follow-ups (a table of our own)', () => {
  it('a few generic words or a shared stem never give a confident unrelated answer', async () => {
    const { passed, failures } = await score(SHORT);
    process.stdout.write(`short questions: ${passed}/${SHORT.length}\n${failures.join('\n')}\n`);
    expect(SHORT.length).toBeGreaterThanOrEqual(40);
    expect(passed, failures.join('\n')).toBeGreaterThanOrEqual(SHORT_MIN);
  }, 300_000);

  it('a follow-up goes where its own words lead', async () => {
    const { passed, failures } = await score(FOLLOW_UPS);
    process.stdout.write(`follow-ups: ${passed}/${FOLLOW_UPS.length}\n${failures.join('\n')}\n`);
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(20);
    expect(passed, failures.join('\n')).toBeGreaterThanOrEqual(FOLLOW_UP_MIN);
  }, 300_000);
});
