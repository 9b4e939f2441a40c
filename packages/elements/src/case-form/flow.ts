/**
 * Steps 2 to 7 and sending: loaded while the citizen writes on the first step, so the first
 * step shows without waiting for them.
 */
export { LocationStep } from './location.js';
export { PhotoPicker } from './photo-picker.js';
export { renderQuestion } from './questions.js';
export {
  fieldProblems,
  fileCase,
  isOffline,
  isTransient,
  queuedPhotos,
  trackingUrl,
} from './sending.js';
export { contactView, receiptView, reviewView, servicesView } from './views.js';
