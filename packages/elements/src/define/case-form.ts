import { P311CaseForm } from '../case-form/case-form.js';

customElements.define('p311-case-form', P311CaseForm);

// Also the class, so importing this module alone types the element and its events.
export { P311CaseForm };
