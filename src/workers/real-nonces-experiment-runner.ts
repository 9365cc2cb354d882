/**
 * Jobs of the "Real nonces" chapter, run in a worker: recompute SHA-256d of every real header
 * (hash / (target + 1), core/real-nonces/hash-ratios.ts) and the harness test of the predictor
 * trained on real winners (core/real-nonces/predictor-test.ts). Headers travel packed, 80 bytes
 * each, in one typed array.
 */
import { hashToTargetRatios, type HashRatioSummary } from '../core/real-nonces/hash-ratios';
import { runPredictorTest, type PredictorTestResult } from '../core/real-nonces/predictor-test';
import type { ExperimentControl } from './experiment-protocol';

export type RealNoncesJob =
  | { type: 'hashRatios'; packedHeaders: Uint8Array }
  | {
      type: 'predictor';
      seed: number;
      trainNonces: Uint32Array;
      packedJobHeaders: Uint8Array;
      budgetPerJob: number;
      zeroBits: number;
    };

export type RealNoncesResult =
  | { type: 'hashRatios'; summary: HashRatioSummary }
  | { type: 'predictor'; result: PredictorTestResult };

/** Splits packed 80-byte headers into views. */
export function unpackHeaders(packed: Uint8Array): Uint8Array[] {
  if (packed.length % 80 !== 0) throw new RangeError(`${packed.length} bytes is not n headers`);
  const out: Uint8Array[] = [];
  for (let i = 0; i < packed.length; i += 80) out.push(packed.subarray(i, i + 80));
  return out;
}

/** Packs headers into one array (the inverse of `unpackHeaders`). */
export function packHeaders(headers: readonly Uint8Array[]): Uint8Array {
  const packed = new Uint8Array(headers.length * 80);
  headers.forEach((header, i) => packed.set(header, i * 80));
  return packed;
}

export async function runRealNoncesJob(
  job: RealNoncesJob,
  control: ExperimentControl,
): Promise<RealNoncesResult> {
  if (job.type === 'hashRatios') {
    const summary = await hashToTargetRatios(unpackHeaders(job.packedHeaders), (done, total) =>
      control.checkpoint(done, total),
    );
    return { type: 'hashRatios', summary };
  }
  const result = await runPredictorTest(
    {
      seed: job.seed,
      trainNonces: job.trainNonces,
      jobHeaders: unpackHeaders(job.packedJobHeaders),
      budgetPerJob: job.budgetPerJob,
      zeroBits: job.zeroBits,
    },
    { checkpoint: (done, total) => control.checkpoint(done, total) },
  );
  return { type: 'predictor', result };
}
