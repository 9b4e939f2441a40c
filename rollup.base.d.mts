import type { Plugin, RollupOptions } from 'rollup';

export function cssInline(): Plugin;
export function leafletTrustedTypes(): Plugin;
export function library(options: {
  input: string[] | Record<string, string>;
  external?: (id: string) => boolean;
  tsconfig?: string;
}): RollupOptions;
