/**
 * Jobs of the Proof of Improvement chapter that run in an experiment worker: the noise-only
 * run of the design's evaluator (the three tasks timed round after round with nothing changed,
 * then the length study), and the design's small chain mined from the minted records. The
 * clock is read here (performance.now is allowed in a worker) and passed into core.
 */
import { createRandom } from '../core/random';
import { evaluatorTasks } from '../core/experiments/improvement/benchmarks';
import { genesisBlock, nextJob } from '../core/experiments/improvement/chain-builder';
import { mineSome, nextZeros, type ImprovementBlock } from '../core/experiments/improvement/chain';
import {
  lengthStudy,
  type LengthResult,
} from '../core/experiments/improvement/improvement-experiment';
import { measureRound, type RoundTimes } from '../core/experiments/improvement/noise-run';
import type { ExperimentControl } from './experiment-protocol';

export type ImprovementJob =
  | { type: 'noise'; seed: number; rounds: number; lengthRounds: number }
  | { type: 'chain'; records: Record<string, number>[]; startZeros: number };

export type ImprovementJobResult =
  | { type: 'noise'; times: RoundTimes[]; byLength: LengthResult[] }
  | {
      type: 'chain';
      blocks: ImprovementBlock[];
      zerosByBlock: number[];
      hashes: number;
      elapsedMs: number;
    };

const nowMs = () => performance.now();
const nowSeconds = () => Math.floor((performance.timeOrigin + performance.now()) / 1000);
const SLICE_TRIES = 2048;

export async function runImprovementJob(
  job: ImprovementJob,
  control: ExperimentControl,
): Promise<ImprovementJobResult> {
  if (job.type === 'noise') {
    const tasks = evaluatorTasks(createRandom(job.seed).derive('tasks'));
    tasks.forEach((task) => task.run()); // warm-up, not counted
    const times: RoundTimes[] = [];
    for (let r = 0; r < job.rounds; r++) {
      times.push(measureRound(tasks, nowMs));
      await control.checkpoint(r + 1, job.rounds + 1);
    }
    const byLength = lengthStudy(job.lengthRounds, nowMs);
    await control.checkpoint(job.rounds + 1, job.rounds + 1);
    return { type: 'noise', times, byLength };
  }
  const started = nowMs();
  const blocks = [genesisBlock(nowSeconds())];
  const zerosByBlock = [0];
  let zeros = job.startZeros;
  let hashes = 0;
  for (const record of job.records) {
    zeros = nextZeros(blocks, zeros);
    const mining = nextJob(blocks, zeros, record, nowSeconds());
    for (;;) {
      const before = mining.nextNonce;
      const block = mineSome(mining, SLICE_TRIES);
      hashes += mining.nextNonce - before;
      await control.checkpoint(blocks.length - 1, job.records.length);
      if (block) {
        blocks.push(block);
        zerosByBlock.push(zeros);
        break;
      }
    }
  }
  await control.checkpoint(job.records.length, job.records.length);
  return { type: 'chain', blocks, zerosByBlock, hashes, elapsedMs: nowMs() - started };
}
