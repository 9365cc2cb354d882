/**
 * The energy claim as arithmetic. Only hashed nonces can win, each with the same chance p, so
 * a miner that hashes H' nonces per second finds blocks at the rate H' p, whatever it skipped.
 * "100 TH/s geometric evaluations, 1 TH/s hashes, 300 W against 100 TH/s and 3,000 W" then
 * finds 1/100 of the blocks for 1/10 of the power: 1/10 of the blocks per joule. Skipping a
 * fraction f of the hashes without knowing which would win skips a fraction f of the blocks.
 */

export interface EnergyInput {
  /** The plain miner: hashes per second and watts. */
  baselineHashesPerSec: number;
  baselineWatts: number;
  /** The filtered miner: hashes it still does per second, and its total watts. */
  hashedPerSec: number;
  systemWatts: number;
}

export interface EnergyOutcome {
  /** Blocks per day of the filtered miner / the plain miner's. */
  blocksRatio: number;
  /** Watts of the filtered miner / the plain miner's. */
  powerRatio: number;
  /** Blocks per joule of the filtered miner / the plain miner's. */
  blocksPerJouleRatio: number;
  /** Fraction of hashes (and so of blocks) skipped. */
  skippedFraction: number;
}

export function energyOutcome(input: EnergyInput): EnergyOutcome {
  for (const [name, v] of Object.entries(input)) {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${name} must be above 0, got ${v}`);
  }
  const blocksRatio = input.hashedPerSec / input.baselineHashesPerSec;
  const powerRatio = input.systemWatts / input.baselineWatts;
  return {
    blocksRatio,
    powerRatio,
    blocksPerJouleRatio: blocksRatio / powerRatio,
    skippedFraction: Math.max(0, 1 - blocksRatio),
  };
}

/** The design's own figures. */
export const CLAIMED_ENERGY: EnergyInput = {
  baselineHashesPerSec: 100e12,
  baselineWatts: 3000,
  hashedPerSec: 1e12,
  systemWatts: 300,
};
