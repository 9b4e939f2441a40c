// What the browser tests can ask Node to do with the operator API (secret key: never in a
// page). Implemented in commands.ts and registered in vitest.config.ts.
import type { TowStatus } from '@panama311/sdk';

export interface Point {
  lat: number;
  lng: number;
  heading?: number;
}

export interface CreatedTow {
  id: string;
  plate: string;
  ticket: string;
  cedula: string;
}

export interface FleetCommands {
  /**
   * Registers a tow with a fresh plate. On the `fleet` sandbox it stays `requested` and the
   * sandbox's fleet takes it from there as its clock moves; on the `feed` sandbox it is
   * assigned and moved to `status`, with the truck at `truck` when it is on the road.
   */
  createTow(options: {
    sandbox: 'fleet' | 'feed';
    status?: Exclude<TowStatus, 'unknown'>;
    at?: { lat: number; lng: number; address: string };
    truck?: Point;
    yardId?: string;
  }): Promise<CreatedTow>;
  /** Pushes truck fixes to a tow of the `feed` sandbox, one request each, `intervalMs` apart. */
  pushPositions(options: {
    id: string;
    positions: Point[];
    intervalMs: number;
  }): Promise<{ sent: (Point & { sentAt: number })[] }>;
  /** Moves a tow of the `feed` sandbox to a status. */
  setTowStatus(options: { id: string; status: Exclude<TowStatus, 'unknown'> }): Promise<void>;
  /**
   * Starts `examples/tow-fleet-feed` against the `feed` sandbox and resolves once it has
   * registered its tow; the feed keeps driving in the background.
   */
  startFleetFeed(options: {
    plate: string;
    ticket: string;
    cedula: string;
    intervalMs: number;
    stepMetres: number;
  }): Promise<{ id: string }>;
  /** Waits for the fleet feed to end; its exit code and output. */
  finishFleetFeed(): Promise<{ code: number | null; output: string }>;
}

declare module 'vitest/browser' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation: its members are FleetCommands'
  interface BrowserCommands extends FleetCommands {}
}
