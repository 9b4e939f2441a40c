import { isInPanama, normalizeCedula, normalizePlate, normalizeTicket } from '@panama311/sdk';
import { Article, Faq, QUESTION_TYPES, Service, TowCompany, Yard } from '@panama311/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { FAQS } from './faqs.js';
import {
  generateCatalogue,
  localizeArticle,
  localizeFaq,
  type LocalizedArticle,
  type LocalizedFaq,
} from './index.js';
import { World } from '../world.js';
import { createRandom } from './random.js';
import { SERVICE_TEMPLATES, type ServiceTemplate, type Text } from './services.js';
import {
  generateCedula,
  generatePlates,
  generateTicket,
  haversineMeters,
  INFRACTIONS,
  interpolateAlong,
  ROAD_NODES,
  routeBetween,
  TOW_ZONES,
  towTextIn,
  VEHICLES,
  type LatLng,
} from './tows.js';

const catalogue = generateCatalogue(311);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('keeps its helpers within bounds', () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
    expect(random.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(random.id('tow')).toMatch(/^tow_[0-9a-hjkmnp-tv-z]{12}$/);
    expect(random.id('', 20)).toMatch(/^[0-9a-hjkmnp-tv-z]{20}$/);
    expect(() => random.pick([])).toThrow(RangeError);
  });
});

describe('generateCatalogue', () => {
  it('gives deep-equal data for the same seed', () => {
    expect(generateCatalogue(311)).toEqual(catalogue);
  });

  it('gives different data for another seed', () => {
    expect(generateCatalogue(312)).not.toEqual(catalogue);
  });

  it('returns fresh objects on every call', () => {
    const other = generateCatalogue(311);
    other.yards[0]!.hours.pop();
    other.faqs[0]!.es.question = 'changed';
    expect(generateCatalogue(311)).toEqual(catalogue);
  });
});

describe('entities', () => {
  it('lists 100+ real entities with unique ids, without the seed-only focus', () => {
    expect(catalogue.entities.length).toBeGreaterThanOrEqual(100);
    expect(duplicates(ids(catalogue.entities))).toEqual([]);
    expect(catalogue.entities.every((entity) => !('focus' in entity))).toBe(true);
    const acronyms = catalogue.entities.map((entity) => entity.acronym);
    expect(acronyms).toEqual(
      expect.arrayContaining(['IDAAN', 'AAUD', 'ATTT', 'CSS', 'SINAPROC', 'MINSA', 'MOP']),
    );
  });

  it('includes at least 30 municipalities, among them the capital', () => {
    const municipalities = catalogue.entities.filter((entity) => entity.kind === 'municipality');
    expect(municipalities.length).toBeGreaterThanOrEqual(30);
    expect(municipalities.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'Municipio de Panamá',
        'Municipio de San Miguelito',
        'Municipio de David',
        'Municipio de Changuinola',
      ]),
    );
  });
});

describe('services', () => {
  const services = catalogue.services.es;

  it('offers 300+ services with unique ids, each valid for the API', () => {
    expect(services.length).toBeGreaterThanOrEqual(300);
    expect(duplicates(ids(services))).toEqual([]);
    for (const service of services) {
      const result = Service.safeParse(service);
      expect(result.success, service.id).toBe(true);
      expect(result.data).toEqual(service);
    }
  });

  it('gives every entity a complaint and an information service', () => {
    for (const entity of catalogue.entities) {
      const own = services.filter((service) => service.entityId === entity.id);
      expect(own.map((service) => service.kind)).toEqual(
        expect.arrayContaining(['complaint', 'information']),
      );
    }
  });

  it('asks questions of every datatype, with info-only items and lists that have values', () => {
    const questions = services.flatMap((service) => service.questions);
    expect(new Set(questions.map((q) => q.datatype))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.some((q) => !q.variable)).toBe(true);
    for (const question of questions.filter((q) => q.datatype.endsWith('valuelist'))) {
      expect(question.values?.length, question.code).toBeGreaterThan(1);
    }
    for (const service of services) {
      expect(duplicates(service.questions.map((q) => q.code)), service.id).toEqual([]);
    }
  });

  it('has the services each big entity is known for', () => {
    const byId = new Map(services.map((service) => [service.id, service]));
    expect(byId.get('svc-mop-hueco')?.name).toBe('Hueco en la calle');
    expect(byId.get('svc-aaud-basura')?.name).toBe('Basura no recolectada');
    expect(byId.get('svc-attt-semaforo')?.name).toBe('Semáforo dañado');
    expect(byId.get('svc-minsa-criaderos')?.name).toBe('Criadero de mosquitos');
    expect(byId.get('svc-mun-panama-luminaria')?.name).toBe('Luminaria apagada');

    const leak = byId.get('svc-idaan-fuga');
    expect(leak).toMatchObject({
      name: 'Fuga de agua',
      location: 'required',
      attachments: { allowed: true },
    });
    expect(leak?.questions.map((q) => q.datatype)).toEqual(
      expect.arrayContaining(['singlevaluelist', 'number']),
    );
  });

  it('only lets attachments through where photos are allowed', () => {
    for (const { attachments, id } of services) {
      if (attachments.allowed) {
        expect(attachments.maxCount, id).toBeGreaterThan(0);
        expect(attachments.maxBytes, id).toBe(5 * 1024 * 1024);
        expect(attachments.types, id).toEqual(['image/jpeg', 'image/png', 'image/webp']);
      } else {
        expect(attachments, id).toMatchObject({ maxCount: 0, types: [] });
      }
    }
  });
});

describe('tows in English', () => {
  /** Words English shares with Spanish. Any other copied text is a forgotten translation. */
  const SAME_IN_BOTH = ['Beige', 'Hatchback'];

  /** Every piece of seeded tow text a driver reads, with where it is. */
  const texts: [where: string, text: Text][] = [
    ...INFRACTIONS.map(({ code, description }): [string, Text] => [code, description]),
    ...VEHICLES.flatMap(({ make, model, color, type }): [string, Text][] => [
      [`${make} ${model} color`, color],
      [`${make} ${model} type`, type],
    ]),
  ];

  it('has every infraction, colour and body type in English, translated rather than copied', () => {
    expect(texts.length).toBe(INFRACTIONS.length + 2 * VEHICLES.length);
    const copied = new Set<string>();
    for (const [where, [es, en]] of texts) {
      expect(es?.trim(), where).toBeTruthy();
      expect(en?.trim(), where).toBeTruthy();
      expect(en, `${where}: Spanish left in the English`).not.toMatch(/[¿¡áéíóúñ]/i);
      if (en === es) copied.add(es);
    }
    expect([...copied].sort()).toEqual(SAME_IN_BOTH);
  });

  it("picks a seeded pair's language and leaves an operator's text as sent", () => {
    const pair: Text = ['Rojo', 'Red'];
    expect([towTextIn(pair, 'es'), towTextIn(pair, 'en')]).toEqual(['Rojo', 'Red']);
    expect([towTextIn('Rojo', 'es'), towTextIn('Rojo', 'en')]).toEqual(['Rojo', 'Rojo']);
  });
});

describe('services in English', () => {
  /**
   * Text rightly the same in both languages: proper names, and words English shares. Any
   * other English text equal to its Spanish is a translation someone forgot.
   */
  const SAME_IN_BOTH = [
    'Animal',
    'Bus',
    'ENSA',
    'Internet',
    'Naturgy (EDECHI)',
    'Naturgy (EDEMET)',
    'No',
    'Taxi',
  ];

  /** Every piece of text a template shows, with where it is. */
  const texts = (template: ServiceTemplate): [where: string, text: Text][] => [
    ['name', template.name],
    ['description', template.description],
    ['category', template.category],
    ...template.questions.flatMap((q): [string, Text][] => [
      [`${q.code}.label`, q.label],
      ...(q.description ? [[`${q.code}.description`, q.description] as [string, Text]] : []),
      ...Object.entries(q.values ?? {}).map(([key, text]): [string, Text] => [
        `${q.code}=${key}`,
        text,
      ]),
    ]),
  ];

  it('has every text of every template in English, translated rather than copied', () => {
    expect(SERVICE_TEMPLATES.length).toBeGreaterThanOrEqual(70);
    const copied = new Set<string>();
    for (const template of SERVICE_TEMPLATES) {
      for (const [where, [es, en]] of texts(template)) {
        const at = `${template.slug} ${where}`;
        expect(es?.trim(), at).toBeTruthy();
        expect(en?.trim(), at).toBeTruthy();
        expect(en, `${at}: Spanish punctuation left in the English`).not.toMatch(/[¿¡«»]/);
        if (en === es) copied.add(es);
      }
      expect(template.keywords.en.length, template.slug).toBeGreaterThan(0);
      expect(template.keywords.en, template.slug).not.toEqual(template.keywords.es);
    }
    expect([...copied].sort()).toEqual(SAME_IN_BOTH);
  });

  it('gives each category one English name, never shared by two Spanish ones', () => {
    const english = new Map<string, Set<string>>();
    for (const { category } of SERVICE_TEMPLATES) {
      english.set(category[0], (english.get(category[0]) ?? new Set()).add(category[1]));
    }
    for (const [es, en] of english) expect([...en], es).toHaveLength(1);
    const names = [...english.values()].map((en) => [...en][0]!);
    expect(duplicates(names)).toEqual([]);
  });

  it('generates the same services in both languages, only their text differing', () => {
    const { es, en } = catalogue.services;
    const withoutText = (service: Service) => ({
      ...service,
      name: '',
      description: '',
      category: '',
      keywords: [],
      questions: service.questions.map((q) => ({
        ...q,
        label: '',
        description: q.description === undefined ? undefined : '',
        values: q.values?.map((v) => ({ key: v.key })),
      })),
    });
    expect(en).toHaveLength(es.length);
    en.forEach((service, i) => {
      expect(Service.safeParse(service).success, service.id).toBe(true);
      expect(withoutText(service)).toEqual(withoutText(es[i]!));
      expect(service.name, service.id).not.toBe(es[i]!.name);
    });
    expect(en.find((service) => service.id === 'svc-mop-hueco')).toMatchObject({
      name: 'Pothole',
      category: 'Roads and streets',
    });
  });
});

describe('FAQs and articles', () => {
  const { faqs, articles } = catalogue;
  const services = catalogue.services.es;

  it('has 150+ FAQs with unique ids that point at existing things', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(150);
    expect(duplicates(ids(faqs))).toEqual([]);
    const entityIds = new Set(ids(catalogue.entities));
    const serviceIds = new Set(ids(services));
    const articleIds = new Set(ids(articles));
    for (const faq of faqs) {
      expect(entityIds.has(faq.entityId), faq.id).toBe(true);
      if (faq.serviceId) expect(serviceIds.has(faq.serviceId), faq.id).toBe(true);
      if (faq.articleId) expect(articleIds.has(faq.articleId), faq.id).toBe(true);
    }
  });

  it('keeps every hand-written FAQ in the full catalogue', () => {
    expect(ids(faqs)).toEqual(expect.arrayContaining(ids(FAQS)));
  });

  it('has hand-written FAQs for the big entities', () => {
    for (const entityId of ['idaan', 'aaud', 'attt', 'mop', 'minsa', 'css', 'mun-panama']) {
      expect(
        FAQS.some((faq) => faq.entityId === entityId),
        entityId,
      ).toBe(true);
    }
  });

  it('localizes every FAQ to both languages', () => {
    for (const faq of faqs) {
      const es = localizeFaq(faq, 'es');
      const en = localizeFaq(faq, 'en');
      expect(Faq.safeParse(es).success, faq.id).toBe(true);
      expect(Faq.safeParse(en).success, faq.id).toBe(true);
      expect(es).toMatchObject({ lang: 'es', question: faq.es.question });
      expect(en).toMatchObject({ lang: 'en', question: faq.en.question });
    }
  });

  it('has every FAQ and article in English, translated rather than copied', () => {
    // The types require `en`, but a cast, a JSON edit or a pasted Spanish text gets past them.
    const translated = (es: string, en: unknown) =>
      typeof en === 'string' && en.trim() !== '' && en !== es && !/[¿¡]/.test(en);
    const paragraphs = (es: readonly string[], en: unknown) =>
      Array.isArray(en) &&
      en.length === es.length &&
      es.every((paragraph, i) => translated(paragraph, en[i]));
    const faqsLeft = faqs.filter(
      ({ es, en }: { es: LocalizedFaq['es']; en?: Partial<LocalizedFaq['en']> }) =>
        !translated(es.question, en?.question) || !translated(es.answer, en?.answer),
    );
    const articlesLeft = articles.filter(
      ({ es, en }: { es: LocalizedArticle['es']; en?: Partial<LocalizedArticle['en']> }) =>
        !translated(es.title, en?.title) || !paragraphs(es.paragraphs, en?.paragraphs),
    );
    expect(ids(faqsLeft)).toEqual([]);
    expect(ids(articlesLeft)).toEqual([]);
  });

  it('serves nothing in Spanish when asked for English', () => {
    const world = new World({ seed: 311, fleet: false, lifecycle: false });
    const spanish = new Map(world.faqs('es').map((faq) => [faq.id, faq]));
    const served = world.faqs('en');
    expect(served).toHaveLength(faqs.length);
    const inSpanish = served.filter(
      (faq) =>
        faq.lang !== 'en' ||
        !Faq.safeParse(faq).success ||
        faq.question === spanish.get(faq.id)?.question ||
        faq.answer === spanish.get(faq.id)?.answer,
    );
    expect(ids(inSpanish)).toEqual([]);
    for (const { id } of articles) {
      const [es, en] = [world.article(id, 'es'), world.article(id, 'en')];
      expect(en?.lang, id).toBe('en');
      expect(Article.safeParse(en).success, id).toBe(true);
      expect(en?.title, id).not.toBe(es?.title);
    }
  });

  it('localizes every article, with a valid update date', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const article of articles) {
      for (const lang of ['es', 'en'] as const) {
        const localized = localizeArticle(article, lang);
        expect(Article.safeParse(localized).success, article.id).toBe(true);
        expect(localized.paragraphs.length).toBeGreaterThan(0);
      }
      expect(Number.isNaN(Date.parse(article.updatedAt))).toBe(false);
    }
  });
});

describe('tows', () => {
  it('has yards and companies valid for the API, in the four metropolitan zones', () => {
    expect(catalogue.yards.length).toBeGreaterThanOrEqual(5);
    expect(catalogue.companies.length).toBeGreaterThanOrEqual(8);
    for (const yard of catalogue.yards) {
      expect(Yard.safeParse(yard).success, yard.id).toBe(true);
      expect(TOW_ZONES).toContain(yard.zone);
      expect(isInPanama(yard.lat, yard.lng), yard.id).toBe(true);
      for (const { opens, closes } of yard.hours) expect(opens < closes, yard.id).toBe(true);
    }
    for (const company of catalogue.companies) {
      expect(TowCompany.safeParse(company).success, company.id).toBe(true);
      expect(TOW_ZONES).toContain(company.zone);
    }
    expect(new Set(catalogue.companies.map((c) => c.zone))).toEqual(new Set(TOW_ZONES));
  });

  it('has enough infractions, vehicles and tow points, all points inside Panama', () => {
    expect(catalogue.infractions.length).toBeGreaterThanOrEqual(8);
    expect(catalogue.vehicles.length).toBeGreaterThanOrEqual(20);
    expect(catalogue.towPoints.length).toBeGreaterThanOrEqual(25);
    for (const point of [...catalogue.towPoints, ...Object.values(ROAD_NODES)]) {
      expect(isInPanama(point.lat, point.lng), JSON.stringify(point)).toBe(true);
    }
  });

  it('generates plates, cédulas and tickets that pass the SDK rules', () => {
    const random = createRandom(99);
    const plates = generatePlates(random, 200);
    expect(new Set(plates).size).toBe(200);
    for (const plate of plates)
      expect(normalizePlate(plate), plate).toEqual({ ok: true, value: plate });
    for (let i = 0; i < 200; i++) {
      const cedula = generateCedula(random);
      const ticket = generateTicket(random);
      expect(normalizeCedula(cedula), cedula).toEqual({ ok: true, value: cedula });
      expect(normalizeTicket(ticket), ticket).toEqual({ ok: true, value: ticket });
    }
  });
});

describe('routeBetween', () => {
  const routeLength = (route: readonly LatLng[]) =>
    route.slice(1).reduce((total, point, i) => total + haversineMeters(route[i]!, point), 0);
  it('drives from every tow point to every yard along the roads', () => {
    for (const from of catalogue.towPoints) {
      for (const to of catalogue.yards) {
        const route = routeBetween(from, to);
        expect(route[0]).toEqual({ lat: from.lat, lng: from.lng });
        expect(route.at(-1)).toEqual({ lat: to.lat, lng: to.lng });
        route.slice(1).forEach((p, i) => expect(haversineMeters(route[i]!, p)).toBeLessThan(3000));
        // Short hops may wind through the grid; across town the roads must stay fairly direct.
        const straight = haversineMeters(from, to);
        if (straight > 2000) {
          expect(routeLength(route), `${from.address} → ${to.name}`).toBeLessThan(3 * straight);
        }
      }
    }
  });

  it('reaches every waypoint from every other', () => {
    const nodes = Object.values(ROAD_NODES);
    const hub = ROAD_NODES.albrook;
    for (const node of nodes) {
      const route = routeBetween(hub, node);
      route.slice(1).forEach((p, i) => expect(haversineMeters(route[i]!, p)).toBeLessThan(3000));
    }
  });

  it('interpolates position and heading along a route, clamping at the ends', () => {
    const route = [
      { lat: 9, lng: -79.5 },
      { lat: 9.01, lng: -79.5 },
      { lat: 9.01, lng: -79.49 },
    ];
    const north = haversineMeters(route[0]!, route[1]!);
    expect(interpolateAlong(route, 0)).toMatchObject({ lat: 9, lng: -79.5, heading: 0 });
    const half = interpolateAlong(route, north / 2);
    expect(half.lat).toBeCloseTo(9.005, 6);
    expect(half.heading).toBeCloseTo(0, 6);
    expect(interpolateAlong(route, north + 10).heading).toBeCloseTo(90, 0);
    expect(interpolateAlong(route, 1e9)).toMatchObject({ lat: 9.01, lng: -79.49 });
    expect(interpolateAlong([{ lat: 9, lng: -79.5 }], 50)).toEqual({
      lat: 9,
      lng: -79.5,
      heading: 0,
    });
  });
});
