export { resolveLang, LangController, type Lang } from './lang.js';
export { formatDateTime, formatMoney, formatRelative, warmUpFormats } from './format.js';
export { P311ErrorEvent, EVENT_INIT } from './events.js';
export { hostStyles, formStyles, reservedSpace } from './host.styles.js';
export {
  errorSummary,
  focusErrorSummary,
  focusField,
  fieldError,
  describedBy,
  textField,
  type FieldProblem,
  type TextFieldOptions,
} from './forms.js';
export { pickStrings, type Tables } from './strings.js';
export { BackendController, type BackendHost } from './backend.js';
export { httpFor, type CasesBackend, type ClientConfig } from './client.js';
export { RESERVED_BLOCK_SIZE, undefinedElementsCss } from './reserve.js';
export { TelemetryController, type TelemetryHost } from './telemetry.js';
