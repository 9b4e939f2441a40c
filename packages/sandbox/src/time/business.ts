import { isHoliday } from './holidays.js';

/** Panama keeps UTC−5 all year (no daylight saving), so a fixed offset is exact. */
const OFFSET_MS = -5 * 3_600_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Public entities' hours, local time: [08:00, 16:00). */
const OPEN_MS = 8 * HOUR_MS;
const CLOSE_MS = 16 * HOUR_MS;
export const BUSINESS_HOURS_PER_DAY = (CLOSE_MS - OPEN_MS) / HOUR_MS;

export interface PanamaParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function panamaParts(ms: number): PanamaParts {
  const local = new Date(ms + OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: local.getUTCDay(),
  };
}

/** The local calendar date `YYYY-MM-DD` in Panama. */
export const panamaDate = (ms: number): string =>
  new Date(ms + OFFSET_MS).toISOString().slice(0, 10);

/** Instant of the local midnight that starts the day containing `ms`. */
const startOfLocalDay = (ms: number): number =>
  Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;

const isBusinessDay = (ms: number): boolean => {
  const weekday = panamaParts(ms).weekday;
  return weekday !== 0 && weekday !== 6 && !isHoliday(panamaDate(ms));
};

export function isBusinessTime(ms: number): boolean {
  const sinceMidnight = ms - startOfLocalDay(ms);
  return sinceMidnight >= OPEN_MS && sinceMidnight < CLOSE_MS && isBusinessDay(ms);
}

/**
 * The instant at which `hours` of business time have elapsed since `fromMs`. Outside business
 * hours the count starts at the next opening; a count that ends exactly at closing time ends
 * then, not at the next opening.
 */
export function addBusinessHours(fromMs: number, hours: number): number {
  if (!Number.isFinite(fromMs) || !Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Cannot add ${hours} business hours to ${fromMs}`);
  }
  let remaining = hours * HOUR_MS;
  let cursor = fromMs;
  for (;;) {
    const midnight = startOfLocalDay(cursor);
    if (isBusinessDay(midnight)) {
      const open = midnight + OPEN_MS;
      const close = midnight + CLOSE_MS;
      if (cursor < open) cursor = open;
      if (cursor < close) {
        if (remaining <= close - cursor) return cursor + remaining;
        remaining -= close - cursor;
      }
    }
    cursor = midnight + DAY_MS;
  }
}

/** Due at the same business-time offset `days` business days later (8 business hours each). */
export const addBusinessDays = (fromMs: number, days: number): number =>
  addBusinessHours(fromMs, days * BUSINESS_HOURS_PER_DAY);

export interface SlaSpec {
  value: number;
  /** 'hours' are calendar hours; 'business_days' and any unknown unit use business time. */
  unit: string;
}

export function dueAt(fromMs: number, sla: SlaSpec): number {
  return sla.unit === 'hours' ? fromMs + sla.value * HOUR_MS : addBusinessDays(fromMs, sla.value);
}

export type SlaState = 'on_time' | 'due_soon' | 'overdue' | 'met' | 'missed';

/** Where a case stands against its deadline; due soon means under 20% of the window is left. */
export function slaState(
  nowMs: number,
  createdMs: number,
  dueMs: number,
  resolvedMs?: number | null,
): SlaState {
  if (resolvedMs != null) return resolvedMs <= dueMs ? 'met' : 'missed';
  if (nowMs > dueMs) return 'overdue';
  return (dueMs - nowMs) * 5 < dueMs - createdMs ? 'due_soon' : 'on_time';
}
