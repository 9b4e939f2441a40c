/** Languages the SDK speaks. */
export type Locale = 'es' | 'en';

const es = {
  network: 'No hay conexión con el servicio 311. Revise su conexión e inténtelo de nuevo.',
  timeout: 'El servicio 311 tardó demasiado en responder. Inténtelo de nuevo.',
  aborted: 'La solicitud se canceló.',
  http: 'El servicio 311 respondió con un error. Inténtelo de nuevo más tarde.',
  server_error:
    'El servicio 311 tiene un problema en este momento. Su información no se perdió; inténtelo de nuevo.',
  unavailable:
    'El servicio 311 no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
  rate_limited: 'Demasiadas consultas seguidas. Espere un momento e inténtelo de nuevo.',
  unauthorized: 'La clave de acceso al servicio 311 no es válida.',
  forbidden: 'Esta clave no permite esta operación.',
  not_found: 'No se encontró lo que busca.',
  conflict: 'Esta solicitud ya se envió con otros datos.',
  validation_failed: 'Revise los datos marcados.',
  invalid_response: 'El servicio 311 envió una respuesta que no se pudo leer.',
  missing_api_key:
    'Este servicio no está configurado: falta la clave de acceso (api-key). Avise al sitio web.',
  secret_key_in_browser:
    'Una clave secreta (sk_…) no puede usarse en un navegador: cualquiera podría leerla. Use una clave publicable (pk_…).',
  file_type_not_allowed: 'Ese tipo de archivo no se acepta. Use una foto JPEG, PNG o WebP.',
  file_too_large: 'El archivo es demasiado grande.',
  required: 'Este dato es obligatorio.',
  plate_invalid: 'Escriba la placa como aparece en el vehículo, por ejemplo AB1234.',
  cedula_invalid: 'Escriba la cédula con guiones, por ejemplo 8-123-4567, PE-12-345 o E-8-12345.',
  ticket_invalid: 'El número de boleta tiene de 6 a 12 dígitos, por ejemplo 00123456.',
  email_invalid: 'Escriba un correo electrónico válido, por ejemplo nombre@correo.com.',
  phone_invalid: 'Escriba un teléfono de Panamá de 7 u 8 dígitos, por ejemplo 6123-4567.',
  contact_required: 'Indique un correo o un teléfono para poder contactarle.',
  consent_required: 'Debe aceptar el uso de sus datos para enviar el reporte.',
  description_too_short: 'Describa el problema con al menos 10 caracteres.',
  description_too_long: 'La descripción no puede pasar de 2000 caracteres.',
  location_outside_panama: 'La ubicación debe estar dentro de Panamá.',
  invalid_value: 'Este valor no es válido.',
  malformed_request: 'La solicitud no se pudo leer: el cuerpo no es JSON válido.',
  unsupported_media_type: 'El tipo de contenido de la solicitud no se admite.',
  method_not_allowed: 'Este método no se admite en esta dirección.',
  feedback_not_open: 'La valoración se abre cuando el caso está resuelto.',
  case_closed: 'Este caso ya está cerrado.',
  invalid_transition: 'Ese cambio de estado no es posible desde el estado actual.',
  live_http_error: 'No se pudieron recibir las actualizaciones en vivo.',
  unknown: 'Ocurrió un error inesperado. Inténtelo de nuevo.',
} as const;

export type MessageCode = keyof typeof es;

const en: Record<MessageCode, string> = {
  network: 'Cannot reach the 311 service. Check your connection and try again.',
  timeout: 'The 311 service took too long to answer. Please try again.',
  aborted: 'The request was cancelled.',
  http: 'The 311 service answered with an error. Please try again later.',
  server_error:
    'The 311 service has a problem right now. Nothing you entered was lost; please try again.',
  unavailable: 'The 311 service is unavailable right now. Please try again in a few minutes.',
  rate_limited: 'Too many requests in a row. Wait a moment and try again.',
  unauthorized: 'The 311 service access key is not valid.',
  forbidden: 'This key does not allow this operation.',
  not_found: 'Nothing was found.',
  conflict: 'This request was already sent with different data.',
  validation_failed: 'Check the highlighted fields.',
  invalid_response: 'The 311 service sent an answer that could not be read.',
  missing_api_key:
    'This service is not set up: the access key (api-key) is missing. Tell the website.',
  secret_key_in_browser:
    'A secret key (sk_…) cannot be used in a browser: anyone could read it. Use a publishable key (pk_…).',
  file_type_not_allowed: 'That file type is not accepted. Use a JPEG, PNG or WebP photo.',
  file_too_large: 'The file is too large.',
  required: 'This is required.',
  plate_invalid: 'Enter the plate as shown on the vehicle, for example AB1234.',
  cedula_invalid: 'Enter the cédula with dashes, for example 8-123-4567, PE-12-345 or E-8-12345.',
  ticket_invalid: 'The ticket number has 6 to 12 digits, for example 00123456.',
  email_invalid: 'Enter a valid e-mail address, for example name@example.com.',
  phone_invalid: 'Enter a Panamanian phone number of 7 or 8 digits, for example 6123-4567.',
  contact_required: 'Give an e-mail or a phone number so we can contact you.',
  consent_required: 'You must accept the use of your data to send the report.',
  description_too_short: 'Describe the problem in at least 10 characters.',
  description_too_long: 'The description cannot be longer than 2000 characters.',
  location_outside_panama: 'The location must be inside Panama.',
  invalid_value: 'This value is not valid.',
  malformed_request: 'The request could not be read: its body is not valid JSON.',
  unsupported_media_type: 'The request content type is not supported.',
  method_not_allowed: 'This method is not supported at this address.',
  feedback_not_open: 'Feedback opens once the case is resolved.',
  case_closed: 'This case is already closed.',
  invalid_transition: 'That status change is not possible from the current status.',
  live_http_error: 'Live updates could not be received.',
  unknown: 'Something unexpected went wrong. Please try again.',
};

/** Every message, per locale: the tables the SDK and the sandbox share. */
export const MESSAGES: Record<Locale, Record<MessageCode, string>> = { es, en };

/** Picks `es` or `en` from a BCP 47 tag or an `Accept-Language` header; Spanish first. */
export function pickLocale(tag: string | null | undefined): Locale {
  for (const part of (tag ?? '').split(',')) {
    const lang = part.trim().slice(0, 2).toLowerCase();
    if (lang === 'es' || lang === 'en') return lang;
  }
  return 'es';
}

/** The message for a stable code in a language; unknown codes get the generic message. */
export function formatMessage(code: string, locale: Locale | string = 'es'): string {
  const table = MESSAGES[pickLocale(locale)];
  return Object.hasOwn(table, code) ? table[code as MessageCode] : table.unknown;
}
