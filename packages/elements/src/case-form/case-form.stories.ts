import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { waitFor } from 'storybook/test';
import { API, fault, offline, pending } from '../../../../.storybook/network.js';
import { fill, host, inside } from '../../../../.storybook/play.js';
import '../define/case-form.js';
import { draftKey } from './draft-store.js';
import { emptyEntries } from './model.js';
import { openOutbox } from './outbox.js';
import type { Queued } from './sending.js';
import { strings } from './strings.js';

const SERVICES = '/v1/services';
const LEAK = 'Hay una fuga de agua en la calle frente a mi casa desde ayer.';
const POTHOLE = 'Hay un hueco grande en la calle que daña los carros.';

/**
 * Drafts and queued reports live in IndexedDB (`p311`, `p311-outbox:…`): each story starts
 * without any, whatever the story before it typed.
 */
async function forgetStoredReports() {
  const names = (await indexedDB.databases()).flatMap((db) => db.name ?? []);
  await Promise.all(
    names
      .filter((name) => name.startsWith('p311'))
      .map(
        (name) =>
          new Promise<void>((done) => {
            const request = indexedDB.deleteDatabase(name);
            // Blocked: a form from the last story still has it open; it goes once that closes.
            request.onsuccess = request.onerror = request.onblocked = () => done();
          }),
      ),
  );
}

const meta = {
  title: 'Elements/Case form',
  component: 'p311-case-form',
  args: { 'api-base': API.base, 'api-key': API.key },
  argTypes: Object.fromEntries(
    ['api-base', 'api-key', 'entity', 'service', 'status-url'].map((a) => [a, { control: 'text' }]),
  ),
  beforeEach: forgetStoredReports,
  render: (args) =>
    html`<p311-case-form
      api-base=${args['api-base']}
      api-key=${args['api-key']}
      entity=${ifDefined(args.entity || undefined)}
      service=${ifDefined(args.service || undefined)}
      status-url=${ifDefined(args['status-url'] || undefined)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @p311-case-submitted=${args.onP311CaseSubmitted}
      @p311-case-supported=${args.onP311CaseSupported}
      @p311-error=${args.onP311Error}
    ></p311-case-form>`,
  parameters: { docs: { story: { iframeHeight: 760 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Describes the problem and continues; `past` the answers, says they did not answer it. */
async function describe(canvas: HTMLElement, text: string, past = true) {
  const element = await host(canvas, 'p311-case-form');
  fill(await inside<HTMLTextAreaElement>(element, '#description'), text);
  (await inside<HTMLButtonElement>(element, '#continue')).click();
  if (!past) return element;
  await waitFor(
    () => {
      const root = element.shadowRoot!;
      const notAnswered = root.querySelector<HTMLButtonElement>('#faq-no');
      if (notAnswered) notAnswered.click();
      else if (root.querySelector('#description')) throw new Error('still on the first step');
    },
    { timeout: 15_000 },
  );
  return element;
}

/** Describes the problem, goes past the answers, then waits for `settled` on step 2. */
const toStepTwo =
  (settled: string, text = POTHOLE): Story['play'] =>
  async ({ canvasElement }) => {
    await inside(await describe(canvasElement, text), settled);
  };

/** The first step: what happened, in the citizen's words. */
export const Describe: Story = {};

/** The FAQ answers that may solve it come before any report (here, a water leak). */
export const AnswersFirst: Story = {
  name: 'Answers first (FAQs)',
  play: async ({ canvasElement }) => {
    await inside(await describe(canvasElement, LEAK, false), '#faq-heading');
  },
};

/** Step 2: the services, those that match the words marked as suggested. */
export const ChooseService: Story = {
  name: 'Choose the service',
  play: toStepTwo('input[name="service"]', LEAK),
};

/** Only one entity's services (`entity="idaan"`, the water utility). */
export const OneEntity: Story = {
  name: 'One entity (entity="idaan")',
  args: { entity: 'idaan' },
  play: toStepTwo('input[name="service"]', LEAK),
};

/** The services are loading (here they never arrive). */
export const Loading: Story = {
  // The catalogue, not the search for suggestions (which carries the words in `q`).
  beforeEach: ({ msw }) =>
    pending(msw, 'get', SERVICES, (request) => !new URL(request.url).searchParams.has('q')),
  play: toStepTwo('.skeleton'),
};

/** An entity with no services to report to: the sandbox's catalogue has none for it. */
export const NoServices: Story = {
  name: 'Empty: no services',
  args: { entity: 'entidad-sin-servicios' },
  play: async ({ canvasElement }) => {
    const element = await describe(canvasElement, POTHOLE);
    await waitFor(() => {
      const shown = element.shadowRoot?.textContent ?? '';
      if (!Object.values(strings).some((t) => shown.includes(t.noServices)))
        throw new Error('the empty catalogue is not shown');
    });
  },
};

/** 503 with `Retry-After: 1` on the catalogue: after the SDK's retries, a retry button. */
export const ServerError: Story = {
  name: 'Error with retry (503)',
  beforeEach: ({ msw }) => fault(msw, 'get', SERVICES, 'status=503; retry-after=1'),
  play: toStepTwo('.error-box'),
};

/** No connection while the services load. */
export const Offline: Story = {
  beforeEach: ({ msw }) => offline(msw, 'get', SERVICES),
  play: toStepTwo('.error-box'),
};

/** 429 with `Retry-After: 60` on the catalogue, beyond the call's budget: a retry button at once. */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  beforeEach: ({ msw }) => fault(msw, 'get', SERVICES, 'status=429; retry-after=60'),
  play: toStepTwo('.error-box'),
};

/**
 * A report made offline waits in the queue (IndexedDB) and is sent when the connection
 * returns; here the connection never does.
 */
export const QueuedOffline: Story = {
  name: 'Offline: report queued',
  args: { entity: 'idaan' },
  beforeEach: async ({ msw }) => {
    offline(msw, 'post', '/v1/cases');
    const outbox = openOutbox({ dbName: `p311-outbox:${draftKey({ entity: 'idaan' })}` });
    const payload: Queued = {
      input: {
        serviceId: 'svc-idaan-fuga',
        description: LEAK,
        location: { lat: 8.9833, lng: -79.5197, address: 'Vía España, frente al Banco Nacional' },
        contact: { anonymous: true },
        consent: true,
      },
      entries: { ...emptyEntries(), description: LEAK, serviceId: 'svc-idaan-fuga' },
    };
    await outbox.enqueue({ key: crypto.randomUUID(), payload, photos: [] });
    outbox.close();
  },
  play: async ({ canvasElement }) => {
    await inside(await host(canvasElement, 'p311-case-form'), '#outcome-heading');
  },
};
