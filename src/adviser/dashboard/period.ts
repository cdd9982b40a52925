import { z } from 'zod';
import { normandyDay } from '../../services/normandy-day.js';

/**
 * The dashboard's periods and days. A day is a calendar day in Normandy (Europe/Paris), the one the advisers live
 * in, so a message at 00:30 in Caen counts for that day and not for the day before (UTC).
 */
export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

/** `?days=7|30|90` (default 30); anything else is a 400 naming the field. */
export const periodQuery = z.strictObject({
  days: z
    .enum(['7', '30', '90'])
    .default('30')
    .transform((d) => Number(d) as PeriodDays),
});

const DAY_MS = 86_400_000;
/** 'YYYY-MM-DD' of an instant, in Normandy. */
export const parisDay = normandyDay;

/** The calendar day after / before `day` (pure date arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface Period {
  days: PeriodDays;
  /** First day included. */
  from: string;
  /** Today, included. */
  to: string;
  /** Every day of the period, oldest first. */
  list: string[];
  /**
   * An instant no later than the start of `from` in Normandy (with a day's margin for the time zone): stores are
   * asked for rows after it, then rows are filed by their Normandy day.
   */
  sinceMs: number;
}

export function periodOf(days: PeriodDays, now: number): Period {
  const to = parisDay(now);
  const from = addDays(to, -(days - 1));
  const list = Array.from({ length: days }, (_, i) => addDays(from, i));
  return { days, from, to, list, sinceMs: Date.parse(`${from}T00:00:00Z`) - DAY_MS };
}

export function inPeriod(period: Period, day: string): boolean {
  return day >= period.from && day <= period.to;
}

/** The instant a Normandy day starts (00:00 in Paris, UTC+1 or UTC+2). */
export function parisDayStart(day: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  return [midnightUtc - 2 * 3_600_000, midnightUtc - 3_600_000].find((t) => parisDay(t) === day) ?? midnightUtc;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}
