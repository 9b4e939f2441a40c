import { css } from 'lit';

export const styles = css`
  @layer p311-component {
    .status {
      display: inline-block;
      padding: 0.125em 0.75em;
      border-radius: 999px;
      font-weight: 700;
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
      color: var(--_accent);
      border: 1px solid var(--_accent);
    }
    .status-resolved,
    .status-closed {
      color: var(--_success);
      border-color: var(--_success);
      background: color-mix(in srgb, var(--_success) 10%, var(--_surface));
    }
    .status-rejected {
      color: var(--_danger);
      border-color: var(--_danger);
      background: var(--_surface);
    }
    dl {
      display: grid;
      grid-template-columns: minmax(7em, max-content) 1fr;
      gap: 0.25em 1em;
      margin: 0.75em 0;
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
    }
    .sla {
      font-weight: 700;
    }
    .sla-overdue,
    .sla-missed {
      color: var(--_danger);
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      border-inline-start: 3px solid var(--_border);
    }
    .timeline li {
      padding: 0 0 0.75em 1em;
      position: relative;
    }
    .timeline time {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .skeleton .bar {
      display: block;
      block-size: 1em;
      margin-block: 0.25em;
      border-radius: 0.25em;
      background: color-mix(in srgb, var(--_muted) 22%, transparent);
      animation: p311-pulse 1.5s ease-in-out infinite alternate;
    }
    .skeleton h3 .bar {
      block-size: 1.25em;
    }
    .skeleton .bar-s {
      inline-size: 6em;
    }
    .skeleton .bar-m {
      inline-size: min(12em, 70%);
    }
    .skeleton .bar-l {
      inline-size: min(18em, 100%);
    }
    .placeholder {
      visibility: hidden;
    }
    .status-placeholder .bar {
      block-size: 1.75em;
      border-radius: 999px;
    }
    @keyframes p311-pulse {
      to {
        opacity: 0.45;
      }
    }
    .live {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .live-on::before {
      content: '● ';
      color: var(--_success);
    }
    .feedback {
      margin-top: 1em;
      padding-top: 0.75em;
      border-top: 1px solid var(--_border);
      max-width: 40em;
    }
    .feedback h3 {
      margin-bottom: 0.25em;
    }
    .feedback blockquote {
      margin: 0;
      padding-inline-start: 1em;
      border-inline-start: 3px solid var(--_border);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .feedback-error {
      border-inline-start: 4px solid var(--_danger);
      padding: 0.5em 1em;
      margin-top: 1em;
    }
  }
`;
