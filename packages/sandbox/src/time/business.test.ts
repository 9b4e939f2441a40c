import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessHours,
  dueAt,
  isBusinessTime,
  panamaDate,
  panamaParts,
  slaState,
} from './business.js';

/** An instant given as Panama local time (UTC−5). */
const pa = (local: string) => Date.parse(`${local}-05:00`);
const H = 3_600_000;

describe('panamaParts', () => {
  it('reads the wall clock at UTC−5', () => {
    const ms = Date.parse('2026-01-01T04:59:00Z');
    expect(panamaParts(ms)).toEqual({
      year: 2025,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      weekday: 3,
    });
    expect(panamaDate(ms)).toBe('2025-12-31');
  });
});

describe('isBusinessTime', () => {
  it('is open Monday to Friday from 08:00 to 16:00, closing time excluded', () => {
    expect(isBusinessTime(pa('2026-01-14T08:00'))).toBe(true);
    expect(isBusinessTime(pa('2026-01-14T15:59:59.999'))).toBe(true);
    expect(isBusinessTime(pa('2026-01-14T07:59:59.999'))).toBe(false);
    expect(isBusinessTime(pa('2026-01-14T16:00'))).toBe(false);
    expect(isBusinessTime(pa('2026-01-17T10:00'))).toBe(false); // Saturday
    expect(isBusinessTime(pa('2026-11-03T10:00'))).toBe(false); // holiday
  });
});

describe('addBusinessHours', () => {
  it('counts within a day and ends at closing time', () => {
    expect(addBusinessHours(pa('2026-01-14T09:30'), 2)).toBe(pa('2026-01-14T11:30'));
    expect(addBusinessHours(pa('2026-01-14T08:00'), 8)).toBe(pa('2026-01-14T16:00'));
  });

  it('skips the weekend', () => {
    expect(addBusinessHours(pa('2026-01-16T15:00'), 3)).toBe(pa('2026-01-19T10:00'));
  });

  it('starts counting at the next opening when started at night or before opening', () => {
    expect(addBusinessHours(pa('2026-01-13T22:00'), 2)).toBe(pa('2026-01-14T10:00'));
    expect(addBusinessHours(pa('2026-01-14T06:00'), 1)).toBe(pa('2026-01-14T09:00'));
    expect(addBusinessHours(pa('2026-01-17T12:00'), 0)).toBe(pa('2026-01-19T08:00'));
  });

  it('skips the holidays of the first weeks of November 2026', () => {
    // Business days: Mon 2, Wed 4, Fri 6, Mon 9, Wed 11 (3, 5 and 10 Nov are holidays).
    expect(addBusinessHours(pa('2026-11-02T14:00'), 32)).toBe(pa('2026-11-11T14:00'));
  });

  it('rejects negative or non-finite hours', () => {
    expect(() => addBusinessHours(0, -1)).toThrow(RangeError);
    expect(() => addBusinessHours(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('lands at the same time of day N business days later', () => {
    expect(addBusinessDays(pa('2026-01-14T10:00'), 3)).toBe(pa('2026-01-19T10:00'));
  });

  it('skips a Monday given for a Sunday holiday', () => {
    // 20 Dec 2026 is a Sunday, so Monday 21 is off.
    expect(addBusinessDays(pa('2026-12-18T10:00'), 1)).toBe(pa('2026-12-22T10:00'));
  });
});

describe('dueAt', () => {
  const from = pa('2026-01-17T07:00'); // Saturday

  it('counts hours as calendar time', () => {
    expect(dueAt(from, { value: 48, unit: 'hours' })).toBe(from + 48 * H);
  });

  it('counts business days on the business calendar', () => {
    expect(dueAt(from, { value: 2, unit: 'business_days' })).toBe(pa('2026-01-20T16:00'));
  });

  it('treats an unknown unit as business days', () => {
    expect(dueAt(from, { value: 2, unit: 'unknown' })).toBe(pa('2026-01-20T16:00'));
  });
});

describe('slaState', () => {
  const created = 0;
  const due = 1_000;

  it('is on time while at least 20% of the window is left', () => {
    expect(slaState(0, created, due)).toBe('on_time');
    expect(slaState(800, created, due)).toBe('on_time');
  });

  it('is due soon with under 20% left, up to the due instant', () => {
    expect(slaState(801, created, due)).toBe('due_soon');
    expect(slaState(1_000, created, due)).toBe('due_soon');
  });

  it('is overdue after the due instant', () => {
    expect(slaState(1_001, created, due)).toBe('overdue');
  });

  it('is met or missed once resolved, whatever the time now', () => {
    expect(slaState(5_000, created, due, 1_000)).toBe('met');
    expect(slaState(5_000, created, due, 1_001)).toBe('missed');
    expect(slaState(500, created, due, null)).toBe('on_time');
  });
});
