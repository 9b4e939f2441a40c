import type { Entity, Service, TowCompany, Yard } from '@panama311/sdk/schemas';
import { ENTITIES, type SeedEntity } from './entities.js';
import { generateFaqs, type Lang, type LocalizedArticle, type LocalizedFaq } from './faqs.js';
import { createRandom } from './random.js';
import { generateServices } from './services.js';
import {
  INFRACTIONS,
  TOW_COMPANIES,
  TOW_POINTS,
  VEHICLES,
  YARDS,
  type Infraction,
  type TowPoint,
  type Vehicle,
} from './tows.js';

export type { Focus, SeedEntity } from './entities.js';
export {
  localizeArticle,
  localizeFaq,
  type Lang,
  type LocalizedArticle,
  type LocalizedFaq,
} from './faqs.js';
export type { Random } from './random.js';

/** Everything the sandbox serves before anyone files a case. */
export type Catalogue = {
  entities: Entity[];
  /** The same services in each language: Spanish is the source, English its translation. */
  services: Record<Lang, Service[]>;
  faqs: LocalizedFaq[];
  articles: LocalizedArticle[];
  yards: Yard[];
  companies: TowCompany[];
  infractions: Infraction[];
  vehicles: Vehicle[];
  towPoints: TowPoint[];
};

/** The entity as the API returns it: without the seed's focus areas. */
const toEntity = ({ focus: _focus, ...entity }: SeedEntity): Entity => ({ ...entity });

/**
 * The whole seeded catalogue. Deterministic: the same seed always gives deep-equal data.
 * Every call returns fresh objects, so a caller may change them freely.
 */
export function generateCatalogue(seed: number): Catalogue {
  const random = createRandom(seed);
  const services = generateServices(ENTITIES, random);
  const { faqs, articles } = generateFaqs(ENTITIES, services, random);
  return {
    entities: ENTITIES.map(toEntity),
    services,
    faqs,
    articles,
    yards: YARDS.map((yard) => ({ ...yard, hours: yard.hours.map((day) => ({ ...day })) })),
    companies: TOW_COMPANIES.map((company) => ({ ...company })),
    infractions: INFRACTIONS.map((infraction) => ({ ...infraction })),
    vehicles: VEHICLES.map((vehicle) => ({ ...vehicle })),
    towPoints: TOW_POINTS.map((point) => ({ ...point })),
  };
}
