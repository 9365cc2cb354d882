/**
 * Bitcoin's difficulty retarget rule, as Bitcoin Core's `CalculateNextWorkRequired`
 * (src/pow.cpp) computes it on mainnet:
 *
 * - every 2,016 blocks (height h with h % 2016 == 0) the target changes;
 * - actualTimespan = time(h - 1) - time(h - 2016): from the FIRST block of the period to the
 *   LAST, so it spans 2,015 intervals, not 2,016 (Satoshi's famous off-by-one);
 * - it is clamped to [timespan / 4, timespan × 4], timespan = 14 × 24 × 3600 s;
 * - new target = old target (the bits of block h - 1, decoded like arith_uint256::SetCompact)
 *   × actualTimespan / timespan, in 256-bit integer arithmetic (the division truncates);
 * - capped at the proof-of-work limit 0x00000000ffff…ff (2^224 - 1);
 * - rounded through the compact encoding (arith_uint256::GetCompact), which keeps only the
 *   top 3 bytes of the mantissa: this rounding is why the result must be compared as bits.
 */
import { bitsToTarget, MAINNET_POW_LIMIT, targetToBits } from '../hash/target';

/** Blocks per retarget period. */
export const RETARGET_INTERVAL = 2016;
/** The intended length of one period: two weeks, in seconds. */
export const TARGET_TIMESPAN = 14 * 24 * 3600;
/** The intended time between blocks: ten minutes, in seconds. */
export const TARGET_SPACING = 600;
const UINT256_MASK = (1n << 256n) - 1n;

/** Which clamp, if any, the measured timespan hit. */
export type Clamp = 'none' | 'low' | 'high';

/** One retarget computed from its inputs. */
export interface RetargetResult {
  /** time(last) - time(first) as measured, seconds (may be negative on a toy input). */
  actualTimespan: number;
  /** The timespan after clamping to [timespan/4, timespan*4]. */
  clampedTimespan: number;
  clamp: Clamp;
  /** The target before the pow-limit cap and before compact rounding. */
  rawTarget: bigint;
  /** Whether the pow limit cap was applied. */
  cappedAtPowLimit: boolean;
  /** The new compact bits. */
  bits: number;
}

/** The timespan clamped as Bitcoin clamps it. */
export function clampTimespan(actual: number): { timespan: number; clamp: Clamp } {
  if (actual < TARGET_TIMESPAN / 4) return { timespan: TARGET_TIMESPAN / 4, clamp: 'low' };
  if (actual > TARGET_TIMESPAN * 4) return { timespan: TARGET_TIMESPAN * 4, clamp: 'high' };
  return { timespan: actual, clamp: 'none' };
}

/**
 * The next bits from the previous period's last bits and its first and last timestamps.
 * @param powLimit - the cap (mainnet's 2^224 - 1 unless given)
 */
export function nextBits(
  lastBits: number,
  firstTime: number,
  lastTime: number,
  powLimit: bigint = MAINNET_POW_LIMIT,
): RetargetResult {
  const actualTimespan = lastTime - firstTime;
  const { timespan, clamp } = clampTimespan(actualTimespan);
  const old = bitsToTarget(lastBits);
  const rawTarget = ((old * BigInt(timespan)) & UINT256_MASK) / BigInt(TARGET_TIMESPAN);
  const cappedAtPowLimit = rawTarget > powLimit;
  const target = cappedAtPowLimit ? powLimit : rawTarget;
  return {
    actualTimespan,
    clampedTimespan: timespan,
    clamp,
    rawTarget,
    cappedAtPowLimit,
    bits: targetToBits(target),
  };
}

/** Whether a height is a retarget height (the first block of a new period, not genesis). */
export function isRetargetHeight(height: number): boolean {
  return Number.isInteger(height) && height > 0 && height % RETARGET_INTERVAL === 0;
}
