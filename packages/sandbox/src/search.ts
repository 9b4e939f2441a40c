/** Lowercase without accents, so "basura" finds "Basura" and "via" finds "Vía". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Items ranked by how many of the query's words they contain; earlier fields weigh more
 * (name before keywords before description). Items matching no word are left out.
 */
export function search<T>(items: readonly T[], query: string, fields: (item: T) => string[]): T[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
  if (!words.length) return [...items];
  return items
    .map((item) => {
      const texts = fields(item).map(fold);
      let score = 0;
      for (const word of words) {
        texts.forEach((text, i) => {
          if (text.includes(word)) score += texts.length - i;
        });
      }
      return { item, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((r) => r.item);
}
