// Size budgets that fail CI (`pnpm size`): gzip, file by file, of exactly what ships.
// The elements: what a page downloads from the CDN build (dist-cdn/downloads.json, written by
// cdn/build.mjs) when the element appears — the loader and the chunks it needs, lit and the
// SDK included; the form's later steps count too, the map and web-vitals (telemetry) do not.
// The SDK: the cases client as a bundler ships it (rollup + terser, `bench-size.mjs --emit`).
// DESIGN.md's figures (in each name) are below the stack's floor (docs/decisions/0005): these
// limits are today's sizes plus about 3 %, so CI catches any growth until the owners of
// DESIGN.md settle the budgets. Sizes in kB of 1000 bytes, each file gzipped on its own as
// a browser fetches it.
import { readFileSync } from 'node:fs';

const downloads = JSON.parse(readFileSync('dist-cdn/downloads.json', 'utf8'));
const element = (tag, { later = false } = {}) =>
  later ? [...downloads[tag].first, ...downloads[tag].later] : downloads[tag].first;

export default [
  {
    name: '@panama311/sdk cases client: createHttp + casesApi + attachmentsApi (DESIGN: 12 KB)',
    path: 'packages/sdk/dist-size/cases-client.js',
    gzip: true,
    limit: '20.5 kB',
  },
  {
    name: '<p311-case-status> page, first load (DESIGN: 20 KB)',
    path: element('p311-case-status'),
    gzip: true,
    limit: '38.5 kB',
  },
  {
    name: '<p311-case-form> page, every step without the map (DESIGN: 35 KB)',
    path: element('p311-case-form', { later: true }),
    gzip: true,
    limit: '59 kB',
  },
  {
    name: '<p311-tow-lookup> page, before the map (DESIGN: 30 KB)',
    path: element('p311-tow-lookup'),
    gzip: true,
    limit: '45.5 kB',
  },
];
