import type { Locale } from '@panama311/sdk';

/** One event as kept for replay: its data already rendered in each language. */
export interface StoredEvent {
  id: number;
  type: string;
  data: Record<Locale, unknown>;
}

interface Channel {
  seq: number;
  ring: StoredEvent[];
  listeners: Set<(event: StoredEvent) => void>;
}

/** How many past events each channel keeps for clients resuming with `Last-Event-ID`. */
const RING = 500;

/** Event channels per case and tow, with numbered events a client can resume from. */
export class Streams {
  private readonly channels = new Map<string, Channel>();

  private channel(key: string): Channel {
    let channel = this.channels.get(key);
    if (!channel) {
      channel = { seq: 0, ring: [], listeners: new Set() };
      this.channels.set(key, channel);
    }
    return channel;
  }

  /** The id of the last event of a channel (0 when none). */
  seq(key: string): number {
    return this.channels.get(key)?.seq ?? 0;
  }

  /** Emits an event; `render` gives its data per language. */
  emit(key: string, type: string, render: (lang: Locale) => unknown): void {
    const channel = this.channel(key);
    const es = render('es');
    const event: StoredEvent = { id: ++channel.seq, type, data: { es, en: render('en') } };
    channel.ring.push(event);
    if (channel.ring.length > RING) channel.ring.splice(0, channel.ring.length - RING);
    // Only open streams pay for delivery; nobody listening costs nothing more.
    for (const listener of channel.listeners) listener(event);
  }

  /**
   * The events after `lastId`, or `undefined` when some of them are no longer kept (the
   * caller then sends a fresh snapshot instead).
   */
  since(key: string, lastId: number): StoredEvent[] | undefined {
    const channel = this.channel(key);
    if (lastId >= channel.seq) return [];
    const first = channel.ring[0];
    if (!first || first.id > lastId + 1) return undefined;
    return channel.ring.filter((e) => e.id > lastId);
  }

  subscribe(key: string, listener: (event: StoredEvent) => void): () => void {
    const channel = this.channel(key);
    channel.listeners.add(listener);
    return () => channel.listeners.delete(listener);
  }

  /** Open listeners across channels (for the watcher benchmark). */
  listenerCount(): number {
    let n = 0;
    for (const channel of this.channels.values()) n += channel.listeners.size;
    return n;
  }
}
