/**
 * What a story's `play` does to reach a state: find things inside the element's shadow root,
 * type, click, wait.
 */
import { waitFor } from 'storybook/test';

const TIMEOUT = 15_000;

/** The story's element, once it has rendered. */
export async function host<T extends HTMLElement>(canvas: HTMLElement, tag: string): Promise<T> {
  return waitFor(
    () => {
      const found = canvas.querySelector<T>(tag);
      if (!found?.shadowRoot?.childElementCount) throw new Error(`<${tag}> has not rendered`);
      return found;
    },
    { timeout: TIMEOUT },
  );
}

/** The first element matching `selector` in the shadow root, once there. */
export async function inside<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
  timeout = TIMEOUT,
): Promise<T> {
  return waitFor(
    () => {
      const found = element.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} is not in <${element.localName}>`);
      return found;
    },
    { timeout },
  );
}

/** Types `value` the way a person's typing reaches the element: an `input` event. */
export function fill(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Clicks the button in the shadow root whose text matches. */
export async function press(element: HTMLElement, text: RegExp, timeout = TIMEOUT) {
  const button = await waitFor(
    () => {
      const found = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
        text.test(b.textContent ?? ''),
      );
      if (!found) throw new Error(`no button ${text} in <${element.localName}>`);
      return found;
    },
    { timeout },
  );
  button.click();
}
