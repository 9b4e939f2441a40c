import { css } from 'lit';

export const styles = css`
  @layer p311-component {
    :host {
      container-type: inline-size;
      --_map-height: var(--p311-map-height, 18em);
    }
    .intro {
      color: var(--_muted);
    }
    input.plate {
      text-transform: uppercase;
      letter-spacing: 0.05em;
      max-width: 14em;
    }
    #verifier {
      max-width: 20em;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .loading,
    .countdown {
      color: var(--_muted);
      margin-top: 1em;
    }
    .notice {
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
      padding: 0.75em 1em;
      margin-top: 1em;
    }
    .notice p {
      margin: 0;
    }
    .results > h3 {
      font-size: 1.125em;
      margin-block: 0 0.75em;
    }
    /* Focused by script so a screen reader starts reading here; it is not a control. */
    .results > h3:focus,
    .results > h3:focus-visible {
      outline: none;
    }
    .tow {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 1em;
      margin-block-end: 1em;
      background: var(--_surface);
    }
    .tow header {
      margin-block-end: 0.75em;
    }
    h4 {
      font-size: 1.125em;
      margin: 0 0 0.5em;
    }
    h5 {
      font-size: 1em;
      margin: 1em 0 0.25em;
    }
    .status {
      display: inline-block;
      padding: 0.125em 0.75em;
      border-radius: 0.875em;
      font-weight: 700;
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
      color: var(--_accent);
      border: 1px solid var(--_accent);
    }
    .status-at_yard {
      color: #8a3c00;
      border-color: #8a3c00;
      background: #fdf1e7;
    }
    .status-released {
      color: #1a6b35;
      border-color: #1a6b35;
      background: #e9f6ee;
    }
    .steps {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 0.25em;
      list-style: none;
      margin: 0.75em 0 0;
      padding: 0;
      font-size: 0.8em;
      line-height: 1.25;
    }
    .steps li {
      position: relative;
      border-top: 4px solid var(--_border);
      padding-top: 0.25em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .steps li.done {
      border-top-color: var(--_accent);
    }
    .steps li.current {
      border-top-color: var(--_accent);
      color: inherit;
      font-weight: 700;
    }
    .step-now {
      display: none;
      font-size: 0.9em;
      font-weight: 700;
      margin: 0.375em 0 0;
    }
    /* Narrow: five bars, and the current step in words below them; labels above values. */
    @container (max-width: 34em) {
      .facts > dl {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .facts > dl dt {
        font-size: 0.9em;
        margin-top: 0.5em;
      }
      .steps li span {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .steps li {
        padding-top: 0;
      }
      .step-now {
        display: block;
      }
    }
    .live {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0.5em 0 0;
    }
    .live-on::before {
      content: '● ';
      color: #1a6b35;
    }
    .live-lost::before {
      content: '○ ';
    }
    .body {
      display: grid;
      gap: 1em;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(6.5em, max-content) minmax(0, 1fr);
      gap: 0.25em 1em;
      margin: 0;
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .relative {
      color: var(--_muted);
      margin-inline-start: 0.25em;
    }
    a {
      color: var(--_accent);
    }
    .yard-name {
      font-weight: 700;
      margin: 0;
    }
    .yard p {
      margin: 0 0 0.25em;
    }
    .open {
      font-weight: 600;
    }
    .open-open,
    .open-always {
      color: var(--_success);
    }
    .hours-title {
      color: var(--_muted);
    }
    .hours {
      list-style: none;
      margin: 0 0 0.5em;
      padding: 0;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.25em;
    }
    .links a {
      display: inline-flex;
      align-items: center;
      min-height: 2.75em;
      font-weight: 600;
    }
    .accrued {
      font-weight: 700;
    }
    .checklist {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .checklist li {
      display: flex;
      align-items: flex-start;
      gap: 0.625em;
      padding: 0.375em 0;
    }
    .checklist input {
      margin-top: 0.125em;
    }
    .checklist label {
      font-weight: 400;
      margin: 0;
      display: inline;
    }
    .map-frame {
      position: relative;
      height: var(--_map-height);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
      background: #e5e3df;
    }
    .map {
      position: absolute;
      inset: 0;
      z-index: 0;
    }
    .map-loading {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      margin: 0;
      color: #4b5563;
    }
    .map-notice {
      margin: 0.25em 0 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .earlier {
      margin-block-end: 1em;
    }
    .earlier summary {
      cursor: pointer;
      min-height: 2.75em;
      display: flex;
      align-items: center;
      font-weight: 600;
      color: var(--_accent);
    }
    @container (min-width: 48em) {
      .body {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .map-block {
        grid-column: 2;
        grid-row: 1;
        position: sticky;
        top: 1em;
      }
      .facts {
        grid-column: 1;
        grid-row: 1;
      }
      .map-frame {
        height: var(--p311-map-height, 22em);
      }
    }
  }
`;
