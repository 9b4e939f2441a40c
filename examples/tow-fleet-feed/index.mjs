#!/usr/bin/env node
// A tow company's fleet system: registers a tow (as ATTT's inspector app would), assigns it,
// then drives the truck from its depot to the vehicle and on to the yard, pushing GPS fixes
// in batches through the operator API. Start the sandbox with --no-fleet so only this feed
// moves the truck:
//   node packages/sandbox/dist/cli.js --no-fleet &
//   node examples/tow-fleet-feed/index.mjs
// Environment: P311_API_URL (default http://127.0.0.1:4311), P311_SECRET_KEY (default
// sk_test_demo), FEED_INTERVAL_MS (default 1000), FEED_STEP_METRES (default 60).
import { createOperatorClient, errorMessage } from '@panama311/sdk/operator';

const ops = createOperatorClient({
  baseUrl: process.env.P311_API_URL ?? 'http://127.0.0.1:4311',
  apiKey: process.env.P311_SECRET_KEY ?? 'sk_test_demo',
});
const interval = Number(process.env.FEED_INTERVAL_MS ?? 1000);
const step = Number(process.env.FEED_STEP_METRES ?? 60);

// From a depot in Bella Vista to Vía España (pick-up), then down Vía España and Av. Balboa
// towards the ATTT yard in Albrook.
const TO_PICKUP = [
  [8.9836, -79.527],
  [8.9848, -79.5233],
  [8.9858, -79.5199],
];
const TO_YARD = [
  [8.9858, -79.5199],
  [8.9831, -79.5262],
  [8.9795, -79.5329],
  [8.9746, -79.5376],
  [8.968, -79.542],
  [8.9653, -79.5487],
  [8.97, -79.556],
  [8.9731, -79.5555],
];

try {
  const plate = process.env.FEED_PLATE ?? 'FL3110';
  const tow = await ops.tows.create({
    plate,
    vehicle: { make: 'Hyundai', model: 'Accent', color: 'Gris', type: 'sedán' },
    ticketNumber: process.env.FEED_TICKET ?? '00311311',
    ownerCedula: process.env.FEED_CEDULA ?? '8-311-311',
    infraction: { code: 'EST-01', description: 'Estacionado en zona prohibida' },
    location: { lat: TO_YARD[0][0], lng: TO_YARD[0][1], address: 'Vía España, frente a El Rey' },
  });
  console.log(`tow ${tow.id} registered for plate ${tow.plate}`);
  const [company] = await ops.companies.list();
  await ops.tows.assign(tow.id, { companyId: company.id });
  await ops.tows.setStatus(tow.id, { status: 'dispatched' });
  console.log(`assigned to ${company.name}; truck on its way`);
  await drive(tow.id, TO_PICKUP);
  await ops.tows.setStatus(tow.id, { status: 'towing' });
  console.log('vehicle on the truck; towing to the yard');
  await drive(tow.id, TO_YARD);
  await ops.tows.setStatus(tow.id, { status: 'at_yard' });
  console.log('at the yard: done');
} catch (error) {
  console.error(`error: ${errorMessage(error, 'en')}`);
  console.error(error);
  process.exitCode = 1;
}

/** Sends one fix per `step` metres along the waypoints, in batches of what accrued in `interval`. */
async function drive(id, waypoints) {
  for (const [lat, lng, heading] of densify(waypoints, step)) {
    await ops.tows.pushPositions(id, [
      { lat, lng, heading, speedKph: 25, at: new Date().toISOString() },
    ]);
    await new Promise((r) => setTimeout(r, interval));
  }
}

function* densify(points, metres) {
  for (let i = 1; i < points.length; i++) {
    const [aLat, aLng] = points[i - 1];
    const [bLat, bLng] = points[i];
    const dy = (bLat - aLat) * 111_320;
    const dx = (bLng - aLng) * 111_320 * Math.cos((aLat * Math.PI) / 180);
    const n = Math.max(1, Math.ceil(Math.hypot(dx, dy) / metres));
    const heading = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
    for (let k = 1; k <= n; k++)
      yield [aLat + ((bLat - aLat) * k) / n, aLng + ((bLng - aLng) * k) / n, heading];
  }
}
