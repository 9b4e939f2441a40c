import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES, pickLocale } from './messages.js';

describe('messages', () => {
  it('has every code in both languages, with words', () => {
    const es = Object.keys(MESSAGES.es).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(es);
    for (const table of [MESSAGES.es, MESSAGES.en]) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });

  it('picks Spanish or English from a tag or an Accept-Language header, Spanish first', () => {
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('fr-FR, en;q=0.8, es;q=0.5')).toBe('en');
    expect(pickLocale('ES-pa')).toBe('es');
    expect(pickLocale('fr')).toBe('es');
    expect(pickLocale(undefined)).toBe('es');
  });

  it('falls back to the generic message for a code it does not know', () => {
    expect(formatMessage('plate_invalid', 'en')).toBe(MESSAGES.en.plate_invalid);
    expect(formatMessage('plate_invalid')).toBe(MESSAGES.es.plate_invalid);
    expect(formatMessage('no_such_code', 'en')).toBe(MESSAGES.en.unknown);
    // Codes come from servers too: Object's own keys are not messages.
    expect(formatMessage('constructor', 'en')).toBe(MESSAGES.en.unknown);
    expect(formatMessage('__proto__', 'es')).toBe(MESSAGES.es.unknown);
  });
});
