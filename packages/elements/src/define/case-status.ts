import { P311CaseStatus } from '../case-status/case-status.js';

customElements.define('p311-case-status', P311CaseStatus);
