/**
 * Input rules for what a citizen types, checked before any request is sent.
 * Each rule normalises what it can (case, spaces, dashes) and returns a stable code when
 * the input cannot be accepted; `formatMessage(code, locale)` turns the code into words.
 */

/** Result of checking one input: the normalised value, or why it was refused. */
export type RuleResult = { ok: true; value: string } | { ok: false; code: RuleCode };

/** Stable codes for refused input. */
export type RuleCode =
  | 'plate_invalid'
  | 'cedula_invalid'
  | 'ticket_invalid'
  | 'email_invalid'
  | 'phone_invalid'
  | 'description_too_short'
  | 'description_too_long'
  | 'location_outside_panama'
  | 'required';

/** Shortest and longest case description, in characters after trimming. */
export const DESCRIPTION_LIMITS = { min: 10, max: 2000 } as const;

/** Panama's territory, land and near waters, as a bounding box. */
export const PANAMA_BOUNDS = { south: 7.0, north: 9.75, west: -83.1, east: -77.1 } as const;

const ok = (value: string): RuleResult => ({ ok: true, value });
const fail = (code: RuleCode): RuleResult => ({ ok: false, code });

/**
 * Panamanian plates: letters and digits, 2 to 7 of them once spaces, dashes and dots are
 * dropped (`ab-1234`, `AB 1234`, `123456`, `T-12345`, `M123456`), at least one digit.
 * @example normalizePlate(' ab-12 34 ') // { ok: true, value: 'AB1234' }
 */
export function normalizePlate(input: string): RuleResult {
  const value = input.toUpperCase().replace(/[\s.\-_]/g, '');
  if (!value) return fail('required');
  return /^(?=.*\d)[A-Z0-9]{2,7}$/.test(value) ? ok(value) : fail('plate_invalid');
}

/**
 * Cédula de identidad personal: province 1–13 (`8-123-4567`), born abroad (`PE-12-345`),
 * foreigner (`E-8-123456`), naturalised (`N-19-2345`), before the current register
 * (`1AV-12-345`) and indigenous population (`10PI-1-234`). Spaces become dashes.
 * @example normalizeCedula('8 123 456') // { ok: true, value: '8-123-456' }
 */
export function normalizeCedula(input: string): RuleResult {
  const value = input
    .trim()
    .toUpperCase()
    .replace(/[\s.]+/g, '-')
    .replace(/-+/g, '-');
  if (!value) return fail('required');
  return /^(?:(?:1[0-3]|[1-9])(?:AV|PI)?|PE|E|N)-\d{1,4}-\d{1,6}$/.test(value)
    ? ok(value)
    : fail('cedula_invalid');
}

/**
 * An ATTT ticket (boleta) number: 6 to 12 digits, optionally after a letter series of up
 * to 3 letters; spaces and dashes are dropped.
 * @example normalizeTicket('b-0012 3456') // { ok: true, value: 'B00123456' }
 */
export function normalizeTicket(input: string): RuleResult {
  const value = input.toUpperCase().replace(/[\s-]/g, '');
  if (!value) return fail('required');
  return /^[A-Z]{0,3}\d{6,12}$/.test(value) ? ok(value) : fail('ticket_invalid');
}

/** An e-mail address as the HTML standard's `type=email` accepts it, trimmed and lowercased. */
export function normalizeEmail(input: string): RuleResult {
  const value = input.trim().toLowerCase();
  if (!value) return fail('required');
  return /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(
    value,
  )
    ? ok(value)
    : fail('email_invalid');
}

/**
 * A Panamanian phone number in E.164: a mobile (8 digits starting with 6) or a landline
 * (7 digits starting with 2–5, 7–9), with or without `+507`.
 * @example normalizePhone('6123-4567') // { ok: true, value: '+50761234567' }
 */
export function normalizePhone(input: string): RuleResult {
  let digits = input.replace(/[\s\-().]/g, '');
  if (!digits) return fail('required');
  if (digits.startsWith('+507')) digits = digits.slice(4);
  else if (digits.startsWith('00507')) digits = digits.slice(5);
  else if (/^507\d{7,8}$/.test(digits)) digits = digits.slice(3); // `(507) 6123-4567`
  return /^(?:6\d{7}|[2-57-9]\d{6})$/.test(digits) ? ok(`+507${digits}`) : fail('phone_invalid');
}

/** A case description: trimmed, between {@link DESCRIPTION_LIMITS}. */
export function checkDescription(input: string): RuleResult {
  const value = input.trim();
  if (!value) return fail('required');
  if ([...value].length < DESCRIPTION_LIMITS.min) return fail('description_too_short');
  if ([...value].length > DESCRIPTION_LIMITS.max) return fail('description_too_long');
  return ok(value);
}

/**
 * The words of a citizen's free text worth searching the FAQs and services with, and nothing
 * that identifies anyone by number or address: any word with a digit (cédulas, phones,
 * plates, house numbers), e-mail addresses and links are dropped, short words too; at most
 * 12 words, lower-cased. For queries that travel in a URL (`?q=`), where personal data must
 * never be. Names cannot be told from words: the form's hint asks for none.
 * @example searchTerms('Fuga en Calle 50, casa 14; llamar a ana@correo.pa o 6123-4567')
 * // → 'fuga calle casa llamar'
 */
export function searchTerms(text: string): string {
  return text
    .toLocaleLowerCase('es')
    .split(/\s+/)
    .filter((word) => !/[\d@/:]/.test(word))
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => [...word].length >= 3)
    .slice(0, 12)
    .join(' ');
}

/** Whether a point lies inside {@link PANAMA_BOUNDS}. */
export function isInPanama(lat: number, lng: number): boolean {
  const b = PANAMA_BOUNDS;
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    lat >= b.south &&
    lat <= b.north &&
    lng >= b.west &&
    lng <= b.east
  );
}

/** Great-circle distance in metres between two WGS 84 points (haversine). */
export function distanceMeters(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
