/** Every event of the elements bubbles and crosses shadow roots, like native UI events. */
const INIT: EventInit = { bubbles: true, composed: true };

/** Something went wrong that the page may want to log or report; the element already told the person. */
export class P311ErrorEvent extends Event {
  static readonly eventName = 'p311-error';
  /** The SDK's stable error code (`network`, `rate_limited`, …). */
  readonly code: string;
  readonly error: unknown;
  constructor(code: string, error: unknown) {
    super(P311ErrorEvent.eventName, INIT);
    this.code = code;
    this.error = error;
  }
}

export { INIT as EVENT_INIT };

declare global {
  interface GlobalEventHandlersEventMap {
    'p311-error': P311ErrorEvent;
  }
}
