#!/usr/bin/env node
// A third-party developer's script: list an entity's services, file a case with a photo and
// follow its status live. Runs against the sandbox by default:
//   node index.mjs [photo.jpg]
// Environment: P311_API_URL (default http://127.0.0.1:4311), P311_API_KEY (default pk_test_demo),
// P311_WATCH_SECONDS (default 120).
import { readFile } from 'node:fs/promises';
import { createClient, errorMessage } from '@panama311/sdk';

const client = createClient({
  baseUrl: process.env.P311_API_URL ?? 'http://127.0.0.1:4311',
  apiKey: process.env.P311_API_KEY ?? 'pk_test_demo',
  locale: 'es',
});

// A 1×1 JPEG, used when no photo is given.
const SAMPLE_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

try {
  // 1. What does IDAAN (water) offer?
  const { data: services } = await client.services.list({ entity: 'idaan' });
  console.log(`IDAAN ofrece ${services.length} servicios:`);
  for (const s of services)
    console.log(
      `  - ${s.name} (${s.sla.value} ${s.sla.unit === 'hours' ? 'horas' : 'días hábiles'})`,
    );

  // 2. File a water-leak case with a photo.
  const leak = services.find((s) => /fuga/i.test(s.name)) ?? services[0];
  const photo = await client.attachments.upload(
    process.argv[2] ? await readFile(process.argv[2]) : SAMPLE_JPEG,
    {
      name: 'fuga.jpg',
      policy: leak.attachments,
    },
  );
  const answers = Object.fromEntries(
    leak.questions
      .filter((q) => q.variable && q.required)
      .map((q) => [
        q.code,
        q.values?.length
          ? q.datatype === 'multivaluelist'
            ? [q.values[0].key]
            : q.values[0].key
          : q.datatype === 'number'
            ? 1
            : 'Sí',
      ]),
  );
  const receipt = await client.cases.create({
    serviceId: leak.id,
    description: 'Fuga de agua potable en la acera, frente a la parada de Vía España.',
    answers,
    location: { lat: 8.9824, lng: -79.5199, address: 'Vía España, frente a la parada' },
    attachments: leak.attachments.allowed ? [photo.id] : [],
    contact: { anonymous: true },
    consent: true,
  });
  console.log(
    `\nCaso ${receipt.number} registrado; fecha límite ${new Date(receipt.dueAt).toLocaleString('es-PA', { timeZone: 'America/Panama' })}.`,
  );

  // 3. Follow it live until it closes (or the time is up).
  const signal = AbortSignal.timeout(Number(process.env.P311_WATCH_SECONDS ?? 120) * 1000);
  for await (const { data } of client.cases.watch(receipt.number, receipt.token, { signal })) {
    console.log(
      `  ${new Date(data.updatedAt).toISOString()}  ${data.status}  (${data.entity.name})`,
    );
  }
  console.log('Fin del seguimiento.');
} catch (error) {
  console.error(`Error: ${errorMessage(error, 'es')}`);
  console.error(error);
  process.exitCode = 1;
}
