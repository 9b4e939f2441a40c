import { P311CaseStatus } from '../case-status/case-status.js';

customElements.define('p311-case-status', P311CaseStatus);

// Also the class, so importing this module alone types the element and its events.
export { P311CaseStatus };
