// The one script an agency page loads: <script type="module" src=".../p311.js">.
// It defines each element the first time the page uses it and downloads only that element's
// code: a page with only <p311-case-status> never downloads the form or the map.
import { undefinedElementsCss } from '@panama311/elements/shared';

const ELEMENTS = {
  'p311-case-form': () => import('@panama311/elements/define/case-form'),
  'p311-case-status': () => import('@panama311/elements/define/case-status'),
  'p311-tow-lookup': () => import('@panama311/tow-widget/define/tow-lookup'),
};

// The chunks each element's code imports, by path from this file: cdn/build.mjs writes them in
// from rollup's chunk graph. Asked for all at once, they arrive in one round trip instead of
// one per level of imports (the element's chunk, then what it imports, then what those do).
const PRELOAD = __P311_PRELOAD__; // eslint-disable-line no-undef -- written in by the build

const started = new Set();

/** Loads an element's code unless it is defined or on its way. */
export function define(tag) {
  if (started.has(tag) || customElements.get(tag) || !(tag in ELEMENTS)) return;
  started.add(tag);
  for (const file of PRELOAD[tag] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
  ELEMENTS[tag]().catch((error) => {
    started.delete(tag);
    console.error(`p311: could not load <${tag}>`, error);
  });
}

function scan() {
  for (const tag of Object.keys(ELEMENTS)) if (document.querySelector(tag)) define(tag);
}

// Each element's space is held while its code loads, so the page does not jump when it
// arrives. A constructed stylesheet: no <style> element, so no CSP style-src exception needed.
const reserve = new CSSStyleSheet();
reserve.replaceSync(undefinedElementsCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];

scan();
// Elements added later (a CMS widget area, a single-page app) are picked up as they appear.
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
