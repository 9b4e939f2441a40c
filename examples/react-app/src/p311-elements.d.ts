// JSX types for the Panamá 311 elements, derived from their classes and event classes, so a
// misspelt property or a wrong handler type fails `tsc`.
//
// React 19 sets a prop on a custom element as a property when the element has one (`client`,
// `entity`, `lang`…) and as an attribute otherwise. A prop named `on` + an event name adds a
// listener for exactly that event: `onp311-case-submitted` listens for `p311-case-submitted`.
import type { P311CaseForm, P311CaseStatus } from '@panama311/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** `on<event>` handler props for events the elements declare in `GlobalEventHandlersEventMap`. */
type EventProps<Name extends keyof GlobalEventHandlersEventMap> = {
  [N in Name as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

/** The usual HTML props (`id`, `lang`, `className`, `ref`…) plus the element's own properties. */
type ElementProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, K>>;

export type CaseFormProps = ElementProps<
  P311CaseForm,
  | 'client'
  | 'entity'
  | 'service'
  | 'apiBase'
  | 'apiKey'
  | 'statusUrl'
  | 'theme'
  | 'telemetry'
  | 'telemetrySampleRate'
> &
  EventProps<'p311-case-submitted' | 'p311-case-supported' | 'p311-error'>;

export type CaseStatusProps = ElementProps<
  P311CaseStatus,
  | 'client'
  | 'number'
  | 'token'
  | 'apiBase'
  | 'apiKey'
  | 'noLive'
  | 'theme'
  | 'telemetry'
  | 'telemetrySampleRate'
> &
  EventProps<'p311-case-loaded' | 'p311-case-updated' | 'p311-feedback-sent' | 'p311-error'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'p311-case-form': CaseFormProps;
      'p311-case-status': CaseStatusProps;
    }
  }
}
