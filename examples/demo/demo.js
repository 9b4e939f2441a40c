// The SDK in a browser, no bundler: one ES module served by the sandbox at /cdn/sdk/.
// Everything the server says is set with textContent: server text never becomes markup.
import {
  createClient,
  errorMessage,
  formatMessage,
  InputError,
  normalizeCedula,
  normalizePlate,
} from '/cdn/sdk/p311-sdk.js';

const client = createClient({ apiKey: 'pk_test_demo', baseUrl: location.origin, locale: 'es' });
const when = new Intl.DateTimeFormat('es-PA', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Panama',
});
const TOW_STATUS = {
  requested: 'Solicitada',
  dispatched: 'Grúa en camino',
  towing: 'Siendo remolcado',
  at_yard: 'En el patio',
  released: 'Entregado',
  unknown: 'Estado desconocido',
};
const CASE_STATUS = {
  received: 'Recibido',
  assigned: 'Asignado',
  in_progress: 'En proceso',
  on_hold: 'En espera',
  transferred: 'Transferido',
  resolved: 'Resuelto',
  closed: 'Cerrado',
  rejected: 'Rechazado',
  unknown: 'Estado desconocido',
};

const SLA = {
  on_time: 'a tiempo',
  due_soon: 'vence pronto',
  overdue: 'vencido',
  met: 'cumplido',
  missed: 'incumplido',
  unknown: '',
};
// Amounts travel as integer cents with their currency (PAB, the balboa): never floats.
const money = ({ cents, currency }) =>
  new Intl.NumberFormat('es-PA', { style: 'currency', currency }).format(cents / 100);

const el = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const dl = (pairs) => {
  const list = el('dl');
  for (const [k, v] of pairs) if (v) list.append(el('dt', k), el('dd', v));
  return list;
};

function fieldError(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  input.setAttribute('aria-invalid', String(!!message));
  error.hidden = !message;
  error.textContent = message ?? '';
}

let towWatch;
document.getElementById('tow-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const plate = document.getElementById('plate');
  const cedula = document.getElementById('cedula');
  const result = document.getElementById('tow-result');
  const p = normalizePlate(plate.value);
  const c = normalizeCedula(cedula.value);
  fieldError(plate, p.ok ? undefined : formatMessage(p.code, 'es'));
  fieldError(cedula, c.ok ? undefined : formatMessage(c.code, 'es'));
  if (!p.ok || !c.ok) return (p.ok ? cedula : plate).focus();
  towWatch?.abort();
  result.replaceChildren(el('p', 'Buscando…'));
  try {
    const tows = await client.tows.lookup({
      plate: p.value,
      verifier: { type: 'cedula', value: c.value },
    });
    if (!tows.length)
      return result.replaceChildren(
        el('p', 'No encontramos un vehículo remolcado con esos datos.'),
      );
    result.replaceChildren(...tows.map((tow) => towCard(tow)));
    towWatch = new AbortController();
    const live = tows.find((t) => t.status !== 'released');
    if (live) follow(live, towWatch.signal);
  } catch (error) {
    result.replaceChildren(el('p', errorMessage(error, 'es'), 'error'));
  }
});

function towCard(tow) {
  const card = el('div', undefined, 'card');
  card.id = `tow-${tow.id}`;
  card.append(
    el('p', TOW_STATUS[tow.status], 'status'),
    dl([
      [
        'Vehículo',
        `${tow.vehicle.make} ${tow.vehicle.model}, ${tow.vehicle.color} (${tow.plateMasked})`,
      ],
      ['Remolcado desde', tow.from.address],
      ['Motivo', tow.infraction.description],
      ['Grúa', tow.company?.name],
      ['Patio', tow.yard && `${tow.yard.name}, ${tow.yard.address} · ${tow.yard.phone}`],
      [
        'Camión',
        tow.truck &&
          `${tow.truck.lat.toFixed(5)}, ${tow.truck.lng.toFixed(5)} · ${when.format(new Date(tow.truck.at))}`,
      ],
      ['Costo acumulado', money(tow.fees.accrued)],
    ]),
  );
  return card;
}

async function follow(tow, signal) {
  let current = tow;
  try {
    for await (const event of client.tows.watch(tow.id, { signal })) {
      current = event.type === 'position' ? { ...current, truck: event.data } : event.data;
      document.getElementById(`tow-${tow.id}`)?.replaceWith(towCard(current));
    }
  } catch (error) {
    if (!signal.aborted)
      document.getElementById('tow-result').append(el('p', errorMessage(error, 'es'), 'error'));
  }
}

let caseWatch;
document.getElementById('case-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const number = document.getElementById('case-number').value.trim();
  const token = document.getElementById('case-token').value.trim();
  const result = document.getElementById('case-result');
  caseWatch?.abort();
  caseWatch = new AbortController();
  result.replaceChildren(el('p', 'Conectando…'));
  try {
    for await (const { data } of client.cases.watch(number, token, { signal: caseWatch.signal })) {
      const timeline = el('ol');
      for (const e of data.timeline) {
        const what =
          e.type === 'transfer'
            ? `Transferido de ${e.from?.name} a ${e.to?.name}`
            : (e.note ?? CASE_STATUS[e.status] ?? e.type);
        timeline.append(el('li', `${when.format(new Date(e.at))}: ${what}`));
      }
      result.replaceChildren(
        el('p', CASE_STATUS[data.status], 'status'),
        dl([
          ['Servicio', data.service.name],
          ['Entidad', data.entity.name],
          ['Fecha límite', `${when.format(new Date(data.dueAt))} (${SLA[data.sla.state]})`],
        ]),
        timeline,
      );
    }
  } catch (error) {
    if (!caseWatch.signal.aborted)
      result.replaceChildren(
        el('p', error instanceof InputError ? error.message : errorMessage(error, 'es'), 'error'),
      );
  }
});

// Pre-fill the demo case number from the sandbox's clock year.
fetch('/__sandbox/health')
  .then((r) => r.json())
  .then((h) => (document.getElementById('case-number').value = `311-${h.now.slice(0, 4)}-000001`))
  .catch(() => {});
