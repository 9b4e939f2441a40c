import { P311CaseForm } from '../case-form/case-form.js';

customElements.define('p311-case-form', P311CaseForm);
