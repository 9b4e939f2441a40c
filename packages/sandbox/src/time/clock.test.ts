import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';

const fakeReal = (start = 1_000_000) => {
  let t = start;
  return { now: () => t, tick: (ms: number) => (t += ms) };
};

describe('createClock', () => {
  it('starts at `start` and runs `speed` times faster than real time', () => {
    const real = fakeReal();
    const clock = createClock({
      start: new Date('2026-01-05T13:00:00Z'),
      speed: 60,
      now: real.now,
    });
    expect(clock.now()).toBe(Date.parse('2026-01-05T13:00:00Z'));
    real.tick(1_000);
    expect(clock.now()).toBe(Date.parse('2026-01-05T13:01:00Z'));
  });

  it('defaults to real time at speed 1', () => {
    const real = fakeReal(42);
    const clock = createClock({ now: real.now });
    expect(clock.speed).toBe(1);
    real.tick(500);
    expect(clock.now()).toBe(542);
  });

  it('advances virtual time on demand', () => {
    const real = fakeReal();
    const clock = createClock({ start: 0, speed: 10, now: real.now });
    clock.advance(3_600_000);
    real.tick(100);
    expect(clock.now()).toBe(3_601_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('changes speed without making virtual time jump', () => {
    const real = fakeReal();
    const clock = createClock({ start: 0, speed: 2, now: real.now });
    real.tick(1_000);
    clock.setSpeed(100);
    expect(clock.now()).toBe(2_000);
    expect(clock.speed).toBe(100);
    real.tick(1_000);
    expect(clock.now()).toBe(102_000);
  });

  it('converts durations between real and virtual time', () => {
    const clock = createClock({ speed: 3_600, now: () => 0 });
    expect(clock.toVirtual(1_000)).toBe(3_600_000);
    expect(clock.toReal(3_600_000)).toBe(1_000);
  });

  it('rejects a speed that is not positive and finite', () => {
    expect(() => createClock({ speed: 0 })).toThrow(RangeError);
    expect(() => createClock().setSpeed(Number.NaN)).toThrow(RangeError);
  });
});
