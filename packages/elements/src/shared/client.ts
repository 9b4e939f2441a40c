import type { casesApi } from '@panama311/sdk';
import { createHttp, type Http } from '@panama311/sdk';

/** What the status element needs from a client: the SDK's own, or any adapter of the same shape. */
export type CasesBackend = {
  cases: Pick<ReturnType<typeof casesApi>, 'get' | 'watch'> &
    /** Without it, a resolved case is shown without the rating form. */
    Partial<Pick<ReturnType<typeof casesApi>, 'feedback'>>;
};

export interface ClientConfig {
  apiBase?: string;
  apiKey?: string;
  lang: string;
}

const cache = new Map<string, Http>();

/**
 * The transport for an element configured by attributes (`api-base`, `api-key`), shared by
 * every element with the same settings on the page. Throws the SDK's own errors for a
 * missing or secret key.
 */
export function httpFor({ apiBase, apiKey, lang }: ClientConfig): Http {
  const key = `${apiBase ?? ''}|${apiKey ?? ''}|${lang}`;
  let http = cache.get(key);
  if (!http) {
    http = createHttp({
      apiKey: apiKey ?? '',
      locale: lang,
      ...(apiBase ? { baseUrl: apiBase } : {}),
    });
    cache.set(key, http);
  }
  return http;
}
