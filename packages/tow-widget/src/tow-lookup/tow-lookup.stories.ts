import type { Tow } from '@panama311/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { API, edited, fault, offline, pending } from '../../../../.storybook/network.js';
import { fill, host, inside } from '../../../../.storybook/play.js';
import '../define/tow-lookup.js';

const LOOKUP = '/v1/tows/lookup';

const meta = {
  title: 'Tow widget/Tow lookup',
  component: 'p311-tow-lookup',
  args: {
    'api-base': API.base,
    'api-key': API.key,
    // A stand-in tile served with Storybook: the map draws without a tile server.
    'tile-url': './tile.svg?{z}/{x}/{y}',
    'tile-attribution': 'Stand-in map tiles',
  },
  argTypes: Object.fromEntries(
    ['api-base', 'api-key', 'tile-url', 'tile-attribution'].map((a) => [a, { control: 'text' }]),
  ),
  render: (args) =>
    html`<p311-tow-lookup
      api-base=${args['api-base']}
      api-key=${args['api-key']}
      tile-url=${ifDefined(args['tile-url'] || undefined)}
      tile-attribution=${ifDefined(args['tile-attribution'] || undefined)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      @p311-tow-found=${args.onP311TowFound}
      @p311-tow-updated=${args.onP311TowUpdated}
      @p311-error=${args.onP311Error}
    ></p311-tow-lookup>`,
  parameters: { docs: { story: { iframeHeight: 900 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Verifier = { type: 'cedula' | 'ticket'; value: string };

/**
 * Looks up `plate` with `verifier` as a driver would, then waits for what `settled` names:
 * the results with their map, or a notice.
 */
const lookUp =
  (plate: string, verifier: Verifier, settled = '.results .leaflet-container'): Story['play'] =>
  async ({ canvasElement }) => {
    const element = await host(canvasElement, 'p311-tow-lookup');
    fill(await inside<HTMLInputElement>(element, '#plate'), plate);
    (await inside<HTMLInputElement>(element, `#type-${verifier.type}`)).click();
    fill(await inside<HTMLInputElement>(element, '#verifier'), verifier.value);
    (await inside<HTMLButtonElement>(element, 'form button[type=submit]')).click();
    await inside(element, settled);
  };

const TOWING = { plate: 'AB1234', verifier: { type: 'cedula', value: '8-123-4567' } } as const;

/** The form, as a driver first sees it. */
export const Form: Story = {};

/** Submitted empty: the error summary, each entry linked to its field. */
export const MissingDetails: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    const element = await host(canvasElement, 'p311-tow-lookup');
    (await inside<HTMLButtonElement>(element, 'form button[type=submit]')).click();
    await inside(element, '[part="error-summary"]');
  },
};

/* ---------------- every status: the sandbox's demo tows ---------------- */

/** Just reported: no truck yet (GH3456 with cédula E-8-12345). */
export const Requested: Story = {
  play: lookUp('GH3456', { type: 'cedula', value: 'E-8-12345' }),
};

/** The truck is on its way to the vehicle, moving live on the map (EF9012, PE-12-345). */
export const Dispatched: Story = {
  name: 'Dispatched (truck on the way)',
  play: lookUp('EF9012', { type: 'cedula', value: 'PE-12-345' }),
};

/**
 * Being towed to the yard, live; the same plate's tow from last month is under "earlier"
 * (AB1234, 8-123-4567).
 */
export const Towing: Story = {
  name: 'Towing (being towed)',
  play: lookUp(TOWING.plate, TOWING.verifier),
};

/** At the yard for two days: fees so far, hours, what to bring (CD5678, 8-234-5678). */
export const AtYard: Story = {
  name: 'At the yard',
  play: lookUp('CD5678', { type: 'cedula', value: '8-234-5678' }),
};

/** Released 38 days ago, found by its ticket number (AB1234, ticket 00567890). */
export const Released: Story = {
  play: lookUp('AB1234', { type: 'ticket', value: '00567890' }, '.results [part="status"]'),
};

/** A status from a newer API: shown as in review, never an error. */
export const UnknownStatus: Story = {
  name: 'Unknown status (newer API)',
  beforeEach: ({ msw }) =>
    edited<{ data: Tow[] }>(msw, 'post', LOOKUP, (found) => ({
      ...found,
      data: found.data.map((tow) => ({ ...tow, status: 'held_for_inspection' })),
    })),
  play: lookUp('CD5678', { type: 'cedula', value: '8-234-5678' }),
};

/* ---------------- network states ---------------- */

/** The lookup is running (here it never ends). */
export const Loading: Story = {
  beforeEach: ({ msw }) => pending(msw, 'post', LOOKUP),
  play: lookUp(TOWING.plate, TOWING.verifier, '.loading'),
};

/** A plate and cédula that match no tow: the same answer as a wrong cédula, on purpose. */
export const NotFound: Story = {
  name: 'Empty: no tow found',
  play: lookUp('AB1234', { type: 'cedula', value: '8-999-9999' }, '.notice'),
};

/** 503 with `Retry-After: 1`: the SDK tries twice more, then the element offers a retry. */
export const ServerError: Story = {
  name: 'Error with retry (503)',
  beforeEach: ({ msw }) => fault(msw, 'post', LOOKUP, 'status=503; retry-after=1'),
  play: lookUp(TOWING.plate, TOWING.verifier, '.notice'),
};

/** No connection at all: fetch fails. */
export const Offline: Story = {
  beforeEach: ({ msw }) => offline(msw, 'post', LOOKUP),
  play: lookUp(TOWING.plate, TOWING.verifier, '.notice'),
};

/**
 * 429 with `Retry-After: 60`, beyond the call's budget, so the SDK hands it back at once: the
 * element counts down to the next search (its button says why it waits).
 */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  beforeEach: ({ msw }) => fault(msw, 'post', LOOKUP, 'status=429; retry-after=60'),
  play: lookUp(TOWING.plate, TOWING.verifier, '.countdown'),
};
