import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysOf, isHoliday } from './holidays.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateOf = (year: number, es: string) => holidaysOf(year).find((h) => h.name.es === es)?.date;

describe('movable holidays', () => {
  it.each([
    [2024, '2024-03-31', '2024-02-13', '2024-03-29'],
    [2025, '2025-04-20', '2025-03-04', '2025-04-18'],
    [2026, '2026-04-05', '2026-02-17', '2026-04-03'],
  ])('%i: Easter %s, Carnival Tuesday %s, Good Friday %s', (year, easter, carnival, goodFriday) => {
    expect(day(easterSunday(year))).toBe(easter);
    expect(dateOf(year, 'Martes de Carnaval')).toBe(carnival);
    expect(dateOf(year, 'Viernes Santo')).toBe(goodFriday);
    expect(isHoliday(carnival)).toBe(true);
    expect(isHoliday(goodFriday)).toBe(true);
  });
});

describe('holidaysOf', () => {
  it('lists the fixed national holidays in date order', () => {
    expect(holidaysOf(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-09',
      '2025-03-04',
      '2025-04-18',
      '2025-05-01',
      '2025-11-03',
      '2025-11-05',
      '2025-11-10',
      '2025-11-28',
      '2025-12-08',
      '2025-12-20',
      '2025-12-25',
    ]);
    expect(holidaysOf(2025).find((h) => h.date === '2025-11-28')?.name.en).toBe(
      'Independence from Spain',
    );
  });

  it('gives the following Monday off when a holiday falls on a Sunday', () => {
    // 20 Dec 2026 and 28 Nov 2027 are Sundays.
    expect(isHoliday('2026-12-20')).toBe(true);
    expect(isHoliday('2026-12-21')).toBe(true);
    expect(holidaysOf(2026).find((h) => h.date === '2026-12-21')?.name.en).toBe(
      'National Day of Mourning (observed)',
    );
    expect(isHoliday('2027-11-29')).toBe(true);
    // 28 Nov 2026 is a Saturday: no day moves.
    expect(isHoliday('2026-11-30')).toBe(false);
  });

  it('keeps 20 December only from 2022 on', () => {
    expect(isHoliday('2021-12-20')).toBe(false);
    expect(isHoliday('2022-12-20')).toBe(true);
  });

  it('caches each year and answers no for ordinary days', () => {
    expect(holidaysOf(2026)).toBe(holidaysOf(2026));
    expect(Object.isFrozen(holidaysOf(2026))).toBe(true);
    expect(isHoliday('2026-11-04')).toBe(false);
    expect(isHoliday('not a date')).toBe(false);
  });
});
