/**
 * The whole network's hash rate implied by a block's compact bits, and expected waiting times.
 *
 * Bitcoin retargets so that a block comes about every 600 seconds. At difficulty D a block takes
 * on average D * 2^32 hashes (difficulty 1 is 2^32 * 65536/65535 hashes, which the usual
 * rule of thumb rounds to 2^32), so the network's rate is about D * 2^32 / 600 hashes per
 * second. This is the standard estimate (Bitcoin Core's `getnetworkhashps` does the same
 * division with the work and time of recent blocks; the Bitcoin wiki, "Difficulty").
 */
import { difficultyFromTarget } from './difficulty';
import { bitsToTarget } from './target';

/** Bitcoin's target spacing between blocks, in seconds. */
export const TARGET_BLOCK_SECONDS = 600;

/** D * 2^32 / 600: the network hash rate (hashes per second) that bits `bits` imply. */
export function networkHashesPerSecFromBits(bits: number): number {
  return (difficultyFromTarget(bitsToTarget(bits)) * 2 ** 32) / TARGET_BLOCK_SECONDS;
}

/**
 * Expected seconds to do `hashes` hashes at `hashesPerSec`.
 * @throws RangeError for a rate that is not positive
 */
export function expectedSeconds(hashes: number, hashesPerSec: number): number {
  if (!(hashesPerSec > 0)) throw new RangeError(`hashesPerSec must be > 0, got ${hashesPerSec}`);
  if (!(hashes >= 0)) throw new RangeError(`hashes must be >= 0, got ${hashes}`);
  return hashes / hashesPerSec;
}
