#!/usr/bin/env node
// The cost of validating a 500-item list page with the SDK's schemas, against JSON.parse alone.
import { page, Service } from '../dist/schemas/index.js';

const ServicePage = page(Service);
const item = (i) => ({
  id: `svc-${i}`,
  entityId: 'idaan',
  name: `Fuga de agua ${i}`,
  description: 'Reporte una fuga de agua potable en la vía pública.',
  category: 'Agua potable',
  kind: 'incident',
  sla: { value: 48, unit: 'hours' },
  location: 'required',
  attachments: {
    allowed: true,
    maxCount: 3,
    maxBytes: 5242880,
    types: ['image/jpeg', 'image/png', 'image/webp'],
  },
  questions: [
    {
      code: 'donde',
      datatype: 'singlevaluelist',
      label: '¿Dónde está la fuga?',
      required: true,
      order: 1,
      values: [
        { key: 'acera', name: 'Acera' },
        { key: 'calle', name: 'Calle' },
      ],
    },
    { code: 'desde', datatype: 'datetime', label: '¿Desde cuándo?', required: false, order: 2 },
  ],
  keywords: ['fuga', 'tubo', 'agua'],
});
const text = JSON.stringify({
  data: Array.from({ length: 500 }, (_, i) => item(i)),
  page: 1,
  pageSize: 500,
  total: 500,
  nextPage: null,
});

function time(fn, runs = 200) {
  for (let i = 0; i < 20; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

const parse = time(() => JSON.parse(text));
const validate = time(() => ServicePage.parse(JSON.parse(text)));
console.table([
  { step: 'JSON.parse alone', 'ms per page': parse.toFixed(2) },
  { step: 'JSON.parse + schema', 'ms per page': validate.toFixed(2) },
  { step: 'ratio', 'ms per page': `${(validate / parse).toFixed(1)}×` },
]);
console.log(
  `payload ${(text.length / 1024).toFixed(0)} KB, 500 services with 2 questions each, Node ${process.version}`,
);
