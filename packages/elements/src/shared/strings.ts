import type { Lang } from './lang.js';

/**
 * Per-element string tables: Spanish defines the keys, English must have every one (the
 * type says so, and a test fails when a key is missing at run time too). Plurals and
 * values go through functions, never string concatenation.
 */
export type Tables<T> = { es: T; en: T };

export const pickStrings = <T>(tables: Tables<T>, lang: Lang): T => tables[lang];
