import { createHandlers, type ApiOptions } from './handlers.js';
import { World, type WorldOptions } from './world.js';

/** Everything that shapes a sandbox: its world and how its API behaves. */
export interface SandboxOptions extends WorldOptions, ApiOptions {
  /**
   * Real milliseconds between simulation steps; `0` steps only when `tick()` or `advance()`
   * is called (deterministic tests).
   * @default 1000
   */
  tickMs?: number;
}

/**
 * A stateful fake 311 API: msw handlers over a world whose time moves.
 * @example
 * const sandbox = createSandbox({ seed: 1, tickMs: 0 });
 * const server = setupServer(...sandbox.handlers);
 */
export function createSandbox(options: SandboxOptions = {}) {
  const world = new World(options);
  const api = createHandlers(world, options);
  const tickMs = options.tickMs ?? 1000;
  let timer: ReturnType<typeof setInterval> | undefined;
  if (tickMs > 0) {
    timer = setInterval(() => world.tick(), tickMs);
    // Never keep a Node process alive just for the simulation.
    (timer as { unref?: () => void }).unref?.();
  }
  return {
    world,
    handlers: api.handlers,
    /** Applies whatever is due at the clock's now. */
    tick: () => world.tick(),
    /** Moves virtual time forward and applies what became due. */
    advance(ms: number) {
      world.clock.advance(ms);
      world.tick();
    },
    openStreamCount: api.openStreamCount,
    /** Stops the simulation and ends open event streams. */
    close() {
      clearInterval(timer);
      api.closeStreams();
    },
  };
}

export type Sandbox = ReturnType<typeof createSandbox>;
