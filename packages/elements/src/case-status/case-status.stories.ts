import type { Case, TimelineEvent } from '@panama311/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { API, edited, fault, offline, pending } from '../../../../.storybook/network.js';
import { host, inside } from '../../../../.storybook/play.js';
import '../define/case-status.js';

// The sandbox's demo case: filed five minutes before the sandbox started, so it moves.
const year = new Date(Date.now() - 5 * 3600_000).getUTCFullYear();
const DEMO = { number: `311-${year}-000001`, token: 'demo-tracking-token-311' };
const CASE = '/v1/cases/:number';

const meta = {
  title: 'Elements/Case status',
  component: 'p311-case-status',
  args: {
    number: DEMO.number,
    token: DEMO.token,
    'no-live': false,
    'api-base': API.base,
    'api-key': API.key,
  },
  argTypes: { 'api-base': { control: 'text' }, 'api-key': { control: 'text' } },
  render: (args) =>
    html`<p311-case-status
      api-base=${args['api-base']}
      api-key=${args['api-key']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      number=${args.number}
      token=${args.token}
      ?no-live=${args['no-live']}
      @p311-case-loaded=${args.onP311CaseLoaded}
      @p311-case-updated=${args.onP311CaseUpdated}
      @p311-feedback-sent=${args.onP311FeedbackSent}
      @p311-error=${args.onP311Error}
    ></p311-case-status>`,
  parameters: { docs: { story: { iframeHeight: 620 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Shown once the lookup has settled: the case, the not-found message or the error. */
const settled =
  (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    await inside(await host(canvasElement, 'p311-case-status'), selector);
  };

/** The demo case as the sandbox has it now, with live updates: leave it open to see it move. */
export const Live: Story = {
  name: 'Live (demo case)',
  play: settled('[part="status"]'),
};

/** No `number` and `token` (nor `?case=…&token=…` in the page's address): it asks for them. */
export const AskForTheCase: Story = {
  name: 'Empty: asks for the case',
  args: { number: '', token: '' },
};

/** A number and code that match no case: the sandbox answers 404. */
export const NotFound: Story = {
  name: 'Empty: no case found',
  args: { token: 'not-the-right-code' },
  play: settled('[role="alert"]'),
};

/** The placeholders while the lookup runs (here it never ends). */
export const Loading: Story = {
  beforeEach: ({ msw }) => pending(msw, 'get', CASE),
};

/** 503 with `Retry-After: 1`: the SDK tries twice more, then the element offers a retry. */
export const ServerError: Story = {
  name: 'Error with retry (503)',
  beforeEach: ({ msw }) => fault(msw, 'get', CASE, 'status=503; retry-after=1'),
  play: settled('[role="alert"]'),
};

/** No connection at all: fetch fails. */
export const Offline: Story = {
  beforeEach: ({ msw }) => offline(msw, 'get', CASE),
  play: settled('[role="alert"]'),
};

/** 429 with `Retry-After: 60`, beyond the call's budget: the SDK hands it back at once. */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  beforeEach: ({ msw }) => fault(msw, 'get', CASE, 'status=429; retry-after=60'),
  play: settled('[role="alert"]'),
};

/* ---------------- every status ---------------- */

type Localized = { es: string; en: string };
type Step = Exclude<Case['status'], 'unknown' | 'received'> | 'transfer' | 'awaiting_citizen';

/** The steps that bring a case to each status, as the sandbox's case lifecycle does. */
const PATHS: Record<Case['status'], Step[]> = {
  received: [],
  assigned: ['assigned'],
  in_progress: ['assigned', 'in_progress'],
  on_hold: ['assigned', 'in_progress', 'on_hold'],
  transferred: ['assigned', 'transfer'],
  resolved: ['assigned', 'in_progress', 'resolved'],
  closed: ['assigned', 'in_progress', 'resolved', 'closed'],
  rejected: ['rejected'],
  // A status this version of the SDK does not know yet (a newer API).
  unknown: ['assigned', 'awaiting_citizen'],
};

const NOTES: Partial<Record<Step, Localized>> = {
  assigned: {
    es: 'Una cuadrilla fue asignada y visitará el lugar.',
    en: 'A crew has been assigned and will visit the site.',
  },
  on_hold: {
    es: 'Estamos esperando materiales para completar el trabajo.',
    en: 'We are waiting for materials to finish the work.',
  },
  transfer: {
    es: 'El caso corresponde a otra entidad y fue transferido.',
    en: 'The case belongs to another entity and was transferred.',
  },
  resolved: {
    es: 'Trabajo completado. Gracias por su reporte.',
    en: 'Work completed. Thank you for your report.',
  },
  rejected: {
    es: 'Ya existe un caso abierto por este mismo problema; le daremos seguimiento allí.',
    en: 'There is already an open case for this problem; we will follow it up there.',
  },
  awaiting_citizen: {
    es: 'Necesitamos que confirme la dirección exacta.',
    en: 'We need you to confirm the exact address.',
  },
};

const MOP = { id: 'mop', name: 'Ministerio de Obras Públicas' };
const HOUR = 3600_000;

/** The demo case as the sandbox returns it, brought to `status` over the last three days. */
function inStatus(found: Case, status: Case['status'], request: Request): Case {
  const lang = request.headers.get('accept-language')?.startsWith('en') ? 'en' : 'es';
  const filed = Date.now() - 72 * HOUR;
  const at = (i: number) => new Date(filed + (i + 1) * 7 * HOUR).toISOString();
  let entity = found.entity;
  const timeline: TimelineEvent[] = [
    {
      id: `${found.number}-1`,
      at: new Date(filed).toISOString(),
      type: 'created',
      status: 'received',
    },
  ];
  PATHS[status].forEach((step, i) => {
    const id = `${found.number}-${i + 2}`;
    const note = NOTES[step]?.[lang];
    if (step === 'transfer') {
      timeline.push({
        id,
        at: at(i),
        type: 'transfer',
        from: entity,
        to: MOP,
        ...(note ? { note } : {}),
      });
      entity = MOP;
      return;
    }
    timeline.push({ id, at: at(i), type: 'status', status: step as Case['status'] });
    if (note) timeline.push({ id: `${id}n`, at: at(i), type: 'note', note });
  });
  const done = status === 'resolved' || status === 'closed';
  return {
    ...found,
    status: (status === 'unknown' ? 'awaiting_citizen' : status) as Case['status'],
    entity,
    createdAt: timeline[0]!.at,
    updatedAt: timeline.at(-1)!.at,
    sla: done ? { ...found.sla, state: 'met' } : found.sla,
    timeline,
  };
}

/**
 * A story of the case in `status`, without live updates so it stays there. A resolved or
 * closed case takes a rating: the sandbox would refuse it for the demo case (still open), so
 * the story answers with the case shown and the rating sent.
 */
const caseIn = (status: Case['status'], feedback?: Case['feedback']): Story => ({
  args: { 'no-live': true },
  beforeEach: ({ msw }) => {
    edited<Case>(msw, 'get', CASE, (found, request) => ({
      ...inStatus(found, status, request),
      ...(feedback ? { feedback } : {}),
    }));
    msw.use(
      http.post(`*${CASE}/feedback`, async ({ request }) => {
        const shown = await fetch(request.url.replace(/\/feedback$/, ''), {
          headers: request.headers,
        });
        return HttpResponse.json({ ...(await shown.json()), feedback: await request.json() });
      }),
    );
  },
  play: settled('[part="timeline"]'),
});

export const Received = caseIn('received');
export const Assigned = caseIn('assigned');
export const InProgress = caseIn('in_progress');
export const OnHold = caseIn('on_hold');
export const Transferred = caseIn('transferred');
export const Resolved = caseIn('resolved');
export const Closed = caseIn('closed');
/** Resolved and already rated: the rating given instead of the form. */
export const Rated = caseIn('resolved', { rating: 4, comment: 'Lo arreglaron en dos días.' });
export const Rejected = caseIn('rejected');
/** A status from a newer API: shown as "under review", never an error. */
export const UnknownStatus: Story = { ...caseIn('unknown'), name: 'Unknown status (newer API)' };
