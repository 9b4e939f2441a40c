import { expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test-support/axe.js';
import { sandboxUrl } from '../../test/sandbox.js';
import '../define/tow-lookup.js';
import { strings } from './strings.js';

// As on a page whose policy stops Leaflet (Leaflet 1.9 assigns innerHTML, which a Trusted
// Types policy refuses) or wherever making the map throws. A file of its own: the mock replaces
// the map module for every test of the file.
vi.mock('@panama311/elements/shared/map', () => ({
  createMap: () => {
    throw new TypeError(
      "Failed to set the 'innerHTML' property: This document requires 'TrustedHTML'",
    );
  },
}));

it('shows every result in text, with a notice, when the map cannot load', async () => {
  document.documentElement.lang = 'es';
  const el = document.createElement('p311-tow-lookup');
  el.setAttribute('api-base', sandboxUrl());
  el.setAttribute('api-key', 'pk_test_tow_widget');
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  await userEvent.fill(root.getElementById('plate') as HTMLInputElement, 'CD5678');
  await userEvent.click(root.getElementById('type-ticket')!);
  await userEvent.fill(root.getElementById('verifier') as HTMLInputElement, '00234567');
  await userEvent.keyboard('{Enter}');
  await expect
    .poll(() => root.querySelector('.map-notice')?.textContent?.trim())
    .toBe(strings.es.mapUnavailable);
  expect(root.querySelector<HTMLElement>('.map-frame')!.hidden).toBe(true);
  expect(root.textContent).toContain(strings.es.statuses.at_yard);
  expect(root.querySelector('.yard a[href^="tel:"]')).toBeTruthy();
  await expectNoAxeViolations(el);
  el.remove();
});
