import {
  checkDescription,
  formatMessage,
  normalizeEmail,
  normalizePhone,
  type CaseCreate,
  type Question,
  type Service,
} from '@panama311/sdk';
import type { FieldProblem } from '../shared/forms.js';
import type { Lang } from '../shared/lang.js';
import type { Strings } from './strings.js';

/** Every step the form may show, in order; a service decides which of them it needs. */
export const STEPS = [
  'describe',
  'service',
  'questions',
  'location',
  'photos',
  'contact',
  'review',
] as const;
export type StepId = (typeof STEPS)[number];

/** A point the citizen marked, and how. */
export interface Point {
  lat: number;
  lng: number;
  source: 'gps' | 'map';
}

/** What the citizen entered: the draft's `data`, restored after a reload. */
export interface Entries {
  description: string;
  serviceId: string;
  category: string;
  /** Answers by question code, as the inputs hold them (strings; keys for lists). */
  answers: Record<string, string | string[]>;
  address: string;
  landmark: string;
  point?: Point;
  /** `undefined` until the citizen chooses. */
  anonymous?: boolean;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** The FAQ answers were shown and the citizen went on. */
  faqPassed: boolean;
  /** Attachment ids of photos already uploaded, by photo id, so a retry does not send them again. */
  uploaded: Record<string, string>;
}

export const emptyEntries = (): Entries => ({
  description: '',
  serviceId: '',
  category: '',
  answers: {},
  address: '',
  landmark: '',
  name: '',
  email: '',
  phone: '',
  consent: false,
  faqPassed: false,
  uploaded: {},
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strRecord = <T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, T] => ok(e[1])))
    : {};
const isString = (x: unknown): x is string => typeof x === 'string';
const isAnswer = (x: unknown): x is string | string[] =>
  isString(x) || (Array.isArray(x) && x.every(isString));

/** Entries from a stored draft, field by field: anything unexpected is dropped, never trusted. */
export function restoreEntries(data: Record<string, unknown>): Entries {
  const p = data.point as Partial<Point> | undefined;
  return {
    ...emptyEntries(),
    description: str(data.description),
    serviceId: str(data.serviceId),
    category: str(data.category),
    answers: strRecord(data.answers, isAnswer),
    address: str(data.address),
    landmark: str(data.landmark),
    ...(typeof p?.lat === 'number' && typeof p.lng === 'number'
      ? { point: { lat: p.lat, lng: p.lng, source: p.source === 'gps' ? 'gps' : 'map' } }
      : {}),
    ...(typeof data.anonymous === 'boolean' ? { anonymous: data.anonymous } : {}),
    name: str(data.name),
    email: str(data.email),
    phone: str(data.phone),
    consent: data.consent === true,
    faqPassed: data.faqPassed === true,
    uploaded: strRecord(data.uploaded, isString),
  };
}

/** A point as people read it: "8.98240, -79.51990". */
export const coords = (p: { lat: number; lng: number }) =>
  `${p.lat.toFixed(5)}, ${p.lng.toFixed(5)}`;

/** The steps a service needs; with no service yet, every step that may come. */
export function stepsFor(service: Service | undefined, preset: boolean): StepId[] {
  return STEPS.filter((step) => {
    switch (step) {
      case 'service':
        return !preset;
      case 'questions':
        return !service || service.questions.length > 0;
      case 'location':
        return !service || service.location !== 'none';
      case 'photos':
        return !service || service.attachments.allowed;
      default:
        return true;
    }
  });
}

/** A service's questions in the order it gives them. */
export const questionsOf = (service: Service): Question[] =>
  [...service.questions].sort((a, b) => a.order - b.order);

/** The id of a question's input (its first option for lists). */
export const questionId = (code: string) => `q-${code.replace(/[^\w-]/g, '_')}`;

/** The datatypes asked with a single-line input; anything unknown is asked as long text. */
const isEmpty = (v: string | string[] | undefined) =>
  v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');

const toNumber = (v: string) => Number(v.trim().replace(',', '.'));

/** Panama keeps UTC−5 all year, so a local date and time has one meaning. */
export const toInstant = (v: string) => (/T\d\d:\d\d$/.test(v) ? `${v}:00-05:00` : `${v}-05:00`);

/**
 * The problems of one step, in the order of its fields: each with the id of the field its
 * error summary link focuses, and a message in the element's language.
 */
export function validateStep(
  step: StepId,
  e: Entries,
  service: Service | undefined,
  t: Strings,
  lang: Lang,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (id: string, message: string) => problems.push({ id, message });
  switch (step) {
    case 'describe': {
      const rule = checkDescription(e.description);
      if (!rule.ok)
        add(
          'description',
          rule.code === 'required' ? t.descriptionRequired : formatMessage(rule.code, lang),
        );
      break;
    }
    case 'service':
      if (!service) add(e.category ? 'service' : 'category', t.serviceRequired);
      break;
    case 'questions':
      for (const q of service ? questionsOf(service) : []) {
        if (!q.variable) continue;
        const value = e.answers[q.code];
        if (isEmpty(value)) {
          if (q.required) add(questionId(q.code), t.answerRequired(q.label));
        } else if (q.datatype === 'number' && !Number.isFinite(toNumber(String(value)))) {
          add(questionId(q.code), t.numberInvalid(q.label));
        }
      }
      break;
    case 'location':
      // A point, an address or a landmark: the map is never the only way.
      if (service?.location === 'required' && !e.point && !e.address.trim() && !e.landmark.trim()) {
        add('address', t.pointRequired);
      }
      break;
    case 'contact': {
      if (e.anonymous === undefined) add('contact-named', t.contactChoiceRequired);
      if (e.anonymous === false) {
        if (!e.name.trim()) add('name', t.nameRequired);
        const email = e.email.trim() ? normalizeEmail(e.email) : undefined;
        const phone = e.phone.trim() ? normalizePhone(e.phone) : undefined;
        if (!email && !phone) add('email', formatMessage('contact_required', lang));
        if (email && !email.ok) add('email', formatMessage(email.code, lang));
        if (phone && !phone.ok) add('phone', formatMessage(phone.code, lang));
      }
      if (!e.consent) add('consent', formatMessage('consent_required', lang));
      break;
    }
    default:
      break;
  }
  return problems;
}

/** The wire answers: numbers as numbers, dates as instants, lists as keys; empties left out. */
export function answersFor(
  e: Entries,
  service: Service,
): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const q of service.questions) {
    const value = e.answers[q.code];
    if (!q.variable || isEmpty(value)) continue;
    if (Array.isArray(value)) out[q.code] = value;
    else if (q.datatype === 'number') out[q.code] = toNumber(value!);
    else if (q.datatype === 'datetime') out[q.code] = toInstant(value!);
    else out[q.code] = value!.trim();
  }
  return out;
}

/** What is sent to file the case; `attachments` are the uploaded photos' ids. */
export function toCaseCreate(
  e: Entries,
  service: Service,
  attachments: string[],
  lang: Lang,
): CaseCreate {
  const address = e.address.trim();
  const landmark = e.landmark.trim();
  const description = e.description.trim();
  let location: CaseCreate['location'];
  if (service.location !== 'none') {
    if (e.point || address || landmark) {
      location = {
        ...(e.point ? { lat: e.point.lat, lng: e.point.lng } : {}),
        ...(address ? { address } : {}),
        ...(landmark ? { landmark } : {}),
      };
    }
  }
  return {
    serviceId: service.id,
    description,
    answers: answersFor(e, service),
    ...(location ? { location } : {}),
    attachments,
    contact: e.anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          name: e.name.trim(),
          ...(e.email.trim() ? { email: e.email.trim() } : {}),
          ...(e.phone.trim() ? { phone: e.phone.trim() } : {}),
        },
    consent: true,
    lang,
  };
}

/** Where a server field error (a JSON Pointer into `CaseCreate`) is fixed: the step and field. */
export function fieldForPointer(pointer: string): { step: StepId; id: string } {
  const [head = '', sub = ''] = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  switch (head) {
    case 'description':
      return { step: 'describe', id: 'description' };
    case 'serviceId':
      return { step: 'service', id: 'service' };
    case 'answers':
      return { step: 'questions', id: questionId(sub) };
    case 'location':
      return { step: 'location', id: sub === 'address' || sub === 'landmark' ? sub : 'locate' };
    case 'attachments':
      return { step: 'photos', id: 'photo-input' };
    case 'contact':
      return {
        step: 'contact',
        id: ['name', 'email', 'phone'].includes(sub) ? sub : 'contact-named',
      };
    case 'consent':
      return { step: 'contact', id: 'consent' };
    default:
      return { step: 'review', id: 'submit' };
  }
}
