import { describe, expect, it } from 'vitest';
import { measureSlice, type ScanTransport } from './slice-runner';

/** A fake clock and workers: a batch of n takes n / 1000 ms plus 0.5 ms per message. */
function fakeWorld() {
  let time = 0;
  const clock = {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
  const transport: ScanTransport = {
    scan: async (count) => {
      time += count / 1000 + 0.5;
      return { hashes: count };
    },
  };
  return { clock, transport };
}

describe('measureSlice', () => {
  it('pays the per-message cost: tiny batches are slower than big ones', async () => {
    const w = fakeWorld();
    const small = await measureSlice(
      { batchSize: 100, workers: 1, dutyCycle: 1 },
      [w.transport],
      w.clock,
      300,
    );
    const big = await measureSlice(
      { batchSize: 10_000, workers: 1, dutyCycle: 1 },
      [w.transport],
      w.clock,
      300,
    );
    expect(small.hashesPerSec).toBeCloseTo((100 / 0.6) * 1000, -2);
    expect(big.hashesPerSec).toBeGreaterThan(small.hashesPerSec * 5);
  });

  it('a 50 % duty cycle halves the rate, idle time owed at the end included', async () => {
    const w = fakeWorld();
    const full = await measureSlice(
      { batchSize: 1000, workers: 1, dutyCycle: 1 },
      [w.transport],
      w.clock,
      300,
    );
    const half = await measureSlice(
      { batchSize: 1000, workers: 1, dutyCycle: 0.5 },
      [w.transport],
      w.clock,
      300,
    );
    expect(half.hashesPerSec / full.hashesPerSec).toBeCloseTo(0.5, 2);
  });

  it('needs as many transports as workers', async () => {
    const w = fakeWorld();
    await expect(
      measureSlice({ batchSize: 1, workers: 2, dutyCycle: 1 }, [w.transport], w.clock, 10),
    ).rejects.toThrow(RangeError);
  });
});
