import type { Money } from '@panama311/sdk';
import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { es: 'es-PA', en: 'en-US' };
const ZONE = 'America/Panama';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** A date and time in Panama's time zone, e.g. "28 nov 2026, 10:19 a. m.". */
export const formatDateTime = (lang: Lang, iso: string | number | Date) =>
  memo(
    `dt-${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: ZONE,
      }),
  ).format(new Date(iso));

/**
 * Starts ICU up: a page's first `Intl` call costs 40–125 ms in Chromium. Call it while a
 * request is out, so that time is not spent when the answer is there to render.
 */
export const warmUpFormats = (lang: Lang): void => void formatDateTime(lang, 0);

/** Money from integer cents: "B/. 80.00" (balboa) in Spanish, "PAB 80.00" in English. */
export const formatMoney = (lang: Lang, money: Money) =>
  memo(
    `money-${lang}-${money.currency}`,
    () => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: money.currency }),
  ).format(money.cents / 100);

/** A duration from now in words: "en 3 horas", "hace 2 días". */
export function formatRelative(lang: Lang, targetMs: number, nowMs = Date.now()): string {
  const rtf = memo(
    `rel-${lang}`,
    () => new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' }),
  );
  const diff = targetMs - nowMs;
  const abs = Math.abs(diff);
  const [unit, size]: [Intl.RelativeTimeFormatUnit, number] =
    abs >= 86_400_000
      ? ['day', 86_400_000]
      : abs >= 3_600_000
        ? ['hour', 3_600_000]
        : ['minute', 60_000];
  return rtf.format(Math.round(diff / size), unit);
}
