import { P311TowLookup } from '../tow-lookup/tow-lookup.js';

customElements.define('p311-tow-lookup', P311TowLookup);

// Also the class, so importing this module alone types the element and its events.
export { P311TowLookup };
