/** The small pure functions the adapter normalises with, one rule at a time. */
import { describe, expect, it } from 'vitest';
import {
  bool,
  instant,
  list,
  mapStatus,
  normalizeErrors,
  normalizeSla,
  num,
  parseBody,
  slaState,
  str,
} from './normalize.js';

describe('scalars', () => {
  it('reads strings, numbers and booleans as trimmed text; empties as absent', () => {
    expect([
      str(' a '),
      str(6),
      str(true),
      str('  '),
      str(null),
      str(undefined),
      str({}),
      str([]),
    ]).toEqual(['a', '6', 'true', undefined, undefined, undefined, undefined, undefined]);
    expect(str({ $: 'x' })).toBe('x');
    expect(str(Number.NaN)).toBeUndefined();
  });

  it('reads booleans in any spelling, and nothing else', () => {
    expect([true, 'true', 'TRUE', '1', 1, 'yes'].map(bool)).toEqual(Array(6).fill(true));
    expect([false, 'false', 'False', '0', 0, 'no'].map(bool)).toEqual(Array(6).fill(false));
    expect(['', 'maybe', null, undefined].map(bool)).toEqual(Array(4).fill(undefined));
  });

  it('reads numbers from numbers and numeric text', () => {
    expect([num('37.76'), num(-122.4), num(' 5 '), num('abc'), num(''), num(null)]).toEqual([
      37.76,
      -122.4,
      5,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('instant', () => {
  it.each([
    ['2010-01-01T00:00:00Z', '2010-01-01T00:00:00Z'],
    ['2010-04-14T06:37:38-08:00', '2010-04-14T06:37:38-08:00'],
    ['2018-09-06T19:51:48.000Z', '2018-09-06T19:51:48.000Z'],
    ['2014-07-12T10:58:43-0500', '2014-07-12T10:58:43-05:00'],
    ['2014-07-12 10:58:43', '2014-07-12T10:58:43Z'],
    ['2014-07-12T10:58', '2014-07-12T10:58:00Z'],
    ['2014-07-12', '2014-07-12T00:00:00Z'],
    ['2010-04-14t06:37:38z', '2010-04-14T06:37:38Z'],
  ])('reads %s as %s', (input, output) => {
    expect(instant(input)).toBe(output);
  });

  it.each(['2010/12/12', 'yesterday', '2010-13-45T00:00:00Z', '', null])('drops %s', (input) => {
    expect(instant(input)).toBeUndefined();
  });
});

describe('list', () => {
  it('finds the list in every shape servers send', () => {
    expect(list([1, 2])).toEqual([1, 2]);
    expect(list({ service_requests: [{ a: 1 }] }, 'service_requests')).toEqual([{ a: 1 }]);
    expect(list({ request: { a: 1 } }, 'request')).toEqual([{ a: 1 }]);
    expect(list({ request: [{ a: 1 }, { a: 2 }] })).toEqual([{ a: 1 }, { a: 2 }]);
    expect(list({ a: 1, b: 2 })).toEqual([{ a: 1, b: 2 }]);
    expect(list({ 1: 'x', 2: 'y' })).toEqual(['x', 'y']);
    expect(list('text/xml')).toEqual(['text/xml']);
    expect([
      list(''),
      list(null),
      list(undefined),
      list({}),
      list({ request: '' }, 'request'),
    ]).toEqual([[], [], [], [], []]);
  });

  it('does not unwrap a one-field item whose field is a value', () => {
    expect(list({ request: { token: '123' } }, 'request')).toEqual([{ token: '123' }]);
  });
});

describe('statuses', () => {
  it.each([
    [undefined, 'open', 'received'],
    ['open', 'open', 'received'],
    ['Open', 'open', 'received'],
    ['closed', 'closed', 'closed'],
    ['acknowledged', 'open', 'assigned'],
    ['in_progress', 'open', 'in_progress'],
    ['in progress', 'open', 'in_progress'],
    ['on hold', 'open', 'on_hold'],
    ['resolved', 'closed', 'resolved'],
    ['rejected', 'closed', 'rejected'],
  ])('maps %s to %s (%s)', (raw, status, caseStatus) => {
    expect(mapStatus(raw)).toEqual({ status, caseStatus });
  });
});

describe('SLA', () => {
  it('reads a promised time in hours, calendar days or business days', () => {
    expect(normalizeSla({ type: 'Calendar Days', value: 30 })).toEqual({
      value: 720,
      unit: 'hours',
    });
    expect(normalizeSla({ unit: 'hours', value: '48' })).toEqual({ value: 48, unit: 'hours' });
    expect(normalizeSla({ type: 'Weeks', value: 2 })).toBeUndefined();
    expect(normalizeSla({ type: 'Hours', value: 0 })).toBeUndefined();
    expect(normalizeSla(null)).toBeUndefined();
  });

  it('says on time, due soon, overdue, met or missed', () => {
    const h = 3_600_000;
    expect(slaState(1 * h, 0, 8 * h)).toBe('on_time');
    expect(slaState(7 * h, 0, 8 * h)).toBe('due_soon');
    expect(slaState(9 * h, 0, 8 * h)).toBe('overdue');
    expect(slaState(9 * h, 0, 8 * h, 5 * h)).toBe('met');
    expect(slaState(9 * h, 0, 8 * h, 9 * h)).toBe('missed');
  });
});

describe('bodies', () => {
  it('parses JSON, XML by content or by type, and refuses what is neither', () => {
    expect(parseBody('[1]')).toEqual({ value: [1], xml: false });
    expect(parseBody('\uFEFF <r><a>1</a></r>')).toEqual({ value: { a: '1' }, xml: true });
    expect(() => parseBody('not a body')).toThrow(SyntaxError);
    expect(() => parseBody('<r>')).toThrow(/Unclosed/);
  });

  it('reads no errors from an empty or unreadable body', () => {
    expect(normalizeErrors('')).toEqual([]);
    expect(normalizeErrors('Internal Server Error', 'text/plain')).toEqual([
      { description: 'Internal Server Error' },
    ]);
    expect(normalizeErrors('{"error":"Service unavailable"}')).toEqual([
      { code: undefined, description: 'Service unavailable' },
    ]);
  });
});
