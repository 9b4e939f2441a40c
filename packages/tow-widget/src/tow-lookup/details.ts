// What the widget works out from a tow: yard opening hours in Panama's time, fees as of now,
// distances. Pure functions of their arguments, so they are easy to test and to reason about.
import type { Lang } from '@panama311/elements/shared';
import type { Money, OpeningHours, Tow } from '@panama311/sdk';

const LOCALES: Record<Lang, string> = { es: 'es-PA', en: 'en-US' };
const DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const minutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const ALL_DAY = (h: OpeningHours) => h.opens === '00:00' && minutes(h.closes) >= 23 * 60 + 59;

const panamaClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Panama',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (0 = Sunday) and minute of the day in Panama at `ms`. */
export function panamaTime(ms: number): { day: number; minute: number } {
  const parts = panamaClock.formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(get('weekday')),
    minute: (Number(get('hour')) % 24) * 60 + Number(get('minute')),
  };
}

/** Whether a yard is open at `ms`, and until when, or when it opens next. */
export type YardOpenState =
  | { kind: 'always' }
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; opens: string; inDays: number; day: number }
  | { kind: 'unknown' };

export function yardOpenState(hours: readonly OpeningHours[], ms: number): YardOpenState {
  if (!hours.length) return { kind: 'unknown' };
  if ([0, 1, 2, 3, 4, 5, 6].every((d) => hours.some((h) => h.day === d && ALL_DAY(h)))) {
    return { kind: 'always' };
  }
  const now = panamaTime(ms);
  const today = hours.filter((h) => h.day === now.day);
  const current = today.find(
    (h) => minutes(h.opens) <= now.minute && now.minute < minutes(h.closes),
  );
  if (current) return { kind: 'open', closes: current.closes };
  for (let inDays = 0; inDays < 8; inDays++) {
    const day = (now.day + inDays) % 7;
    const next = hours
      .filter((h) => h.day === day && (inDays > 0 || minutes(h.opens) > now.minute))
      .sort((a, b) => minutes(a.opens) - minutes(b.opens))[0];
    if (next) return { kind: 'closed', opens: next.opens, inDays, day };
  }
  return { kind: 'unknown' };
}

/** `HH:MM` of Panama's wall clock, the way the language writes times ("7:00 p. m."). */
export const formatClock = (lang: Lang, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, h, m));
};

/** The weekday's name; 0 is Sunday (1 January 2023 was one). */
export const weekdayName = (lang: Lang, day: number) =>
  new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2023, 0, 1 + day),
  );

/** Opening hours grouped into runs of days with the same hours, Monday first; closed days too. */
export function weekHours(
  hours: readonly OpeningHours[],
): { from: number; to: number; opens?: string; closes?: string }[] {
  const runs: { from: number; to: number; opens?: string; closes?: string }[] = [];
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    const h = hours.find((x) => x.day === day);
    const last = runs.at(-1);
    if (last && last.opens === h?.opens && last.closes === h?.closes) last.to = day;
    else runs.push({ from: day, to: day, ...(h ? { opens: h.opens, closes: h.closes } : {}) });
  }
  return runs;
}

/** Whether an opening-hours run is the whole day. */
export const isAllDay = (run: { opens?: string; closes?: string }) =>
  run.opens !== undefined &&
  run.closes !== undefined &&
  ALL_DAY({ day: 0, opens: run.opens, closes: run.closes });

/**
 * What is owed now. The server says what was owed at `fees.asOf`; storage is charged per
 * started day at the yard, so the amount grows by `storagePerDay` each time a day starts. The
 * server's clock is taken as `asOf` plus the time elapsed here since the tow arrived
 * (`receivedAt`), so a wrong clock on the phone does not change the amount.
 * @returns the amount, and the server time at which the next day's storage is added.
 */
export function feesNow(
  tow: Tow,
  receivedAt: number,
  now: number,
): { accrued: Money; nextChargeAt?: number } {
  const { accrued, storagePerDay, asOf } = tow.fees;
  const arrived = tow.arrivedAt ? Date.parse(tow.arrivedAt) : NaN;
  if (tow.status !== 'at_yard' || Number.isNaN(arrived)) return { accrued };
  const asOfMs = Date.parse(asOf);
  const serverNow = asOfMs + Math.max(0, now - receivedAt);
  const days = (t: number) => Math.max(0, Math.ceil((t - arrived) / DAY));
  const extra = Math.max(0, days(serverNow) - days(asOfMs));
  return {
    accrued: { ...accrued, cents: accrued.cents + extra * storagePerDay.cents },
    nextChargeAt: arrived + Math.max(1, days(serverNow)) * DAY,
  };
}

/** A distance in words: "350 m", "2,3 km". */
export function formatDistance(lang: Lang, metres: number): string {
  const km = metres >= 1000;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    maximumFractionDigits: km ? 1 : 0,
  }).format(km ? metres / 1000 : Math.max(10, Math.round(metres / 10) * 10));
}

/** A time of day in Panama: "10:31 a. m.". */
export const formatTime = (lang: Lang, iso: string | number) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'America/Panama',
  }).format(new Date(iso));

/** `tel:` link of a phone number as printed ("+507 511-9300"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;

/**
 * Turn-by-turn directions to a point in the phone's maps app: Google Maps' documented
 * cross-platform URL opens the app on Android and iOS and the website elsewhere.
 */
export const directionsHref = (p: { lat: number; lng: number }) =>
  `https://www.google.com/maps/dir/?api=1&destination=${p.lat},${p.lng}`;
