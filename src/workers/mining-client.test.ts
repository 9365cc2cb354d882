import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { MiningPool, type MiningEvent, type MiningJobSpec } from './mining-client';

const GENESIS =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
/** p = 2^-8: about one solution in 256 nonces. */
const EASY_TARGET = (1n << 248n) - 1n;

function displayHashOf(headerHex: string): string {
  return bytesToHex(sha256(sha256(hexToBytes(headerHex))).reverse());
}

/** The first `count` solutions found by a plain sequential loop over @noble/hashes. */
function bruteForce(startNonce: number, count: number): { nonce: number; tries: number }[] {
  const header = hexToBytes(GENESIS);
  const view = new DataView(header.buffer);
  const out: { nonce: number; tries: number }[] = [];
  for (let tries = 1; out.length < count; tries++) {
    const nonce = (startNonce + tries - 1) >>> 0;
    view.setUint32(76, nonce, true);
    const hash = BigInt('0x' + bytesToHex(sha256(sha256(header)).reverse()));
    if (hash <= EASY_TARGET) out.push({ nonce, tries });
  }
  return out;
}

function runToEnd(
  pool: MiningPool,
  spec: MiningJobSpec,
  during?: (event: MiningEvent, pool: MiningPool) => void,
): Promise<MiningEvent[]> {
  return new Promise((resolve) => {
    const events: MiningEvent[] = [];
    pool.start(spec, (event) => {
      events.push(event);
      during?.(event, pool);
      if (event.type === 'done') resolve(events);
    });
  });
}

const solutionsOf = (events: MiningEvent[]) =>
  events.flatMap((e) => (e.type === 'solution' ? [{ nonce: e.nonce, tries: e.hashesDone }] : []));

describe('MiningPool (inline engine)', () => {
  it('finds the same solutions, in the same order, as a sequential @noble/hashes loop', async () => {
    const pool = new MiningPool({ workerCount: 2 });
    const events = await runToEnd(pool, {
      headerHex: GENESIS,
      target: EASY_TARGET,
      maxSolutions: 6,
      startNonce: 1000,
    });
    expect(solutionsOf(events)).toEqual(bruteForce(1000, 6));
    const done = events.at(-1)!;
    expect(done).toMatchObject({ type: 'done', reason: 'solutions' });
    for (const event of events) {
      if (event.type === 'solution') expect(displayHashOf(event.headerHex)).toBe(event.hashHex);
    }
    pool.dispose();
  });

  it('replays a run exactly whatever the number of workers, even when it changes mid-run', async () => {
    const spec = { headerHex: GENESIS, target: EASY_TARGET, maxSolutions: 12, startNonce: 77 };
    const one = solutionsOf(await runToEnd(new MiningPool({ workerCount: 1 }), spec));
    let changed = false;
    const three = solutionsOf(
      await runToEnd(new MiningPool({ workerCount: 3 }), spec, (event, pool) => {
        if (event.type === 'solution' && !changed) {
          changed = true;
          pool.setWorkerCount(1);
        }
      }),
    );
    expect(three).toEqual(one);
    expect(one).toHaveLength(12);
  });

  it('stops at a hash budget with reason "exhausted" and counts every hash', async () => {
    const events = await runToEnd(new MiningPool({ workerCount: 2 }), {
      headerHex: GENESIS,
      target: 0n,
      maxSolutions: 0,
      maxHashes: 50_000,
    });
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'exhausted', hashesDone: 50_000 });
    expect(solutionsOf(events)).toEqual([]);
  });

  it('reports the smallest hash of the run, as a sequential @noble/hashes loop finds it', async () => {
    const events = await runToEnd(new MiningPool({ workerCount: 1 }), {
      headerHex: GENESIS,
      target: 0n,
      maxSolutions: 0,
      maxHashes: 4096,
    });
    const header = hexToBytes(GENESIS);
    let smallest = 'f'.repeat(64);
    for (let nonce = 0; nonce < 4096; nonce++) {
      new DataView(header.buffer).setUint32(76, nonce, true);
      const hash = displayHashOf(bytesToHex(header));
      if (hash < smallest) smallest = hash;
    }
    const progress = events.filter((e) => e.type === 'progress').at(-1);
    expect(progress?.type === 'progress' && progress.bestHashHex).toBe(smallest);
  });

  it('stops when asked and sends "done" with reason "stopped" at once', async () => {
    const pool = new MiningPool({ workerCount: 1, progressIntervalMs: 10 });
    const events = await runToEnd(
      pool,
      { headerHex: GENESIS, target: 0n, maxSolutions: 0 },
      (e, p) => {
        if (e.type === 'progress' && e.hashesDone > 0) p.stop();
      },
    );
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'stopped' });
    expect(pool.running).toBe(false);
  });

  it('pauses while hidden and resumes when shown', async () => {
    // 2,000,000 hashes: with the WASM kernel (about 5 M/s) 300,000 could end before the first
    // progress event, and then nothing was ever paused.
    const pool = new MiningPool({ workerCount: 1, progressIntervalMs: 5 });
    let hiddenAt = -1;
    const events = await runToEnd(
      pool,
      { headerHex: GENESIS, target: EASY_TARGET, maxSolutions: 0, maxHashes: 2_000_000 },
      (event, p) => {
        if (event.type === 'progress' && hiddenAt < 0) {
          hiddenAt = event.hashesDone;
          p.setHidden(true);
          setTimeout(() => p.setHidden(false), 30);
        }
      },
    );
    const types = events.map((e) => e.type);
    expect(types.indexOf('paused')).toBeGreaterThan(-1);
    expect(types.indexOf('resumed')).toBeGreaterThan(types.indexOf('paused'));
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      reason: 'exhausted',
      hashesDone: 2_000_000,
    });
    expect(solutionsOf(events).slice(0, 20)).toEqual(bruteForce(0, 20));
  });

  it('rejects a malformed header with an error event instead of throwing', () => {
    const events: MiningEvent[] = [];
    new MiningPool().start({ headerHex: 'abc', target: 1n }, (e) => events.push(e));
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('error');
  });
});

describe('MiningPool at a difficulty too low to report every solution', () => {
  it('stops with an error rather than dropping solutions silently', async () => {
    // Every nonce is a solution, and a chunk may report only 100 of its 1,024.
    const events = await runToEnd(new MiningPool({ workerCount: 1, maxHitsPerChunk: 100 }), {
      headerHex: GENESIS,
      target: (1n << 256n) - 1n,
      maxSolutions: 0,
      maxHashes: 5_000,
    });
    expect(solutionsOf(events)).toEqual([]);
    const error = events.find((e) => e.type === 'error');
    expect(error?.type === 'error' && error.message).toMatch(
      /^1024 solutions .*raise the difficulty$/,
    );
    expect(events.at(-1)).toMatchObject({ type: 'done', reason: 'stopped' });
  });

  it('reports every solution, in order, when they fit', async () => {
    const events = await runToEnd(new MiningPool({ workerCount: 2 }), {
      headerHex: GENESIS,
      target: (1n << 256n) - 1n,
      maxSolutions: 3_000,
    });
    const solutions = solutionsOf(events);
    expect(solutions).toHaveLength(3_000);
    solutions.forEach((s, i) => expect(s).toEqual({ nonce: i, tries: i + 1 }));
  });
});
