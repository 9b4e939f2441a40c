import { P311TowLookup } from '../tow-lookup/tow-lookup.js';

customElements.define('p311-tow-lookup', P311TowLookup);
