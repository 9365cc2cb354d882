/**
 * The jobs of a "bring your own predictor" run, derived from its seed alone so that the page
 * (which hands them to the sandbox) and the clean evaluation worker (which hashes) agree without
 * trusting each other: the headers, the candidate nonces `score` ranks, and the authoritative
 * checks that turn the sandbox's answer into the nonces to hash.
 */
import { makeJobHeaders } from '../core/experiments/experiment-jobs';
import { createRandom } from '../core/random';

/** `score` ranks this many candidates per nonce of budget; the best `budget` are hashed. */
export const CANDIDATES_PER_BUDGET = 4;

export interface PredictorPlan {
  headers: Uint8Array[];
  /** Per job, CANDIDATES_PER_BUDGET x budget seeded random nonces. */
  candidates: Uint32Array[];
}

export function predictorPlan(seed: number, jobs: number, budget: number): PredictorPlan {
  const random = createRandom(seed);
  const headers = makeJobHeaders(random.derive('predictor-jobs'), jobs);
  const candidates = headers.map((_, j) => {
    const stream = random.derive(`predictor-candidates/${j}`);
    const pool = new Uint32Array(CANDIDATES_PER_BUDGET * budget);
    for (let i = 0; i < pool.length; i++) pool[i] = stream.nextUint32();
    return pool;
  });
  return { headers, candidates };
}

/**
 * The `budget` candidates with the highest scores (ties: the earlier candidate first).
 * @throws RangeError when the scores do not match the candidates or one is not finite
 */
export function topScored(candidates: Uint32Array, scores: ArrayLike<number>, budget: number) {
  if (scores.length !== candidates.length) {
    throw new RangeError(`expected ${candidates.length} scores, got ${scores.length}`);
  }
  const order = Array.from({ length: candidates.length }, (_, i) => i);
  for (const i of order) {
    if (!Number.isFinite(scores[i])) throw new RangeError(`score ${i} is not a finite number`);
  }
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return Uint32Array.from(order.slice(0, budget), (i) => candidates[i]!);
}

/**
 * The proposed nonces as a Uint32Array, checked: at most `budget`, each a whole number from 0
 * to 2^32 - 1. @throws RangeError otherwise
 */
export function checkedProposal(nonces: ArrayLike<number>, budget: number): Uint32Array {
  if (nonces.length > budget) {
    throw new RangeError(`${nonces.length} nonces proposed for a budget of ${budget}`);
  }
  const out = new Uint32Array(nonces.length);
  for (let i = 0; i < nonces.length; i++) {
    const n = nonces[i]!;
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      throw new RangeError(`a nonce is a whole number from 0 to 4294967295, got ${n}`);
    }
    out[i] = n;
  }
  return out;
}
