import { formatMessage, pickLocale, type FieldError, type Locale } from '@panama311/sdk';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** A JSON answer. */
export const json = (body: unknown, init: { status?: number; headers?: HeadersInit } = {}) =>
  new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...JSON_TYPE, ...Object.fromEntries(new Headers(init.headers)) },
  });

const TITLES: Record<number, [es: string, en: string]> = {
  400: ['Solicitud mal formada', 'Malformed request'],
  401: ['No autorizado', 'Unauthorized'],
  403: ['Prohibido', 'Forbidden'],
  404: ['No encontrado', 'Not found'],
  405: ['Método no permitido', 'Method not allowed'],
  409: ['Conflicto', 'Conflict'],
  413: ['Archivo demasiado grande', 'Payload too large'],
  415: ['Tipo de contenido no admitido', 'Unsupported media type'],
  422: ['Datos no válidos', 'Invalid data'],
  429: ['Demasiadas solicitudes', 'Too many requests'],
  500: ['Error interno', 'Internal error'],
  503: ['Servicio no disponible', 'Service unavailable'],
};

export interface ProblemInit {
  status: number;
  /** Stable code, also the key of the localised detail. */
  code: string;
  /** Detail in the request's language; defaults to the code's message. */
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
  headers?: HeadersInit;
}

/** An RFC 9457 problem in the language the request asked for. */
export function problem(request: Request, init: ProblemInit): Response {
  const locale = localeOf(request);
  const [es, en] = TITLES[init.status] ?? ['Error', 'Error'];
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/problem+json; charset=utf-8');
  headers.set('content-language', locale);
  if (init.retryAfter !== undefined) headers.set('retry-after', String(Math.ceil(init.retryAfter)));
  return new Response(
    JSON.stringify({
      type: `https://api.311.gob.pa/problems/${init.code.replace(/_/g, '-')}`,
      title: locale === 'en' ? en : es,
      status: init.status,
      detail: init.detail ?? formatMessage(init.code, locale),
      code: init.code,
      ...(init.errors ? { errors: init.errors } : {}),
    }),
    { status: init.status, headers },
  );
}

/** `es` or `en` from `Accept-Language`, Spanish first. */
export const localeOf = (request: Request): Locale =>
  pickLocale(request.headers.get('accept-language'));
