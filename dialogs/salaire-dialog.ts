import type { TurnContext } from 'botbuilder';
import { formatDateFr } from '../src/knowledge/messages.js';
import {
  apprenticeMonthlyPay,
  comparePay,
  disabilityExtensionPay,
  professionalisationMonthlyPay,
  type PayOutOfRange,
  type PayRule,
  type ProfessionalisationPay,
} from '../src/rules/salary.js';
import { answerCard, reply, type CardFact } from './support/replies.js';
import { bySourceAuthority, checkedSourceLine } from './support/knowledge-views.js';
import type { Offer } from './support/actions.js';
import type { Slot } from './support/state.js';
import { offer, offerTitled, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';
import { payBandChange } from './support/person-conditions.js';
import { payBandKept, type PayBandKept } from './support/pay-band-kept.js';
import { AGE_IN_BAND, type AgeBand } from '../src/nlu/entities/age-band.js';

export const SALAIRE_DIALOG = 'salaire';

/** The FAQ entry on a pay under the minimum: what to do, offered when a pay told is under it. */
const PAY_UNDER_MINIMUM_FAQ = 'salaire-inferieur-minimum';
/** The FAQ entry on a contract made longer for a disability: its source is the rule's (fiche "contrat aménagé"). */
const DISABILITY_EXTENSION_FAQ = 'handicap-duree-remuneration';

/**
 * Minimum pay of an apprentice (or a contrat de professionnalisation): the figure with its rule, the SMIC value and
 * its date. Needs the age; without the contract year it gives the three years side by side. Follow-ups such as
 * "et pour 19 ans ?" or "et la 2e année ?" come back here with the profile updated.
 */
export class SalaireDialog extends TopicDialog {
  constructor() {
    super(SALAIRE_DIALOG, 'salary');
  }

  protected override intro(slot: Slot, turn: Turn): string | undefined {
    if (slot !== 'age') return undefined;
    const smic = turn.kb.knowledge.parameters.smic;
    // "contrat pro sans le bac, c'est combien ?": the contrat pro's own rule and rates, for the level told, never the apprentice's.
    if (turn.data.profile.contractType === 'professionnalisation') {
      return [say(turn, 'salary.pro.rule_intro', { smic: smic.gross_monthly, smic_date: formatDateFr(smic.value_date) }), ...this.proGridLines(turn)].join('\n');
    }
    const intro = say(turn, 'salary.rule_intro', { smic: smic.gross_monthly, smic_date: formatDateFr(smic.value_date) });
    // A pay told before the age is known ("on me verse 620 €"): the grid by age and year, so the person can place
    // themself at once; the age asked next settles the comparison.
    return turn.data.profile.payTold ? [intro, ...this.gridLines(turn)].join('\n') : intro;
  }

  /** The minimum pay grid, one line per age band: the percentages of the SMIC by contract year. */
  private gridLines(turn: Turn): string[] {
    const bands = turn.kb.knowledge.parameters.apprentice_pay.bands;
    return bands.map((band, i) => {
      const ages = bandAges(turn, band, i);
      const { year_1, year_2, year_3 } = band.percent_by_year;
      return year_1 === year_2 && year_2 === year_3
        ? say(turn, 'salary.grid.line_same', { ages, percent: year_1 })
        : say(turn, 'salary.grid.line', { ages, y1: year_1, y2: year_2, y3: year_3 });
    });
  }

  /** The contrat pro's rates by age band, for the level held when told (below the bac, or the bac and more), else both. */
  private proGridLines(turn: Turn): string[] {
    const bands = turn.kb.knowledge.parameters.professionalisation_pay.bands;
    return proLevels(turn.data.profile.levelHeld).flatMap((level) => [
      say(turn, `salary.pro.grid.${level}`),
      ...bands.map((band, i) => say(turn, 'salary.pro.grid.line', { ages: bandAges(turn, band, i), percent: band[level] })),
    ]);
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const profile = turn.data.profile;
    const params = turn.kb.knowledge.parameters;
    // "combien gagne un apprenti mineur ?": a band of the grid said instead of an age, answered as "À moins de 18 ans".
    const band = ageBandAsked(turn);
    // "j'ai 21 ans en mars": the pay of today's age first, then the band that starts the month after the birthday.
    const birthday = band ? undefined : payBandChange(params, profile);
    const age = band ? AGE_IN_BAND[band] : (birthday?.before ?? (profile.age as number));
    const shownAge: number | string = band ? say(turn, `salary.age_band.${band}`) : age;

    if (profile.contractType === 'professionnalisation') {
      await this.answerProfessionalisation(context, turn, age, shownAge);
      return;
    }
    // The extra year of a contract made longer for a disability has its own rate: never the grid's year again.
    if (this.asksDisabilityExtension(turn)) {
      await this.answerDisabilityExtension(context, turn, age);
      return;
    }
    // An RQTH said earlier lifts the upper age limit: the pay of the age, never "too old to sign".
    const derogation = profile.disability === true && age > params.apprentice_pay.max_age;
    const result = apprenticeMonthlyPay(params, { age, year: profile.contractYear, derogation });
    if (result.kind === 'out_of_range') {
      await context.sendActivity(this.outOfRange(turn, result));
      return;
    }
    const lines: string[] = [];
    const facts: CardFact[] = [];
    const extra: Offer[] = [];
    let text: string;
    let otherYears: number[];
    // The pay told is compared (and forgotten) below: whether it was told decides the lead kept after it.
    const payWasTold = profile.payTold !== undefined;
    if (result.kind === 'apprentice_pay') {
      text = say(turn, 'salary.answer.year', {
        age: shownAge,
        year_label: say(turn, `label.year.${result.year}`),
        gross: result.gross,
        percent: result.percent,
      });
      facts.push(this.yearFact(turn, result.year, result.gross, result.percent));
      otherYears = [1, 2, 3].filter((y) => y !== result.year);
      text = this.withPayTold(turn, text, result.gross, lines, extra);
    } else if (result.lines.every((l) => l.percent === result.lines[0]!.percent)) {
      // From 26 the rate no longer depends on the year: one figure, not a table of three equal lines.
      const line = result.lines[0]!;
      text = say(turn, 'salary.answer.same', { age: shownAge, gross: line.gross, percent: line.percent });
      // The card holds the figure as a row ("Chaque année"), not the lead sentence said a second time.
      facts.push({ title: say(turn, 'label.year.every'), value: say(turn, 'salary.table_value', { gross: line.gross, percent: line.percent }) });
      otherYears = [];
      text = this.withPayTold(turn, text, line.gross, lines, extra);
    } else {
      text = say(turn, 'salary.answer.table', { age: shownAge });
      // "en 3e année de BUT": the year of study is not the contract's; which year counts, before the three.
      if (profile.studyYear !== undefined) text = `${say(turn, 'salary.study_year', { year_label: say(turn, `label.year.${Math.min(profile.studyYear, 4)}`) })} ${text}`;
      // A pay told needs the year to be compared: the table, then the one question that settles it.
      const told = profile.payTold;
      // Round 32: a gross pay under the lowest minimum of the table (the 1st year's) is under it whatever the year:
      // compared at once, not asked the year (review 22, J3: 800 € at 19, under the 802,82 € of the 1st year).
      const lowest = Math.min(...result.lines.map((l) => l.gross));
      if (told && comparePay(told, lowest) === 'below') text = this.withPayTold(turn, text, lowest, lines, extra, 'salary.pay_told.below_every_year', true);
      else if (told) text = `${text}\n${say(turn, 'salary.pay_told.ask_year', { amount: told.amount })}`;
      // Pay by year is a table: a FactSet, one row per year.
      for (const line of result.lines) facts.push(this.yearFact(turn, line.year, line.gross, line.percent));
      otherYears = result.lines.map((l) => l.year);
    }
    // After one figure, the next band's follows it; a table's lead introduces the table, so the next band opens its notes.
    if (birthday && result.kind === 'apprentice_pay') {
      text = `${text} ${this.afterBirthday(turn, birthday.after, profile.contractYear)}`;
      this.withBandAfterBirthday(turn, facts, age, birthday.after, profile.contractYear);
    } else if (birthday && result.kind === 'apprentice_pay_table' && profile.studyYear === undefined && !payWasTold) {
      // "elle aura 18 ans en mars": the coming band is what was asked, so it is said in the answer, in euros, not
      // folded behind the card's "En savoir plus" under a lead that named only today's age (review 16, P1).
      text = `${say(turn, 'salary.answer.table_before_birthday', { age })} ${this.afterBirthday(turn, birthday.after, profile.contractYear, true)}`;
      this.withBandAfterBirthday(turn, facts, age, birthday.after, profile.contractYear);
    } else if (birthday) lines.unshift(this.afterBirthday(turn, birthday.after, profile.contractYear));
    // "il fêtera ses 17 ans en mars, ça change quelque chose ?": a birthday told now that keeps the band changes
    // nothing, said first (pay-band-kept.ts), then the figures that stay.
    const kept = !band && !birthday && turn.understanding.facts.ageSoon !== undefined ? payBandKept(params, profile) : undefined;
    if (kept) text = `${this.bandKept(turn, kept)} ${text}`;
    if (derogation) lines.unshift(say(turn, 'salary.rqth_no_age_limit'));
    // At the grid's last age ("après mes 30 ans", "à 30 ans je toucherai combien ?") a contract can no longer be signed
    // in principle: the figure is that of a contract signed before, or of an exception, said so before it, never as
    // the rule for someone who would sign now. An RQTH told lifts the limit.
    const limit = params.apprentice_pay.max_age;
    if (!derogation && profile.disability !== true && age >= limit) text = `${say(turn, 'salary.signed_before_limit', { age, limit })} ${text}`;
    if (result.rule.basis === 'smic_or_collective_minimum') lines.push(say(turn, 'salary.collective_note'));
    lines.push(say(turn, 'salary.gross_note'));
    await context.sendActivity(
      reply(text, {
        card: answerCard(turn, {
          title: say(turn, 'salary.card_title'),
          facts,
          notes: lines,
          sources: [this.source(turn, result.rule)],
          buttons: [{ kind: 'link', title: say(turn, 'salary.simulator'), url: 'https://www.1jeune1solution.gouv.fr/apprentissage/simulation' }],
        }),
        quickReplies: [
          ...extra,
          ...otherYears.map((y) => offerTitled(turn, say(turn, `label.year.${y}`), { do: 'year', year: y })),
          offer(turn, 'choice.aids'),
          offer(turn, 'choice.training'),
        ],
      }),
    );
  }

  /** "Ça ne change rien : à 17 ans, il reste dans la même tranche d'âge (moins de 18 ans) …", and when the next band starts. */
  private bandKept(turn: Turn, kept: PayBandKept): string {
    const ages = bandAges(turn, kept.band, kept.index).toLowerCase();
    const same = say(turn, 'salary.birthday.same_band', { age: kept.age, ages });
    return kept.nextBandAge === undefined ? same : `${same} ${say(turn, 'salary.birthday.next_band', { age: kept.nextBandAge })}`;
  }

  /** The pay of the next band, from the 1st day of the month after the birthday said to be coming. */
  private afterBirthday(turn: Turn, after: number, year: number | undefined, inEuros = false): string {
    const pay = apprenticeMonthlyPay(turn.kb.knowledge.parameters, { age: after, year });
    if (pay.kind === 'apprentice_pay') {
      return say(turn, 'salary.birthday.year', { age: after, gross: pay.gross, percent: pay.percent, year_label: say(turn, `label.year.${pay.year}`) });
    }
    if (pay.kind === 'apprentice_pay_table' && inEuros && pay.lines.length === 3) {
      const [l1, l2, l3] = pay.lines as [typeof pay.lines[number], typeof pay.lines[number], typeof pay.lines[number]];
      return say(turn, 'salary.birthday.table_amounts', { age: after, g1: l1.gross, g2: l2.gross, g3: l3.gross, y1: l1.percent, y2: l2.percent, y3: l3.percent });
    }
    if (pay.kind === 'apprentice_pay_table') {
      const [y1, y2, y3] = pay.lines.map((l) => l.percent);
      return say(turn, 'salary.birthday.table', { age: after, y1: y1 ?? '', y2: y2 ?? '', y3: y3 ?? '' });
    }
    return '';
  }

  /**
   * The answer's lead with the pay the person told compared with the minimum of their age and year ("on me verse
   * 650 €"): under it, what to do first in the card and the FAQ entry on it one click away. Compared once: a later
   * "et en 3e année ?" is a question about the grid, not about that payslip.
   */
  private withPayTold(turn: Turn, text: string, minimum: number, notes: string[], extra: Offer[], belowKey = 'salary.pay_told.below', keepTold = false): string {
    const told = turn.data.profile.payTold;
    if (!told) return text;
    // Under the lowest minimum, compared before the year is known: the pay stays told (keepTold), so the year given
    // next gets the exact gap of that year (then it is compared once).
    if (!keepTold) delete turn.data.profile.payTold;
    const verdict = comparePay(told, minimum);
    const gap = Math.round((minimum - told.amount) * 100) / 100;
    const sentence = say(turn, verdict === 'below' ? belowKey : `salary.pay_told.${verdict}`, { amount: told.amount, gap });
    if (verdict === 'below') {
      notes.unshift(say(turn, 'salary.pay_told.what_to_do'));
      const entry = turn.kb.search.faqEntry(PAY_UNDER_MINIMUM_FAQ);
      if (entry) extra.push(offerTitled(turn, entry.questions[0] as string, { do: 'faq', id: entry.id }));
      // "et je fais quoi du coup ?" next: that entry's advice (what-now-after-answer).
      if (entry) turn.data.adviceFaq = entry.id;
    }
    return `${text} ${sentence}`;
  }

  /**
   * "avec ma RQTH on prolonge d'un an, je touche combien ?", "et en 4e année avec une RQTH ?": a disability told (now
   * or before) and an extra year asked. A 4th year is the extra one (contracts last three years at most otherwise).
   */
  private asksDisabilityExtension(turn: Turn): boolean {
    const profile = turn.data.profile;
    if (profile.disability !== true || profile.contractType === 'professionnalisation') return false;
    return turn.understanding.facts.extendedContract === true || profile.contractYear === 4;
  }

  /**
   * The extra year's minimum pay: the rate of the year before it plus the bonus points, worked out with the person's
   * age. Without the year told, after a 2nd year (a two-year CAP) and after a 3rd, side by side.
   */
  private async answerDisabilityExtension(context: TurnContext, turn: Turn, age: number): Promise<void> {
    const params = turn.kb.knowledge.parameters;
    const told = turn.data.profile.contractYear;
    const lastYears: (2 | 3)[] = told === 2 ? [2] : told === 3 || told === 4 ? [3] : [2, 3];
    const facts: CardFact[] = [];
    let rule: PayRule | undefined;
    let lead = '';
    for (const lastYear of lastYears) {
      const pay = disabilityExtensionPay(params, { age, lastYear });
      if (pay.kind === 'out_of_range') {
        await context.sendActivity(this.outOfRange(turn, pay));
        return;
      }
      rule = pay.rule;
      const values = { age, gross: pay.gross, percent: pay.percent, last_percent: pay.lastPercent, points: pay.bonusPoints, year_label: say(turn, `label.year.${lastYear}`) };
      if (lastYears.length === 1) lead = say(turn, 'salary.extension.answer', values);
      facts.push({ title: say(turn, 'salary.extension.after', values), value: say(turn, 'salary.extension.value', values) });
    }
    if (!rule) return;
    if (lead === '') lead = say(turn, 'salary.extension.answer_table', { age, points: params.apprentice_pay.disability_extension_bonus_points });
    const entry = turn.kb.search.faqEntry(DISABILITY_EXTENSION_FAQ);
    const extensionSource = entry ? bySourceAuthority(entry.sources, (s) => s.url)[0] : undefined;
    await context.sendActivity(
      reply(lead, {
        card: answerCard(turn, {
          title: say(turn, 'salary.extension.card_title'),
          facts,
          notes: [say(turn, 'salary.gross_note')],
          sources: [
            ...(extensionSource && entry ? [checkedSourceLine(turn, extensionSource, entry.verified_on)] : []),
            this.source(turn, rule),
          ],
        }),
        quickReplies: [offerTitled(turn, say(turn, 'label.year.1'), { do: 'year', year: 1 }), offer(turn, 'choice.aids'), offer(turn, 'choice.training')],
      }),
    );
  }

  private async answerProfessionalisation(context: TurnContext, turn: Turn, age: number, shownAge: number | string = age): Promise<void> {
    const params = turn.kb.knowledge.parameters;
    const pays: ProfessionalisationPay[] = [];
    for (const level of proLevels(turn.data.profile.levelHeld)) {
      const r = professionalisationMonthlyPay(params, { age, level });
      if (r.kind === 'out_of_range') {
        await context.sendActivity(this.outOfRange(turn, r));
        return;
      }
      pays.push(r);
    }
    const [first] = pays;
    if (!first) return;
    // One line when the diploma held makes no difference (from 26: the SMIC for all), not the same figure twice.
    const sameForAll = pays.length > 1 && pays.every((r) => r.percent === first.percent);
    const lines = sameForAll
      ? [say(turn, 'salary.pro.line.any_level', { gross: first.gross, percent: first.percent })]
      : pays.map((r) => say(turn, `salary.pro.line.${r.level}`, { gross: r.gross, percent: r.percent }));
    if (first.collectiveMinimumPercent !== undefined) lines.push(say(turn, 'salary.pro.collective_minimum', { percent: first.collectiveMinimumPercent }));
    // A contrat pro employee is not an apprentice; past the last band no birthday raises the rate.
    lines.push(say(turn, first.lastBand ? 'salary.pro.gross_note_last_band' : 'salary.pro.gross_note'));
    await context.sendActivity(
      reply(say(turn, sameForAll ? 'salary.pro.answer_any_level' : 'salary.pro.answer', { age: shownAge }), {
        card: answerCard(turn, { title: say(turn, 'salary.pro.card_title'), lines, sources: [this.source(turn, first.rule)] }),
        quickReplies: [offer(turn, 'choice.salary_apprentice'), offer(turn, 'choice.aids')],
      }),
    );
  }

  private outOfRange(turn: Turn, r: PayOutOfRange): ReturnType<typeof reply> {
    const params = turn.kb.knowledge.parameters;
    switch (r.reason) {
      case 'below_minimum_age':
        return reply(say(turn, 'salary.too_young', { age: r.age }), { quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human')] });
      case 'above_maximum_age': {
        const band = params.apprentice_pay.bands.find((b) => b.id === r.bandIfDerogation);
        const percent = band?.percent_by_year.year_1 ?? 100;
        return reply(say(turn, 'salary.too_old', { age: r.age, max: r.maxAge, percent, gross: Math.round(params.smic.gross_monthly * percent) / 100 }), {
          quickReplies: [offer(turn, 'choice.salary_pro'), offer(turn, 'choice.human')],
        });
      }
      default:
        return reply(say(turn, 'salary.invalid'), { quickReplies: [offer(turn, 'choice.human')] });
    }
  }

  /**
   * The card shows what the text says (review 17, J5: the text gave the pay from 18, the card only the pay at 17): the
   * rows of today's age titled with it, then the rows of the band that starts after the birthday.
   */
  private withBandAfterBirthday(turn: Turn, facts: CardFact[], before: number, after: number, year: number | undefined): void {
    const pay = apprenticeMonthlyPay(turn.kb.knowledge.parameters, { age: after, year });
    const lines = pay.kind === 'apprentice_pay' ? [pay] : pay.kind === 'apprentice_pay_table' ? pay.lines : [];
    if (lines.length === 0) return;
    facts.forEach((f, i) => (facts[i] = { ...f, title: say(turn, 'salary.fact_at_age', { year_label: f.title, age: before }) }));
    for (const l of lines) {
      facts.push({ title: say(turn, 'salary.fact_from_age', { year_label: say(turn, `label.year.${l.year}`), age: after }), value: say(turn, 'salary.table_value', { gross: l.gross, percent: l.percent }) });
    }
  }

  private yearFact(turn: Turn, year: number, gross: number, percent: number): CardFact {
    return { title: say(turn, `label.year.${year}`), value: say(turn, 'salary.table_value', { gross, percent }) };
  }

  private source(turn: Turn, rule: PayRule): string {
    return say(turn, 'salary.source', {
      smic: rule.smicGrossMonthly,
      smic_date: formatDateFr(rule.smicValueDate),
      data_date: formatDateFr(rule.dataDate),
    });
  }
}

/** The ages of a grid's band as its line names them: the first "Moins de 18 ans", the last open one "26 ans et plus". */
function bandAges(turn: Turn, band: { min_age: number; max_age: number | null }, i: number): string {
  if (i === 0) return say(turn, 'salary.grid.under', { age: band.max_age! + 1 });
  return band.max_age === null ? say(turn, 'salary.grid.from', { age: band.min_age }) : say(turn, 'salary.grid.between', { min: band.min_age, max: band.max_age });
}

/** The rows of the contrat pro grid for a level held: below the bac, the bac or more, or both when it is not known. */
function proLevels(held: number | undefined): readonly ('below_bac' | 'bac_or_higher')[] {
  if (held === undefined) return ['below_bac', 'bac_or_higher'];
  return held >= 4 ? ['bac_or_higher'] : ['below_bac'];
}

/** The band of the pay grid the pay is asked for: said in this message, else said before and no age told since. */
function ageBandAsked(turn: Turn): AgeBand | undefined {
  return turn.understanding.facts.ageBand ?? (turn.data.profile.age === undefined ? turn.data.profile.ageBand : undefined);
}
