import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { leadingZeroBitsOfBytes } from '../hash/leading-zero-bits';
import { createRandom } from '../random';
import { makeJobHeaders } from './experiment-jobs';
import { createZeroBitsJob, hitsForNonces, hitsForRange } from './nonce-hits';

/** Hits by brute force with @noble/hashes: the display-order hash has >= N leading zero bits. */
function nobleHits(header: Uint8Array, nonces: Iterable<number>, zeroBits: number): number[] {
  const h = header.slice();
  const view = new DataView(h.buffer);
  const hits = new Set<number>();
  for (const n of nonces) {
    view.setUint32(76, n, true);
    const display = sha256(sha256(h)).reverse();
    if (leadingZeroBitsOfBytes(display) >= zeroBits) hits.add(n);
  }
  return [...hits].sort((a, b) => a - b);
}

describe('hitsForNonces(job, nonces)', () => {
  const [header] = makeJobHeaders(createRandom(5), 1) as [Uint8Array];
  const job = createZeroBitsJob(header, 6);

  it('finds exactly the hits @noble/hashes finds, for scattered and consecutive nonces', () => {
    const random = createRandom(9);
    const nonces = [
      ...Array.from({ length: 300 }, () => random.nextUint32()),
      ...Array.from({ length: 300 }, (_, i) => 1000 + i),
      0xffffffff,
      0,
    ];
    const result = hitsForNonces(job, nonces);
    expect(result.hashes).toBe(nonces.length);
    expect(result.hitNonces).toEqual(nobleHits(header, nonces, 6));
    expect(result.hitNonces.length).toBeGreaterThan(0);
  });

  it('counts a repeated nonce as two hashes but one hit', () => {
    const { hitNonces } = hitsForRange(job, 0, 2000);
    const winner = hitNonces[0]!;
    const result = hitsForNonces(job, [winner, winner, winner]);
    expect(result).toEqual({ hashes: 3, hitNonces: [winner] });
  });

  it('rejects a value that is not a uint32', () => {
    expect(() => hitsForNonces(job, [1.5])).toThrow(RangeError);
    expect(() => hitsForNonces(job, [-1])).toThrow(RangeError);
    expect(() => hitsForNonces(job, [2 ** 32])).toThrow(RangeError);
  });
});

describe('hitsForRange(job, start, count)', () => {
  it('agrees with hitsForNonces over the same nonces, also past the 4,096-hit buffer', () => {
    const [header] = makeJobHeaders(createRandom(6), 1) as [Uint8Array];
    // 1 zero bit: about half of 10,000 nonces hit, more than one call's solution buffer.
    const job = createZeroBitsJob(header, 1);
    const range = hitsForRange(job, 0, 10_000);
    const list = hitsForNonces(
      job,
      Array.from({ length: 10_000 }, (_, i) => i),
    );
    expect(range.hitNonces).toEqual(list.hitNonces);
    expect(range.hitNonces.length).toBeGreaterThan(4096);
    expect(range.hitNonces).toEqual(
      nobleHits(
        header,
        Array.from({ length: 10_000 }, (_, i) => i),
        1,
      ),
    );
  });
});
