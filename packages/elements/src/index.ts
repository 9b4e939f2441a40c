export { P311CaseStatus, CaseLoadedEvent, CaseUpdatedEvent } from './case-status/case-status.js';
export { FeedbackSentEvent } from './case-status/feedback.js';
export {
  P311CaseForm,
  CaseSubmittedEvent,
  CaseSupportedEvent,
  type CaseFormBackend,
} from './case-form/case-form.js';
export { P311ErrorEvent } from './shared/events.js';
export type { CasesBackend } from './shared/client.js';
export type { Lang } from './shared/lang.js';
