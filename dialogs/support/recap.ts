import { formatDateFr, formatNumberFr, withDe } from '../../src/knowledge/messages.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import type { RecapDocumentInput, RecapItem, RecapSection } from '../../src/recap/document.js';
import { recapDocumentSchema, type RecapDocument } from '../../src/recap/document.js';
import { aidConcerns, evaluateAids, type AidEvaluation } from '../../src/rules/aids.js';
import { apprenticePayTable } from '../../src/rules/salary.js';
import { aidAudience, aidHowToApply, aidLine, aidProfileOf, aidSourceLine } from './aid-views.js';
import { diplomaTypesFor } from './diploma-types.js';
import { placesMap } from './place-map.js';
import { diplomaLine, importedSources, rankDiplomas, tradeShortName } from './knowledge-views.js';
import { registerOfTurn, say, type Turn } from './turn.js';

const MAX_DIPLOMAS = 4;
const MAX_PLACES = 5;
const OFFERS_PER_PLACE = 3;
const MAX_AIDS = 5;
/** The contacts every récap ends with: the free line, the Mission Locale, La bonne alternance. */
const CONTACTS = ['numero-vert-0800', 'missions-locales', 'la-bonne-alternance'];

type SectionInput = RecapDocumentInput['sections'][number];
type ItemInput = Partial<RecapItem> & { text: string };

/**
 * The récap of a conversation, from what its state already holds (trade, diploma aimed, town, age, persona): the
 * trade, its diplomas with their level, the nearest places with km and the data's year, the pay for the person's
 * age, the aids that fit with their source, the next steps, the contacts and the reference code. Every sentence is
 * a message of messages.fr.yaml or a knowledge record, in the person's register. Reads the turn; changes nothing.
 */
export function buildRecap(turn: Turn, referenceCode: string): RecapDocument {
  const k = turn.kb.knowledge;
  const p = turn.data.profile;
  const sections: SectionInput[] = [];
  // The trade an answer was about, not the last trade word read (which may be a passing one).
  const trade = p.tradeDiscussed ? k.trades.get(p.tradeDiscussed) : undefined;
  const commune = p.communeInsee ? k.communes.get(p.communeInsee) : undefined;
  const types = p.diplomaType ? diplomaTypesFor(p.diplomaType) : undefined;

  let diplomas: Diploma[] = [];
  if (trade) {
    const typed = types ? turn.kb.search.diplomasForTrade(trade, types) : [];
    diplomas = rankDiplomas(k, typed.length > 0 ? typed : turn.kb.search.diplomasForTrade(trade), trade);
    sections.push({
      id: 'trade',
      heading: say(turn, 'recap.section.trade'),
      items: [{ text: trade.label, details: trade.domains && trade.domains.length > 0 ? [say(turn, 'trade.domain', { domain: trade.domains.join(', ') })] : [] }],
      sources: importedSources(turn, k.tradeSources, trade.sources),
    });
  } else if (types) {
    const wanted = new Set(types);
    diplomas = rankDiplomas(k, [...k.diplomas.values()].filter((d) => wanted.has(d.type) && d.active && k.establishmentsByDiploma.has(d.id)));
  }
  if (trade && diplomas.length > 0) {
    sections.push({
      id: 'diplomas',
      heading: say(turn, 'recap.section.diplomas'),
      items: diplomas.slice(0, MAX_DIPLOMAS).map((d) => ({ text: diplomaLine(turn, d) })),
      sources: importedSources(turn, k.diplomaSources, [...new Set(diplomas.slice(0, MAX_DIPLOMAS).flatMap((d) => d.sources))].sort()),
    });
  } else if (p.diplomaType) {
    sections.push({ id: 'diplomas', heading: say(turn, 'recap.section.diplomas'), items: [{ text: say(turn, 'recap.diploma_aimed', { type: p.diplomaType }) }] });
  }

  let map: RecapDocumentInput['map'];
  if (commune && diplomas.length > 0) {
    const found = turn.kb.search.nearestEstablishments(commune, diplomas.map((d) => d.id), MAX_PLACES);
    if (found.results.length > 0) {
      const sourceIds = new Set<string>();
      const items: ItemInput[] = found.results.map((r) => {
        const shown = r.offers.slice(0, OFFERS_PER_PLACE);
        // The page cites the catalogues (and their dates) of the offers it shows, as the card does.
        for (const o of shown) sourceIds.add(o.source);
        return {
          text: say(turn, 'recap.place', { name: r.establishment.name, place: r.commune?.name ?? '', km: formatKm(r.km) }),
          details: shown.map((o) => say(turn, 'training.offer', { title: o.diploma.title, year: String(o.year) })),
        };
      });
      map = placesMap(turn, commune, found.results);
      sections.push({
        id: 'places',
        heading: say(turn, 'recap.section.places', { de_town: withDe(commune.name) }),
        items,
        notes: found.radiusKm !== undefined && found.radiusKm > 20 ? [say(turn, 'training.widened', { radius: found.radiusKm })] : [],
        sources: importedSources(turn, k.establishmentSources, [...sourceIds].sort()),
      });
    }
  }

  if (p.age !== undefined) {
    const pay = apprenticePayTable(k.parameters, p.age);
    if (pay.kind === 'apprentice_pay_table') {
      sections.push({
        id: 'pay',
        heading: say(turn, 'recap.section.pay', { age: p.age }),
        items: [],
        table: pay.lines.map((l) => ({ title: say(turn, `label.year.${l.year}`), value: say(turn, 'salary.table_value', { gross: l.gross, percent: l.percent }) })),
        notes: [...(pay.rule.basis === 'smic_or_collective_minimum' ? [say(turn, 'salary.collective_note')] : []), say(turn, 'salary.gross_note')],
        sources: [say(turn, 'salary.source', { smic: pay.rule.smicGrossMonthly, smic_date: formatDateFr(pay.rule.smicValueDate), data_date: formatDateFr(pay.rule.dataDate) })],
      });
    }
  }

  const aids = aidsThatFit(turn);
  if (aids.length > 0) {
    sections.push({
      id: 'aids',
      heading: say(turn, 'recap.section.aids'),
      items: aids.map(({ aid, evaluation }) => ({
        text: aidLine(turn, aid, evaluation),
        details: [aidHowToApply(turn, aid)],
        source: aidSourceLine(turn, aid),
        link: { title: say(turn, 'link.source'), url: aid.source.url },
      })),
    });
  }

  sections.push({ id: 'next', heading: say(turn, 'recap.section.next'), items: nextSteps(turn, { trade: !!trade, place: !!map, code: spaced(referenceCode) }) });
  sections.push({ id: 'contacts', heading: say(turn, 'recap.section.contacts'), items: contacts(turn) });

  return recapDocumentSchema.parse({
    register: registerOfTurn(turn),
    title: say(turn, 'recap.title'),
    intro: say(turn, sections.length > 2 ? 'recap.intro' : 'recap.intro_empty', { date: formatDateFr(turn.today) }),
    sections,
    ...(map ? { map } : {}),
    code: spaced(referenceCode),
    codeLine: say(turn, 'recap.code_line'),
  } satisfies RecapDocumentInput);
}

/** The aids that apply, or may apply once a detail is known, for this person today: eligible first. */
function aidsThatFit(turn: Turn): { aid: Aid; evaluation: AidEvaluation }[] {
  const persona = aidAudience(turn.data.profile);
  const byId = new Map(turn.kb.knowledge.aids.map((a) => [a.id, a]));
  const concerned = turn.kb.knowledge.aids.filter((a) => aidConcerns(a, persona));
  return evaluateAids(concerned, aidProfileOf({ ...turn.data.profile, persona }, undefined, turn.kb.knowledge.parameters), turn.today)
    .filter((e) => e.status === 'eligible' || (e.status === 'unknown' && !e.missing.includes('disability')))
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1))
    .slice(0, MAX_AIDS)
    .flatMap((evaluation) => {
      const aid = byId.get(evaluation.aidId);
      return aid ? [{ aid, evaluation }] : [];
    });
}

function nextSteps(turn: Turn, known: { trade: boolean; place: boolean; code: string }): ItemInput[] {
  const steps: ItemInput[] = [];
  if (!known.trade) steps.push({ text: say(turn, 'recap.next.choose_trade') });
  steps.push({ text: say(turn, known.place ? 'recap.next.contact_cfa' : 'recap.next.find_place') });
  steps.push({ text: say(turn, 'recap.next.find_employer') });
  steps.push({ text: say(turn, 'recap.next.call', { code: known.code }) });
  return steps;
}

function contacts(turn: Turn): ItemInput[] {
  const register = registerOfTurn(turn);
  return CONTACTS.flatMap((id) => {
    const c = turn.kb.knowledge.contacts.find((x) => x.id === id);
    if (!c) return [];
    const link = c.phone ? { title: c.phone.display, url: `tel:${c.phone.e164}` } : c.url ? { title: c.name, url: c.url } : undefined;
    return [{ text: `${c.name} : ${c.what_for[register]}`, ...(c.how_to_reach ? { details: [c.how_to_reach[register]] } : {}), ...(link ? { link } : {}) }];
  });
}

function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function formatKm(km: number): string {
  return km < 1 ? '< 1' : formatNumberFr(Math.round(km));
}

/** Whether a section of this id is in the document (tests and the dialog's reply). */
export function hasSection(doc: RecapDocument, id: RecapSection['id']): boolean {
  return doc.sections.some((s) => s.id === id);
}
