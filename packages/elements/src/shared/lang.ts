import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages the elements speak. */
export type Lang = 'es' | 'en';

const pick = (tag: string | null | undefined): Lang | undefined => {
  const base = tag?.trim().slice(0, 2).toLowerCase();
  return base === 'es' || base === 'en' ? base : undefined;
};

/**
 * The language of an element: its own `lang`, else the closest `[lang]` ancestor (across
 * shadow roots, so an element inside another component follows the page), else `<html lang>`,
 * else Spanish. A language the elements do not speak falls through to the next source.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = pick(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return pick(document.documentElement.lang) ?? 'es';
}

/**
 * Keeps `host.lang`-derived rendering current: re-renders when any `lang` attribute in the
 * document changes (the page's language switch, the element's own attribute).
 */
export class LangController implements ReactiveController {
  private observer?: MutationObserver;
  value: Lang = 'es';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = resolveLang(this.host);
    this.observer = new MutationObserver(() => {
      const next = resolveLang(this.host);
      if (next !== this.value) {
        this.value = next;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostUpdate(): void {
    this.value = resolveLang(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
