import type * as z from 'zod/mini';
import type {
  Case,
  CaseCreate,
  CaseStatus,
  Entity,
  Locale,
  NearbyCase,
  OperatorTow,
  Service,
  TimelineEvent,
  Tow,
  TowCreate,
  TowCompany,
  TowStatus,
  TruckPosition,
  Yard,
} from '@panama311/sdk';
import { FINAL_CASE_STATUSES } from '@panama311/sdk';
import { generateCatalogue, localizeArticle, localizeFaq } from './seed/index.js';
import { createRandom, type Random } from './seed/random.js';
import {
  generateCedula,
  generatePlates,
  generateTicket,
  haversineMeters,
  interpolateAlong,
  RELEASE_REQUIREMENTS_EN,
  RELEASE_REQUIREMENTS_ES,
  routeBetween,
  STORAGE_PER_DAY_CENTS,
  TOW_FEE_CENTS,
  towTextIn,
  type TowText,
} from './seed/tows.js';
import { dueAt, slaState } from './time/business.js';
import { createClock, type Clock } from './time/clock.js';
import { Streams } from './streams.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How the fake back end behaves. */
export interface WorldOptions {
  /** Same seed, same data. @default 311 */
  seed?: number;
  /** Virtual minutes per real minute. @default 1 */
  speed?: number;
  /** Virtual time at start. @default the real time now */
  start?: number | Date;
  /** Simulated tow trucks move by themselves; off, an external feed drives them. @default true */
  fleet?: boolean;
  /** Cases advance through their lifecycle by themselves. @default true */
  lifecycle?: boolean;
  /** Real time source, for tests. @default Date.now */
  now?: () => number;
}

/** A case as the back end keeps it: contact details never leave it. */
export interface CaseRecord extends ValidCase {
  number: string;
  token: string;
  entityId: string;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
  resolvedAt?: number;
  status: CaseStatus;
  timeline: StoredTimelineEvent[];
  supporters: number;
  feedback?: { rating: number; comment?: string };
  plan: CaseStep[];
}

type Localized = { es: string; en: string };

interface StoredTimelineEvent {
  id: string;
  at: number;
  type: 'created' | 'status' | 'note' | 'transfer';
  status?: CaseStatus;
  note?: Localized;
  from?: string;
  to?: string;
}

type CaseStep =
  | { at: number; kind: 'status'; status: CaseStatus; note?: Localized }
  | { at: number; kind: 'transfer'; to: string };

/** A tow as the back end keeps it: plate, ticket and cédula stay inside. */
export interface TowRecord {
  id: string;
  plate: string;
  ticketNumber: string;
  ownerCedula?: string;
  /** Colour, type and description: pairs when seeded, an operator's strings as sent. */
  vehicle: { make: string; model: string; color: TowText; type?: TowText };
  infraction: { code: string; description: TowText };
  from: { lat: number; lng: number; address?: string };
  status: TowStatus;
  requestedAt: number;
  dispatchedAt?: number;
  towedAt?: number;
  arrivedAt?: number;
  releasedAt?: number;
  companyId?: string;
  yardId?: string;
  truck?: { lat: number; lng: number; heading?: number; speedKph?: number; at: number };
  /** The simulated truck's trip, when the fleet drives this tow. */
  trip?: { route: { lat: number; lng: number }[]; startedAt: number; metresPerMs: number };
  /** An operator's system drives this tow: the fleet leaves it alone. */
  external: boolean;
  /** Storage days already announced, so a new day emits one event. */
  daysAnnounced: number;
}

const NOTES: Localized[] = [
  {
    es: 'Una cuadrilla fue asignada y visitará el lugar.',
    en: 'A crew has been assigned and will visit the site.',
  },
  {
    es: 'Inspección realizada; se programó la reparación.',
    en: 'Inspection done; the repair has been scheduled.',
  },
  {
    es: 'Estamos esperando materiales para completar el trabajo.',
    en: 'We are waiting for materials to finish the work.',
  },
];

const TRANSFER_NOTE: Localized = {
  es: 'El caso corresponde a otra entidad y fue transferido.',
  en: 'The case belongs to another entity and was transferred.',
};
const RESOLVED_NOTE: Localized = {
  es: 'Trabajo completado. Gracias por su reporte.',
  en: 'Work completed. Thank you for your report.',
};

/** The stateful fake 311 back end: catalogue, cases, tows, clock and live streams. */
export class World {
  readonly clock: Clock;
  readonly seed: number;
  readonly entities: Entity[];
  /** The services in Spanish, the catalogue's source language. */
  readonly services: Service[];
  /** Each language's services by id, built once: lookups run on every request. */
  private readonly servicesById: Record<Locale, Map<string, Service>>;
  readonly yards: Yard[];
  readonly companies: TowCompany[];
  readonly catalogue: ReturnType<typeof generateCatalogue>;
  readonly cases = new Map<string, CaseRecord>();
  readonly tows = new Map<string, TowRecord>();
  readonly streams = new Streams();
  fleet: boolean;
  lifecycle: boolean;
  private readonly random: Random;
  private caseSeq = 0;
  private readonly listeners = new Set<() => void>();

  constructor(options: WorldOptions = {}) {
    this.seed = options.seed ?? 311;
    this.fleet = options.fleet ?? true;
    this.lifecycle = options.lifecycle ?? true;
    this.clock = createClock({ start: options.start, speed: options.speed ?? 1, now: options.now });
    this.random = createRandom(this.seed);
    this.catalogue = generateCatalogue(this.seed);
    this.entities = this.catalogue.entities;
    this.services = this.catalogue.services.es;
    const byId = (list: Service[]) => new Map(list.map((s) => [s.id, s]));
    this.servicesById = { es: byId(this.services), en: byId(this.catalogue.services.en) };
    this.yards = this.catalogue.yards;
    this.companies = this.catalogue.companies;
    this.seedCases();
    this.seedTows();
  }

  /** Called after every change (persistence listens). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  now(): number {
    return this.clock.now();
  }

  entity(id: string): Entity | undefined {
    return this.entities.find((e) => e.id === id);
  }

  /** A service with its text in `lang`; ids, codes, list keys and rules are the same in both. */
  service(id: string, lang: Locale = 'es'): Service | undefined {
    return this.servicesById[lang].get(id);
  }

  /** Every service with its text in `lang`, in the same order in both languages. */
  servicesIn(lang: Locale): Service[] {
    return lang === 'en' ? this.catalogue.services.en : this.services;
  }

  faqs(lang: Locale) {
    return this.catalogue.faqs.map((f) => localizeFaq(f, lang));
  }

  article(id: string, lang: Locale) {
    const found = this.catalogue.articles.find((a) => a.id === id);
    return found && localizeArticle(found, lang);
  }

  /* ---------------- cases ---------------- */

  /** Files a case (input already validated) and plans its lifecycle. */
  createCase(input: ValidCase, at = this.now(), random: Random = this.random): CaseRecord {
    const service = this.service(input.serviceId)!;
    const year = new Date(at - 5 * HOUR).getUTCFullYear();
    const number = `311-${year}-${String(++this.caseSeq).padStart(6, '0')}`;
    const record: CaseRecord = {
      number,
      token: random.id('', 32),
      serviceId: service.id,
      entityId: service.entityId,
      description: input.description,
      answers: input.answers,
      location: input.location,
      attachments: input.attachments,
      contact: input.contact,
      lang: input.lang,
      createdAt: at,
      updatedAt: at,
      dueAt: dueAt(at, service.sla),
      status: 'received',
      timeline: [{ id: `${number}-1`, at, type: 'created', status: 'received' }],
      supporters: 0,
      plan: this.planCase(service, at, random),
    };
    this.cases.set(number, record);
    this.changed();
    return record;
  }

  private planCase(service: Service, at: number, random: Random): CaseStep[] {
    const window = dueAt(at, service.sla) - at;
    const steps: CaseStep[] = [];
    let t = at + random.int(10, 40) * MINUTE;
    steps.push({ at: t, kind: 'status', status: 'assigned', note: random.pick(NOTES) });
    t += random.int(1, 4) * HOUR;
    steps.push({ at: t, kind: 'status', status: 'in_progress' });
    if (random.next() < 0.3) {
      const others = this.entities.filter(
        (e) => e.id !== service.entityId && e.kind !== 'municipality',
      );
      t += random.int(1, 3) * HOUR;
      steps.push({ at: t, kind: 'transfer', to: random.pick(others).id });
      t += random.int(1, 3) * HOUR;
      steps.push({ at: t, kind: 'status', status: 'in_progress' });
    }
    if (random.next() < 0.2) {
      t += random.int(1, 6) * HOUR;
      steps.push({ at: t, kind: 'status', status: 'on_hold', note: NOTES[2] });
      t += random.int(2, 12) * HOUR;
      steps.push({ at: t, kind: 'status', status: 'in_progress' });
    }
    // Most cases are resolved within their SLA; some are late, so "overdue" is seen too.
    const share = random.next() < 0.8 ? 0.4 + random.next() * 0.5 : 1.1 + random.next() * 0.6;
    t = Math.max(t + HOUR, at + window * share);
    steps.push({ at: t, kind: 'status', status: 'resolved', note: RESOLVED_NOTE });
    steps.push({ at: t + 3 * DAY, kind: 'status', status: 'closed' });
    return steps;
  }

  /** Applies every planned step that is due; returns whether anything changed. */
  advanceCase(record: CaseRecord, now = this.now()): boolean {
    let changed = false;
    while (record.plan[0] && record.plan[0].at <= now) {
      const step = record.plan.shift()!;
      const id = `${record.number}-${record.timeline.length + 1}`;
      if (step.kind === 'transfer') {
        record.timeline.push({
          id,
          at: step.at,
          type: 'transfer',
          from: record.entityId,
          to: step.to,
          note: TRANSFER_NOTE,
        });
        record.entityId = step.to;
        record.status = 'transferred';
      } else {
        record.status = step.status;
        record.timeline.push({ id, at: step.at, type: 'status', status: step.status });
        if (step.note) {
          record.timeline.push({ id: `${id}n`, at: step.at, type: 'note', note: step.note });
        }
        if (step.status === 'resolved') record.resolvedAt = step.at;
      }
      record.updatedAt = step.at;
      changed = true;
    }
    if (changed) this.announceCase(record);
    return changed;
  }

  announceCase(record: CaseRecord): void {
    this.streams.emit(`case:${record.number}`, 'case', (lang) => this.caseView(record, lang));
    this.changed();
  }

  /** The public view of a case, for its tracking-token holder. */
  caseView(record: CaseRecord, lang: Locale): Case {
    const service = this.service(record.serviceId, lang)!;
    const entity = this.entity(record.entityId)!;
    const name = (id: string) => ({ id, name: this.entity(id)?.name ?? id });
    const now = this.now();
    const sla = slaState(now, record.createdAt, record.dueAt, record.resolvedAt);
    return {
      number: record.number,
      status: record.status,
      service: { id: service.id, name: service.name },
      entity: { id: entity.id, name: entity.name },
      description: record.description,
      ...(record.location ? { location: record.location } : {}),
      createdAt: iso(record.createdAt),
      updatedAt: iso(record.updatedAt),
      dueAt: iso(record.dueAt),
      sla: { state: sla, dueAt: iso(record.dueAt) },
      attachments: record.attachments,
      supporters: record.supporters,
      timeline: record.timeline.map((e): TimelineEvent => ({
        id: e.id,
        at: iso(e.at),
        type: e.type,
        ...(e.status ? { status: e.status } : {}),
        ...(e.note ? { note: e.note[lang] } : {}),
        ...(e.from ? { from: name(e.from) } : {}),
        ...(e.to ? { to: name(e.to) } : {}),
      })),
      ...(record.feedback ? { feedback: record.feedback } : {}),
    };
  }

  /** Open cases of a service within `radius` metres, nearest first, without personal data. */
  nearby(serviceId: string, point: { lat: number; lng: number }, radius: number): NearbyCase[] {
    return [...this.cases.values()]
      .filter((c) => c.serviceId === serviceId && !FINAL_CASE_STATUSES.includes(c.status))
      .flatMap((c) => {
        const { lat, lng } = c.location ?? {};
        // A case placed by address only has no point to measure from.
        return lat === undefined || lng === undefined
          ? []
          : [{ c, d: haversineMeters(point, { lat, lng }) }];
      })
      .filter(({ d }) => d <= radius)
      .sort((a, b) => a.d - b.d)
      .slice(0, 10)
      .map(({ c, d }) => ({
        number: c.number,
        status: c.status,
        serviceId: c.serviceId,
        summary: c.description.length > 140 ? `${c.description.slice(0, 139)}…` : c.description,
        createdAt: iso(c.createdAt),
        distanceMeters: Math.round(d),
        supporters: c.supporters,
      }));
  }

  /* ---------------- tows ---------------- */

  /** Registers a tow an inspector requested (input already validated). */
  createTow(
    input: NewTow,
    options: { external: boolean; at?: number; random?: Random },
  ): TowRecord {
    const random = options.random ?? this.random;
    const at = options.at ?? this.now();
    const record: TowRecord = {
      id: `tow_${random.id('', 20)}`,
      plate: input.plate,
      ticketNumber: input.ticketNumber,
      ...(input.ownerCedula ? { ownerCedula: input.ownerCedula } : {}),
      vehicle: input.vehicle,
      infraction: input.infraction,
      from: input.location,
      status: 'requested',
      requestedAt: at,
      external: options.external,
      daysAnnounced: 0,
    };
    this.tows.set(record.id, record);
    this.announceTow(record);
    return record;
  }

  /** Assigns a company and a yard (the nearest one unless told). */
  assignTow(record: TowRecord, companyId: string, yardId?: string): void {
    record.companyId = companyId;
    record.yardId = yardId ?? this.nearestYard(record.from).id;
    this.announceTow(record);
  }

  nearestYard(point: { lat: number; lng: number }): Yard {
    return [...this.yards].sort(
      (a, b) => haversineMeters(point, a) - haversineMeters(point, b),
    )[0]!;
  }

  /** Moves a tow to a status, stamping the time; the truck goes when it is no longer needed. */
  setTowStatus(record: TowRecord, status: TowStatus, at = this.now()): void {
    record.status = status;
    if (status === 'dispatched') record.dispatchedAt = at;
    if (status === 'towing') record.towedAt = at;
    if (status === 'at_yard') record.arrivedAt = at;
    if (status === 'released') record.releasedAt = at;
    if (status === 'at_yard' || status === 'released') {
      delete record.truck;
      delete record.trip;
    }
    this.announceTow(record);
  }

  /** Records truck fixes (oldest first); each becomes a `position` event. */
  pushPositions(
    record: TowRecord,
    positions: { lat: number; lng: number; heading?: number; speedKph?: number; at: string }[],
  ): void {
    for (const p of positions) {
      record.truck = {
        lat: p.lat,
        lng: p.lng,
        heading: p.heading,
        speedKph: p.speedKph,
        at: Date.parse(p.at),
      };
      this.streams.emit(`tow:${record.id}`, 'position', () => this.truckView(record.truck!));
    }
    this.changed();
  }

  announceTow(record: TowRecord): void {
    this.streams.emit(`tow:${record.id}`, 'tow', (lang) => this.towView(record, lang));
    this.changed();
  }

  /** Tows of a plate whose verifier matches: ticket number or the owner's cédula. */
  lookup(plate: string, verifier: { type: 'cedula' | 'ticket'; value: string }): TowRecord[] {
    return [...this.tows.values()]
      .filter(
        (t) =>
          t.plate === plate &&
          (verifier.type === 'ticket'
            ? t.ticketNumber === verifier.value
            : t.ownerCedula === verifier.value),
      )
      .sort((a, b) => b.requestedAt - a.requestedAt);
  }

  private truckView(truck: NonNullable<TowRecord['truck']>): TruckPosition {
    return {
      lat: round6(truck.lat),
      lng: round6(truck.lng),
      ...(truck.heading === undefined ? {} : { heading: Math.round(truck.heading) }),
      ...(truck.speedKph === undefined ? {} : { speedKph: Math.round(truck.speedKph) }),
      at: iso(truck.at),
    };
  }

  /** Fees as of now: the tow once it is towed, then storage per started day at the yard. */
  fees(record: TowRecord, now = this.now()) {
    const money = (cents: number) => ({ cents, currency: 'PAB' });
    const towed = record.towedAt !== undefined || record.arrivedAt !== undefined;
    const days =
      record.arrivedAt === undefined
        ? 0
        : Math.ceil(((record.releasedAt ?? now) - record.arrivedAt) / DAY);
    return {
      days,
      view: {
        tow: money(TOW_FEE_CENTS),
        storagePerDay: money(STORAGE_PER_DAY_CENTS),
        accrued: money((towed ? TOW_FEE_CENTS : 0) + Math.max(0, days) * STORAGE_PER_DAY_CENTS),
        asOf: iso(now),
      },
    };
  }

  /** The public view of a tow in `lang`: make, model and colour, no owner, no full plate. */
  towView(record: TowRecord, lang: Locale): Tow {
    const company = this.companies.find((c) => c.id === record.companyId);
    const yard = this.yards.find((y) => y.id === record.yardId);
    const moving = record.status === 'dispatched' || record.status === 'towing';
    return {
      id: record.id,
      plateMasked: '•'.repeat(Math.max(0, record.plate.length - 2)) + record.plate.slice(-2),
      status: record.status,
      vehicle: {
        make: record.vehicle.make,
        model: record.vehicle.model,
        color: towTextIn(record.vehicle.color, lang),
        ...(record.vehicle.type === undefined
          ? {}
          : { type: towTextIn(record.vehicle.type, lang) }),
      },
      infraction: {
        code: record.infraction.code,
        description: towTextIn(record.infraction.description, lang),
      },
      from: record.from,
      requestedAt: iso(record.requestedAt),
      ...(record.towedAt === undefined ? {} : { towedAt: iso(record.towedAt) }),
      ...(record.arrivedAt === undefined ? {} : { arrivedAt: iso(record.arrivedAt) }),
      ...(record.releasedAt === undefined ? {} : { releasedAt: iso(record.releasedAt) }),
      ...(company ? { company } : {}),
      ...(yard ? { yard } : {}),
      ...(moving && record.truck ? { truck: this.truckView(record.truck) } : {}),
      fees: this.fees(record).view,
      releaseRequirements: [...(lang === 'en' ? RELEASE_REQUIREMENTS_EN : RELEASE_REQUIREMENTS_ES)],
    };
  }

  operatorTowView(record: TowRecord): OperatorTow {
    return {
      ...this.towView(record, 'es'),
      plate: record.plate,
      ticketNumber: record.ticketNumber,
    };
  }

  /** A version tag of a case or tow: it changes whenever its stream emits. */
  etag(key: string): string {
    return `"${key.replace(/[^a-z0-9_-]/gi, '')}-${this.streams.seq(key)}"`;
  }

  /* ---------------- time ---------------- */

  /** Moves the world to the clock's now: lifecycles, trucks, fees. */
  tick(): void {
    const now = this.now();
    if (this.lifecycle) for (const record of this.cases.values()) this.advanceCase(record, now);
    for (const record of this.tows.values()) {
      if (this.fleet && !record.external) this.driveTow(record, now);
      if (record.status === 'at_yard') {
        const { days } = this.fees(record, now);
        if (days > record.daysAnnounced) {
          record.daysAnnounced = days;
          this.announceTow(record);
        }
      }
    }
  }

  private driveTow(record: TowRecord, now: number): void {
    if (record.status === 'requested' && now - record.requestedAt >= 3 * MINUTE) {
      const company = this.nearestCompany(record.from);
      this.assignTow(record, company.id);
      this.setTowStatus(record, 'dispatched', now);
      const depot = offset(record.from, 2500, (record.requestedAt / MINUTE) % 360);
      this.startTrip(record, routeBetween(depot, record.from), now, 30);
      return;
    }
    if (!record.trip) return;
    const travelled = (now - record.trip.startedAt) * record.trip.metresPerMs;
    const length = routeLength(record.trip.route);
    const point = interpolateAlong(record.trip.route, Math.min(travelled, length));
    record.truck = {
      lat: point.lat,
      lng: point.lng,
      heading: point.heading,
      speedKph: travelled >= length ? 0 : (record.trip.metresPerMs * 3_600_000) / 1000,
      at: now,
    };
    this.streams.emit(`tow:${record.id}`, 'position', () => this.truckView(record.truck!));
    if (travelled < length) return;
    if (record.status === 'dispatched') {
      this.setTowStatus(record, 'towing', now);
      const yard = this.yards.find((y) => y.id === record.yardId) ?? this.nearestYard(record.from);
      this.startTrip(record, routeBetween(record.from, yard), now, 25);
    } else if (record.status === 'towing') {
      this.setTowStatus(record, 'at_yard', now);
    }
  }

  private startTrip(
    record: TowRecord,
    route: { lat: number; lng: number }[],
    at: number,
    kph: number,
  ): void {
    record.trip = { route, startedAt: at, metresPerMs: (kph * 1000) / HOUR };
    const start = route[0]!;
    record.truck = { lat: start.lat, lng: start.lng, speedKph: kph, at };
  }

  private nearestCompany(point: { lat: number; lng: number }): TowCompany {
    const yard = this.nearestYard(point);
    return this.companies.find((c) => c.zone === yard.zone) ?? this.companies[0]!;
  }

  /* ---------------- persistence ---------------- */

  /** Cases and tows as plain data, to save. */
  dump(): { cases: CaseRecord[]; tows: TowRecord[] } {
    return { cases: [...this.cases.values()], tows: [...this.tows.values()] };
  }

  /** Replaces cases and tows with saved ones and moves the clock to where it was. */
  restore(saved: { now: number; cases: unknown[]; tows: unknown[] }): void {
    this.cases.clear();
    for (const c of saved.cases as CaseRecord[]) this.cases.set(c.number, c);
    this.tows.clear();
    for (const t of saved.tows as TowRecord[]) this.tows.set(t.id, t);
    this.caseSeq = Math.max(0, ...[...this.cases.keys()].map((n) => Number(n.slice(-6))));
    if (saved.now > this.now()) this.clock.advance(saved.now - this.now());
  }

  /* ---------------- seed ---------------- */

  private seedCases(): void {
    const random = createRandom(this.seed + 1);
    const start = this.now();
    const located = this.services.filter((s) => s.location === 'required');
    for (let i = 0; i < 60; i++) {
      const service =
        i === 0
          ? (this.services.find((s) => s.id.includes('fuga')) ?? located[0]!)
          : random.pick(located);
      const point = random.pick(this.catalogue.towPoints);
      const createdAt = i === 0 ? start - 5 * MINUTE : start - random.int(1, 20 * 24) * HOUR;
      const record = this.createCase(
        {
          serviceId: service.id,
          description: `${service.name}: ${random.pick(SEED_DESCRIPTIONS)}`,
          answers: {},
          location: {
            lat: point.lat + (random.next() - 0.5) / 500,
            lng: point.lng + (random.next() - 0.5) / 500,
            address: point.address,
          },
          attachments: [],
          contact: { anonymous: true },
          lang: 'es',
        },
        createdAt,
        random,
      );
      if (i === 0) {
        // The demo case the README names: recent, so its status moves while you watch.
        record.token = 'demo-tracking-token-311';
      }
      this.advanceCase(record, start);
    }
  }

  private seedTows(): void {
    const random = createRandom(this.seed + 2);
    const start = this.now();
    const plates = generatePlates(random, 40);
    const statuses: TowStatus[] = ['requested', 'dispatched', 'towing', 'at_yard', 'released'];
    const demo = DEMO_TOWS.map((d) => ({ ...d }));
    for (let i = 0; i < 40; i++) {
      const d = demo[i];
      const status = d?.status ?? statuses[i % statuses.length]!;
      const point = random.pick(this.catalogue.towPoints);
      const record = this.createTow(
        {
          plate: d?.plate ?? plates[i]!,
          ticketNumber: d?.ticket ?? generateTicket(random),
          ownerCedula: d?.cedula ?? generateCedula(random),
          vehicle: random.pick(this.catalogue.vehicles),
          infraction: random.pick(this.catalogue.infractions),
          location: point,
        },
        {
          external: false,
          at: start - (d?.ageMinutes ?? random.int(5, 4 * 24 * 60)) * MINUTE,
          random,
        },
      );
      this.stageTow(record, status, start);
    }
  }

  /** Puts a seeded tow in a status as if the fleet had brought it there. */
  private stageTow(record: TowRecord, status: TowStatus, now: number): void {
    if (status === 'requested') return;
    // Seeded trucks on the road take the long way (the farthest yard), so the demo shows one
    // moving for a while even with a fast clock.
    const yard =
      status === 'towing'
        ? [...this.yards].sort(
            (a, b) => haversineMeters(record.from, b) - haversineMeters(record.from, a),
          )[0]!
        : this.nearestYard(record.from);
    this.assignTow(record, this.nearestCompany(record.from).id, yard.id);
    const t0 = record.requestedAt;
    if (status === 'dispatched') {
      this.setTowStatus(record, 'dispatched', now - MINUTE);
      this.startTrip(
        record,
        routeBetween(offset(record.from, 3000, 45), record.from),
        now - MINUTE,
        30,
      );
      return;
    }
    record.dispatchedAt = t0 + 3 * MINUTE;
    if (status === 'towing') {
      this.setTowStatus(record, 'towing', now - MINUTE);
      this.startTrip(record, routeBetween(record.from, yard), now - MINUTE, 25);
      return;
    }
    record.towedAt = t0 + 20 * MINUTE;
    this.setTowStatus(record, 'at_yard', t0 + 50 * MINUTE);
    record.daysAnnounced = this.fees(record, now).days;
    if (status === 'released') this.setTowStatus(record, 'released', Math.min(now, t0 + 2 * DAY));
  }
}

/** A case as it arrives, after validation with the SDK's schema. */
export type ValidCase = Omit<z.output<typeof CaseCreate>, 'consent'>;

/** A tow as an operator registers it, after validation with the SDK's schema. */
export type ValidTow = z.output<typeof TowCreate>;

/** A tow to register: an operator's, its text as sent, or a seeded one, its text in pairs. */
type NewTow = Omit<ValidTow, 'vehicle' | 'infraction'> & Pick<TowRecord, 'vehicle' | 'infraction'>;

/** Demo tows the README names, so anyone can try the lookup. */
export const DEMO_TOWS = [
  { plate: 'AB1234', cedula: '8-123-4567', ticket: '00123456', status: 'towing', ageMinutes: 30 },
  {
    plate: 'CD5678',
    cedula: '8-234-5678',
    ticket: '00234567',
    status: 'at_yard',
    ageMinutes: 2 * 24 * 60,
  },
  {
    plate: 'EF9012',
    cedula: 'PE-12-345',
    ticket: '00345678',
    status: 'dispatched',
    ageMinutes: 10,
  },
  { plate: 'GH3456', cedula: 'E-8-12345', ticket: '00456789', status: 'requested', ageMinutes: 1 },
  {
    plate: 'AB1234',
    cedula: '8-123-4567',
    ticket: '00567890',
    status: 'released',
    ageMinutes: 40 * 24 * 60,
  },
] as const satisfies readonly {
  plate: string;
  cedula: string;
  ticket: string;
  status: TowStatus;
  ageMinutes: number;
}[];

const SEED_DESCRIPTIONS = [
  'lleva varios días sin atenderse y afecta a los vecinos.',
  'es un peligro para peatones y conductores, sobre todo de noche.',
  'ya se reportó antes por teléfono y sigue igual.',
  'empeoró con las lluvias de esta semana.',
];

const iso = (ms: number) => new Date(ms).toISOString();
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function routeLength(route: { lat: number; lng: number }[]): number {
  let total = 0;
  for (let i = 1; i < route.length; i++) total += haversineMeters(route[i - 1]!, route[i]!);
  return total;
}

/** The point `metres` away from `p` in direction `bearing` (degrees). */
function offset(p: { lat: number; lng: number }, metres: number, bearing: number) {
  const rad = (bearing * Math.PI) / 180;
  const dLat = (metres * Math.cos(rad)) / 111_320;
  const dLng = (metres * Math.sin(rad)) / (111_320 * Math.cos((p.lat * Math.PI) / 180));
  return { lat: p.lat + dLat, lng: p.lng + dLng };
}
