/**
 * The experiment harness: does a strategy find more hits per hash than a plain sequential scan?
 *
 * For every job (a header no strategy has seen) and every arm, the arm proposes the nonces to
 * hash with a fixed budget per job; the harness hashes them (real SHA-256d, or SHA-256d cut to R
 * rounds for the positive controls) and counts hits at "N leading zero bits", where each hash
 * hits with probability p = 2^-N if the hash behaves as a random function. The baseline arm is
 * the sequential scan of nonces 0 .. budget-1 on the same jobs.
 *
 * Per arm it reports hashes, hits, hits per hash, the ratio to sequential (exact conditional
 * interval and p-value, `rateRatio`), the ratio to the expectation hashes p (Garwood interval,
 * `ratioToExpected`; the only usable baseline when sequential can score 0 hits, as with cut
 * rounds), and "hits per unit of work", which also counts the hashes a strategy spent on its
 * own (for training). The intervals treat hashes as independent trials, which is exactly the
 * random-function hypothesis under test; where hashes within a job stand or fall together (a
 * hash cut to a few rounds), use the job-level interval of stats/cluster-intervals.ts on
 * `hitsPerJob` instead. Pure: the caller supplies a `checkpoint` hook that may
 * await (a worker yields there to stay cancellable and to pause).
 */
import type { Random } from '../random';
import { rateRatio, ratioToExpected, type RateRatio } from '../stats/intervals';
import { createZeroBitsJob, hitsForNonces, hitsForRange } from './nonce-hits';

/** What a strategy is told about the job it proposes nonces for. */
export interface ProposalContext {
  header: Uint8Array;
  jobIndex: number;
  /** Nonces it may propose (more are an error; fewer are allowed). */
  budget: number;
  /** Its own seeded stream for this job. */
  random: Random;
  /** The last hit found on the previous job by any arm (arm order), or null. */
  lastWinner: number | null;
  rounds: number;
  zeroBits: number;
  /**
   * Hashes nonces on this job and says which hit: for strategies that learn within a job
   * (the positive control). Every nonce counts as the strategy's own work.
   */
  labelNonces(nonces: ArrayLike<number>): boolean[];
}

/** A way to choose nonces. `ownWorkHashes` counts hashes it spent itself (training). */
export interface Strategy {
  id: string;
  propose(context: ProposalContext): ArrayLike<number>;
  /** Hashes the strategy itself did, read after the run (e.g. to label training data). */
  ownWorkHashes?(): number;
}

export interface HarnessSettings {
  jobs: readonly Uint8Array[];
  zeroBits: number;
  budgetPerJob: number;
  /** 64 = real SHA-256d (the default); fewer for a deliberately weakened hash. */
  rounds?: number;
  /** The seed the strategies' streams are derived from. */
  random: Random;
  /** Interval level is 1 - alpha (default 0.05). */
  alpha?: number;
}

export interface ArmResult {
  id: string;
  hashes: number;
  hits: number;
  hitsPerHash: number;
  /** hashes p: the hits a random function would give on average. */
  expectedHits: number;
  vsSequential: RateRatio;
  vsExpected: RateRatio;
  /** Hashes the strategy spent on its own (training). */
  ownWorkHashes: number;
  /** hits / (hashes + own work hashes), against sequential's hits per hash. */
  workRatio: number;
  /** Hits per job, for job-level views. */
  hitsPerJob: number[];
}

export interface HarnessResult {
  zeroBits: number;
  rounds: number;
  jobs: number;
  budgetPerJob: number;
  p: number;
  sequential: ArmResult;
  arms: ArmResult[];
}

export interface HarnessHooks {
  /** Called after every job; may return a promise (to yield, pause or stop). */
  checkpoint?: (jobsDone: number, jobsTotal: number) => void | Promise<void>;
}

/** The sequential scan: nonces 0 .. budget - 1, as a plain miner starts. */
export const SEQUENTIAL_ID = 'sequential';

/** Runs every strategy and the sequential baseline on the same jobs. */
export async function runHarness(
  settings: HarnessSettings,
  strategies: readonly Strategy[],
  hooks: HarnessHooks = {},
): Promise<HarnessResult> {
  const { jobs, zeroBits, budgetPerJob, random } = settings;
  const rounds = settings.rounds ?? 64;
  const alpha = settings.alpha ?? 0.05;
  if (!Number.isInteger(budgetPerJob) || budgetPerJob < 1 || budgetPerJob > 2 ** 24) {
    throw new RangeError(`the budget per job must be from 1 to 2^24 nonces, got ${budgetPerJob}`);
  }
  if (!Number.isInteger(zeroBits) || zeroBits < 1 || zeroBits > 32) {
    throw new RangeError(`zero bits must be from 1 to 32, got ${zeroBits}`);
  }
  if (jobs.length === 0) throw new RangeError('at least one job is needed');
  const ids = new Set<string>([SEQUENTIAL_ID]);
  for (const s of strategies) {
    if (ids.has(s.id)) throw new RangeError(`two arms are named "${s.id}"`);
    ids.add(s.id);
  }
  const p = 2 ** -zeroBits;
  const seq = { hashes: 0, hits: 0, perJob: [] as number[] };
  const counts = strategies.map(() => ({ hashes: 0, hits: 0, own: 0, perJob: [] as number[] }));
  let lastWinner: number | null = null;

  for (let j = 0; j < jobs.length; j++) {
    const header = jobs[j]!;
    const job = createZeroBitsJob(header, zeroBits, rounds);
    const sequential = hitsForRange(job, 0, budgetPerJob);
    seq.hashes += sequential.hashes;
    seq.hits += sequential.hitNonces.length;
    seq.perJob.push(sequential.hitNonces.length);
    let winner = sequential.hitNonces.at(-1) ?? null;
    strategies.forEach((strategy, a) => {
      const arm = counts[a]!;
      const labelNonces = (nonces: ArrayLike<number>) => {
        arm.own += nonces.length;
        const hit = new Set(hitsForNonces(job, nonces).hitNonces);
        return Array.from(nonces as ArrayLike<number>, (n) => hit.has(n));
      };
      const proposal = strategy.propose({
        header,
        jobIndex: j,
        budget: budgetPerJob,
        random: random.derive(`${strategy.id}/${j}`),
        lastWinner,
        rounds,
        zeroBits,
        labelNonces,
      });
      if (proposal.length > budgetPerJob) {
        throw new RangeError(
          `strategy "${strategy.id}" proposed ${proposal.length} nonces for a budget of ${budgetPerJob}`,
        );
      }
      const hits = hitsForNonces(job, proposal);
      arm.hashes += hits.hashes;
      arm.hits += hits.hitNonces.length;
      arm.perJob.push(hits.hitNonces.length);
      winner = hits.hitNonces.at(-1) ?? winner;
    });
    lastWinner = winner;
    await hooks.checkpoint?.(j + 1, jobs.length);
  }

  const seqRate = seq.hits / seq.hashes;
  const summarise = (
    id: string,
    arm: { hashes: number; hits: number; perJob: number[] },
    own: number,
  ): ArmResult => {
    const hashes = Math.max(1, arm.hashes);
    return {
      id,
      hashes: arm.hashes,
      hits: arm.hits,
      hitsPerHash: arm.hits / hashes,
      expectedHits: arm.hashes * p,
      vsSequential: rateRatio(arm.hits, hashes, seq.hits, seq.hashes, alpha),
      vsExpected: ratioToExpected(arm.hits, hashes, p, alpha),
      ownWorkHashes: own,
      workRatio: seqRate === 0 ? NaN : arm.hits / (hashes + own) / seqRate,
      hitsPerJob: arm.perJob,
    };
  };
  return {
    zeroBits,
    rounds,
    jobs: jobs.length,
    budgetPerJob,
    p,
    sequential: summarise(SEQUENTIAL_ID, seq, 0),
    arms: strategies.map((s, a) =>
      summarise(s.id, counts[a]!, counts[a]!.own + (s.ownWorkHashes?.() ?? 0)),
    ),
  };
}
