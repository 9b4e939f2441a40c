import { errorCode } from '@panama311/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientConfig } from './client.js';
import type { LangController } from './lang.js';

/** An element that talks to the API: an injected `client`, or `api-base` and `api-key`. */
export interface BackendHost<B> extends ReactiveControllerHost, HTMLElement {
  client?: B | undefined;
  apiBase?: string | undefined;
  apiKey?: string | undefined;
}

/**
 * An element's way to the API: the injected `client`, else one built from `api-base`,
 * `api-key` and the element's language, built again whenever one of them changes.
 *
 * A configuration the SDK refuses (no key, a secret key in a browser) leaves `value` undefined
 * and the SDK's error in `error`, until the configuration changes. Give both to the element's
 * tasks as arguments and throw `error` when there is no `value`: the refusal is then shown and
 * reported (`p311-error`) the way any failed call is, and a fixed key runs the call again.
 *
 * Register it after the element's `LangController` and before the tasks that call the API:
 * controllers update in the order they were added, so it reads the current language and the
 * tasks read the current backend.
 */
export class BackendController<B> implements ReactiveController {
  /** The backend to call; undefined while the configuration is refused. */
  value?: B;
  /** Why the SDK refused the element's configuration, while it does. */
  error?: unknown;
  private config?: readonly unknown[];

  constructor(
    private readonly host: BackendHost<B>,
    private readonly language: LangController,
    private readonly build: (config: ClientConfig) => B,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { client, apiBase, apiKey } = this.host;
    const lang = this.language.value;
    const config = [client, apiBase, apiKey, lang];
    if (this.config?.every((value, i) => value === config[i])) return;
    this.config = config;
    const before = this.error;
    try {
      this.value = client ?? this.build({ apiBase, apiKey, lang });
      this.error = undefined;
    } catch (error) {
      this.value = undefined;
      // The same refusal again (after a language switch, say) is kept as it was, so the
      // element's calls, which take `error` among their arguments, neither run nor report twice.
      this.error = before && errorCode(before) === errorCode(error) ? before : error;
    }
  }
}
