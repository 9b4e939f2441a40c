/** A seeded source of pseudo-random values: the same seed always gives the same sequence. */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer between `min` and `max`, both included. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of the list; the list itself is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** An id such as `tow_5k2m9x0qa7rb`: the prefix, an underscore, then `length` characters. */
  id(prefix: string, length?: number): string;
};

// Crockford's base 32 (no i, l, o, u): an id read aloud or typed back stays unambiguous.
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A mulberry32 generator: tiny and well spread, which is all fake data needs.
 * It is predictable by design, so nothing it makes may guard real secrets.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  const id = (prefix: string, length = 12): string => {
    let body = '';
    for (let i = 0; i < length; i++) body += ID_ALPHABET[int(0, ID_ALPHABET.length - 1)];
    return prefix ? `${prefix}_${body}` : body;
  };

  return { next, int, chance: (p) => next() < p, pick, shuffle, id };
}
