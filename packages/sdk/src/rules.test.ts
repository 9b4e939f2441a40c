import { describe, expect, it } from 'vitest';
import {
  checkDescription,
  searchTerms,
  isInPanama,
  normalizeCedula,
  normalizeEmail,
  normalizePhone,
  normalizePlate,
  normalizeTicket,
} from './rules.js';

describe('normalizePlate', () => {
  it.each([
    ['ab1234', 'AB1234'],
    [' ab-12 34 ', 'AB1234'],
    ['AB 1234', 'AB1234'],
    ['a.b-1_234', 'AB1234'],
    ['123456', '123456'],
    ['t-12345', 'T12345'],
    ['M123456', 'M123456'],
  ])('accepts %j as %s', (input, value) => {
    expect(normalizePlate(input)).toEqual({ ok: true, value });
  });

  it.each(['ABCDEF', 'A', 'AB12345678', 'AB#123', 'ÁB1234'])('refuses %j', (input) => {
    expect(normalizePlate(input)).toEqual({ ok: false, code: 'plate_invalid' });
  });

  it('asks for a plate when there is none', () => {
    expect(normalizePlate(' - ')).toEqual({ ok: false, code: 'required' });
  });
});

describe('normalizeCedula', () => {
  it.each(Array.from({ length: 13 }, (_, i) => i + 1))('accepts province %i', (province) => {
    expect(normalizeCedula(`${province}-123-4567`)).toEqual({
      ok: true,
      value: `${province}-123-4567`,
    });
  });

  it.each(['14-123-456', '0-123-456', '99-1-1'])('refuses province outside 1–13: %s', (input) => {
    expect(normalizeCedula(input)).toEqual({ ok: false, code: 'cedula_invalid' });
  });

  it.each([
    ['e-8-123456', 'E-8-123456'],
    ['N-19-2345', 'N-19-2345'],
    ['pe-12-345', 'PE-12-345'],
    ['1av-12-345', '1AV-12-345'],
    ['10PI-1-234', '10PI-1-234'],
    ['8 123 4567', '8-123-4567'],
    [' 8  -  123 - 456 ', '8-123-456'],
    ['8.123.456', '8-123-456'],
  ])('accepts %j as %s', (input, value) => {
    expect(normalizeCedula(input)).toEqual({ ok: true, value });
  });

  it.each(['8-123', '8-12345-1', '8-123-1234567', 'X-1-1', '14AV-1-1', 'PE-12-', '81234567'])(
    'refuses %j',
    (input) => {
      expect(normalizeCedula(input)).toEqual({ ok: false, code: 'cedula_invalid' });
    },
  );

  it('asks for a cédula when there is none', () => {
    expect(normalizeCedula('   ')).toEqual({ ok: false, code: 'required' });
  });
});

describe('normalizeTicket', () => {
  it.each([
    ['00123456', '00123456'],
    ['b-0012 3456', 'B00123456'],
    ['ABC123456789012', 'ABC123456789012'],
  ])('accepts %j as %s', (input, value) => {
    expect(normalizeTicket(input)).toEqual({ ok: true, value });
  });

  it.each(['12345', '1234567890123', 'ABCD123456', '12345A'])('refuses %j', (input) => {
    expect(normalizeTicket(input)).toEqual({ ok: false, code: 'ticket_invalid' });
  });
});

describe('normalizeEmail', () => {
  it('trims and lowercases', () => {
    expect(normalizeEmail('  Ana.Perez+311@Correo.GOB.pa ')).toEqual({
      ok: true,
      value: 'ana.perez+311@correo.gob.pa',
    });
  });

  it.each(['ana', 'ana@', '@correo.com', 'ana@correo', 'ana perez@correo.com', 'ana@-correo.com'])(
    'refuses %j',
    (input) => {
      expect(normalizeEmail(input)).toEqual({ ok: false, code: 'email_invalid' });
    },
  );

  it('asks for an address when there is none', () => {
    expect(normalizeEmail('  ')).toEqual({ ok: false, code: 'required' });
  });
});

describe('normalizePhone', () => {
  it.each([
    ['6123-4567', '+50761234567'],
    ['6123 4567', '+50761234567'],
    ['+507 6123-4567', '+50761234567'],
    ['00507 61234567', '+50761234567'],
    ['212-3456', '+5072123456'],
    ['+507 212-3456', '+5072123456'],
    ['(507) 212 3456', '+5072123456'],
    ['(507) 6123-4567', '+50761234567'],
    ['507-1234', '+5075071234'], // a landline that starts like the country code
    ['998-1234', '+5079981234'],
  ])('normalises %j', (input, value) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value });
  });

  it.each([
    '612-3456', // a mobile has 8 digits
    '2123-4567', // a landline has 7
    '112-3456', // no landline starts with 1
    '612-34567a',
    '+1 415 555 0100',
  ])('refuses %j', (input) => {
    expect(normalizePhone(input)).toEqual({ ok: false, code: 'phone_invalid' });
  });
});

describe('searchTerms', () => {
  it('keeps the words to search with and drops numbers, e-mails, links and short words', () => {
    expect(searchTerms('Fuga en Calle 50, casa 14; llamar a ana@correo.pa o 6123-4567')).toBe(
      'fuga calle casa llamar',
    );
    expect(searchTerms('Placa AB1234 mal estacionado, cédula 8-123-4567 https://x.pa/a')).toBe(
      'placa mal estacionado cédula',
    );
    expect(searchTerms('¡Árbol caído!')).toBe('árbol caído');
    expect(
      searchTerms('uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece').split(
        ' ',
      ),
    ).toHaveLength(12);
    expect(searchTerms('12 34')).toBe('');
  });
});

describe('checkDescription', () => {
  it('trims and accepts 10 to 2000 characters', () => {
    expect(checkDescription('  Hay un hueco  ')).toEqual({ ok: true, value: 'Hay un hueco' });
    expect(checkDescription('x'.repeat(2000))).toEqual({ ok: true, value: 'x'.repeat(2000) });
  });

  it('refuses fewer than 10 characters after trimming', () => {
    expect(checkDescription('  hueco    ')).toEqual({ ok: false, code: 'description_too_short' });
    expect(checkDescription('123456789')).toEqual({ ok: false, code: 'description_too_short' });
  });

  it('refuses more than 2000 characters', () => {
    expect(checkDescription('x'.repeat(2001))).toEqual({ ok: false, code: 'description_too_long' });
  });

  it('counts characters, not UTF-16 units', () => {
    // Ten emoji are ten characters but twenty code units.
    expect(checkDescription('🚧'.repeat(10)).ok).toBe(true);
    expect(checkDescription('🚧'.repeat(1001)).ok).toBe(true);
    expect(checkDescription('🚧'.repeat(9))).toEqual({ ok: false, code: 'description_too_short' });
  });

  it('asks for a description when there is none', () => {
    expect(checkDescription(' \n ')).toEqual({ ok: false, code: 'required' });
  });
});

describe('isInPanama', () => {
  it.each([
    [8.9824, -79.5199], // Ciudad de Panamá
    [9.3547, -79.9015], // Colón
    [9.3403, -82.2419], // Bocas del Toro
    [7.9656, -80.4297], // Chitré
    [8.4273, -78.1453], // La Palma, Darién
  ])('accepts %f, %f', (lat, lng) => {
    expect(isInPanama(lat, lng)).toBe(true);
  });

  it.each([
    [9.9281, -84.0907], // San José, Costa Rica
    [4.711, -74.0721], // Bogotá
    [-79.5199, 8.9824], // swapped
    [0, 0],
    [Number.NaN, -79.5],
    [8.98, Number.POSITIVE_INFINITY],
  ])('refuses %f, %f', (lat, lng) => {
    expect(isInPanama(lat, lng)).toBe(false);
  });
});
