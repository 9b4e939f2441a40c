/**
 * Panama's days of national celebration and mourning (Código de Trabajo art. 46; 20 December
 * by Ley 291 de 2022). When one falls on a Sunday, the following Monday is the day off.
 */

export interface Holiday {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  name: { es: string; en: string };
}

const DAY_MS = 86_400_000;

const ymd = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10);
const utcDate = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day);

/** Easter Sunday (UTC midnight) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return utcDate(year, Math.floor(n / 31), (n % 31) + 1);
}

const FIXED: readonly [month: number, day: number, es: string, en: string, since?: number][] = [
  [1, 1, 'Año Nuevo', "New Year's Day"],
  [1, 9, 'Día de los Mártires', "Martyrs' Day"],
  [5, 1, 'Día del Trabajador', 'Labour Day'],
  [11, 3, 'Separación de Panamá de Colombia', 'Separation from Colombia'],
  [11, 5, 'Día de Colón', 'Colón Day'],
  [11, 10, 'Primer Grito de Independencia de la Villa de Los Santos', 'First Cry of Independence'],
  [11, 28, 'Independencia de Panamá de España', 'Independence from Spain'],
  [12, 8, 'Día de las Madres', "Mothers' Day"],
  [12, 20, 'Día de Duelo Nacional', 'National Day of Mourning', 2022],
  [12, 25, 'Navidad', 'Christmas Day'],
];

function compute(year: number): readonly Holiday[] {
  const days = new Map<number, Holiday['name']>();
  for (const [month, day, es, en, since] of FIXED) {
    if (since === undefined || year >= since) days.set(utcDate(year, month, day), { es, en });
  }
  const easter = easterSunday(year);
  days.set(easter - 47 * DAY_MS, { es: 'Martes de Carnaval', en: 'Carnival Tuesday' });
  days.set(easter - 2 * DAY_MS, { es: 'Viernes Santo', en: 'Good Friday' });

  for (const [day, name] of [...days]) {
    if (new Date(day).getUTCDay() !== 0) continue;
    let monday = day + DAY_MS;
    while (days.has(monday)) monday += DAY_MS;
    days.set(monday, { es: `${name.es} (se disfruta el lunes)`, en: `${name.en} (observed)` });
  }

  return Object.freeze(
    [...days]
      .sort(([a], [b]) => a - b)
      .map(([day, name]) => Object.freeze({ date: ymd(day), name: Object.freeze(name) })),
  );
}

const byYear = new Map<number, { list: readonly Holiday[]; dates: ReadonlySet<string> }>();

function cached(year: number) {
  let entry = byYear.get(year);
  if (!entry) {
    const list = compute(year);
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    byYear.set(year, entry);
  }
  return entry;
}

/** The year's days off, in date order, Sunday holidays followed by their observed Monday. */
export function holidaysOf(year: number): readonly Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  return cached(year).list;
}

/** Whether the local date `YYYY-MM-DD` is a day off in Panama. */
export function isHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && cached(year).dates.has(date);
}
