/** Virtual time for the sandbox: runs `speed` times faster than the real clock. */
export interface Clock {
  /** Virtual milliseconds since the epoch. */
  now(): number;
  readonly speed: number;
  /** Jumps virtual time forward (tests, demos). */
  advance(ms: number): void;
  setSpeed(speed: number): void;
  /** A real duration expressed in virtual time. */
  toVirtual(realMs: number): number;
  /** How long to really wait for a virtual duration to pass. */
  toReal(virtualMs: number): number;
}

export interface ClockOptions {
  start?: Date | number;
  speed?: number;
  /** Real time source; inject one for deterministic tests. */
  now?: () => number;
}

const checkSpeed = (speed: number): number => {
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new RangeError(`Clock speed must be a positive finite number, got ${speed}`);
  }
  return speed;
};

export function createClock(options: ClockOptions = {}): Clock {
  const realNow = options.now ?? Date.now;
  let speed = checkSpeed(options.speed ?? 1);
  // Virtual time is a line through (realAnchor, virtualAnchor) with slope `speed`;
  // changing the speed re-anchors so virtual time never jumps.
  let realAnchor = realNow();
  let virtualAnchor = options.start === undefined ? realAnchor : +options.start;

  const now = () => virtualAnchor + (realNow() - realAnchor) * speed;

  return {
    now,
    get speed() {
      return speed;
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`Clock can only advance forward, got ${ms}`);
      virtualAnchor += ms;
    },
    setSpeed(next) {
      checkSpeed(next);
      virtualAnchor = now();
      realAnchor = realNow();
      speed = next;
    },
    toVirtual: (realMs) => realMs * speed,
    toReal: (virtualMs) => virtualMs / speed,
  };
}
