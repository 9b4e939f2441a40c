import * as z from 'zod/mini';
import type { CallOptions, Http } from '../http.js';
import { Article, Entity, Faq, Service } from '../schemas/catalogue.js';
import { page } from '../schemas/common.js';

const EntityPage = page(Entity);
const ServicePage = page(Service);
const FaqList = z.looseObject({ data: z.array(Faq) });

export interface EntityQuery extends CallOptions {
  /** Free text over names and acronyms. */
  q?: string;
  /** @default 1 */
  page?: number;
  /** @default 50 */
  pageSize?: number;
}

export interface ServiceQuery extends EntityQuery {
  /** Only this entity's services. */
  entity?: string;
  category?: string;
}

export interface FaqQuery extends CallOptions {
  entity?: string;
  service?: string;
  /** What the citizen typed: answers are ranked by it. */
  q?: string;
}

const listParams = ({ q, page, pageSize }: EntityQuery) => ({ q, page, pageSize });

/** The public entities citizens report to. */
export const entitiesApi = (http: Http) => ({
  /** One page of entities. */
  list: (query: EntityQuery = {}) =>
    http.call(EntityPage, 'get', 'entities', {
      searchParams: listParams(query),
      signal: query.signal,
    }),
  get: (id: string, options: CallOptions = {}) =>
    http.call(Entity, 'get', `entities/${encodeURIComponent(id)}`, options),
});

/** Services with their SLA, dynamic questions, location and photo policy. */
export const servicesApi = (http: Http) => ({
  /** One page of services, by entity, category or free text. */
  list: (query: ServiceQuery = {}) =>
    http.call(ServicePage, 'get', 'services', {
      searchParams: { ...listParams(query), entity: query.entity, category: query.category },
      signal: query.signal,
    }),
  get: (id: string, options: CallOptions = {}) =>
    http.call(Service, 'get', `services/${encodeURIComponent(id)}`, options),
});

/** FAQs and knowledge-base articles: answers shown before a case is filed. */
export const answersApi = (http: Http) => ({
  /** FAQs of an entity or a service, ranked by the citizen's words when `q` is given. */
  faqs: (query: FaqQuery = {}) =>
    http
      .call(FaqList, 'get', 'faqs', {
        searchParams: { entity: query.entity, service: query.service, q: query.q },
        signal: query.signal,
      })
      .then((list) => list.data),
  article: (id: string, options: CallOptions = {}) =>
    http.call(Article, 'get', `articles/${encodeURIComponent(id)}`, options),
});

/**
 * Every item of a paged list, page after page, stopping when the server says there is no
 * next page (or repeats one).
 * @example for await (const entity of paginate((page) => client.entities.list({ page }))) …
 */
export async function* paginate<T>(
  fetchPage: (page: number) => Promise<{ data: T[]; page: number; nextPage: number | null }>,
): AsyncGenerator<T> {
  const seen = new Set<number>();
  for (let next: number | null = 1; next !== null && !seen.has(next);) {
    seen.add(next);
    const result = await fetchPage(next);
    yield* result.data;
    next = result.nextPage;
  }
}
