/**
 * The self-tuning loop, done honestly: one knob at a time, the tuner proposes the next step up
 * (a bigger batch, a higher duty cycle, one more worker), A/B-tests it against the current
 * setting with interleaved, paired slices and the stopping rule of paired-test.ts, and rolls it
 * out only if the ratio interval lies entirely above 1. Then it goes on up that knob's ladder;
 * a step that does not win ends the knob. Last, a confirmation test runs the starting setting
 * against the final one, a fixed number of pairs with one look at level 95 %, on fresh slices,
 * so the reported gain is not the (optimistic) number that picked the winners.
 *
 * Every slice and decision is also logged as a neuro-log event. Pure: `measure` (one slice
 * under a configuration) and the wall clock are passed in; `measure` may throw to stop.
 */
import type { Random } from '../../random';
import { neuroEvent, type NeuroLogEvent } from './neuro-log';
import {
  DEFAULT_ALPHA,
  DEFAULT_MARGIN,
  LOOKS,
  lookAlpha,
  summarisePairs,
  tInterval,
  verdictOf,
  type PairedSummary,
  type Verdict,
} from './paired-test';
import type { SliceMeasurement } from './slice-runner';
import {
  checkConfig,
  KNOB_ORDER,
  nextStep,
  sameConfig,
  type KnobId,
  type TuningConfig,
} from './tuning-config';
import type { Interval } from '../../stats/intervals';

export interface TunerOptions {
  start: TuningConfig;
  maxWorkers: number;
  random: Random;
  /** One slice of mining under `config`. */
  measure(config: TuningConfig): Promise<SliceMeasurement>;
  /** Wall-clock milliseconds since 1970, for the log's timestamps only. */
  wallClockMs(): number;
  /** Pairs of the final confirmation (default 8). */
  confirmPairs?: number;
  knobs?: readonly KnobId[];
  alpha?: number;
  margin?: number;
  onEvent?(event: NeuroLogEvent): void;
  onTest?(test: AbTestRecord): void;
}

export interface AbTestRecord {
  /** The knob changed, or null for the confirmation (start against final). */
  knob: KnobId | null;
  incumbent: TuningConfig;
  challenger: TuningConfig;
  /** Hashes per second of each pair's slices. */
  ratesA: number[];
  ratesB: number[];
  /** Which arm ran first in each pair. */
  orders: ('AB' | 'BA')[];
  summary: PairedSummary | null;
  verdict: Verdict;
  rolledOut: boolean;
}

export interface ArmMean {
  meanHashesPerSec: number;
  ci95: Interval;
}

export interface TunerReport {
  seed: string;
  start: TuningConfig;
  final: TuningConfig;
  tests: AbTestRecord[];
  confirmation: {
    test: AbTestRecord;
    before: ArmMean;
    after: ArmMean;
  } | null;
  slices: number;
}

export async function runTuner(options: TunerOptions): Promise<TunerReport> {
  const { start, maxWorkers, random, measure } = options;
  checkConfig(start, maxWorkers);
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const confirmPairs = options.confirmPairs ?? 8;
  if (!Number.isInteger(confirmPairs) || confirmPairs < 2) {
    throw new RangeError('the confirmation needs at least 2 pairs');
  }
  const orderRandom = random.derive('order');
  const idRandom = random.derive('signal-ids');
  let best = 0;
  let slices = 0;
  const log = (
    type: NeuroLogEvent['event_type'],
    config: TuningConfig,
    hashesPerSec: number,
    extra: { hashes?: number; elapsedMs?: number; note?: string } = {},
  ) => {
    options.onEvent?.(
      neuroEvent(idRandom, {
        wallClockMs: options.wallClockMs(),
        type,
        config,
        hashesPerSec,
        bestHashesPerSec: best,
        ...extra,
      }),
    );
  };
  const slice = async (config: TuningConfig) => {
    const m = await measure(config);
    slices++;
    best = Math.max(best, m.hashesPerSec);
    log('PERFORMANCE_SAMPLE', config, m.hashesPerSec, {
      hashes: m.hashes,
      elapsedMs: m.elapsedMs,
    });
    return m.hashesPerSec;
  };
  const runPairs = async (
    knob: KnobId | null,
    incumbent: TuningConfig,
    challenger: TuningConfig,
    fixedPairs: number | null,
  ): Promise<AbTestRecord> => {
    const test: AbTestRecord = {
      knob,
      incumbent,
      challenger,
      ratesA: [],
      ratesB: [],
      orders: [],
      summary: null,
      verdict: 'undecided',
      rolledOut: false,
    };
    const lastPair = fixedPairs ?? LOOKS[LOOKS.length - 1]!;
    for (let pair = 1; pair <= lastPair; pair++) {
      const order = orderRandom.next() < 0.5 ? 'AB' : 'BA';
      test.orders.push(order);
      if (order === 'AB') {
        test.ratesA.push(await slice(incumbent));
        test.ratesB.push(await slice(challenger));
      } else {
        test.ratesB.push(await slice(challenger));
        test.ratesA.push(await slice(incumbent));
      }
      const look = fixedPairs === null ? LOOKS.includes(pair) : pair === fixedPairs;
      if (!look) continue;
      const level = fixedPairs === null ? lookAlpha(alpha) : alpha;
      test.summary = summarisePairs(test.ratesA, test.ratesB, level);
      test.verdict = verdictOf(test.summary, margin);
      if (test.verdict !== 'undecided') break;
    }
    return test;
  };

  const tests: AbTestRecord[] = [];
  let current = start;
  for (const knob of options.knobs ?? KNOB_ORDER) {
    for (;;) {
      const challenger = nextStep(current, knob, maxWorkers);
      if (challenger === null) break;
      const test = await runPairs(knob, current, challenger, null);
      test.rolledOut = test.verdict === 'challenger';
      tests.push(test);
      const s = test.summary!;
      log('AB_DECISION', challenger, mean(test.ratesB), {
        note: `${knob}: ${test.verdict}, ratio ${s.ratio.toFixed(3)} [${s.ratioInterval[0].toFixed(3)}, ${s.ratioInterval[1].toFixed(3)}] after ${s.pairs} pairs`,
      });
      options.onTest?.(test);
      if (!test.rolledOut) break;
      current = challenger;
      log('ROLLOUT', current, mean(test.ratesB), { note: `${knob} = ${current[knob]}` });
    }
  }

  let confirmation: TunerReport['confirmation'] = null;
  if (!sameConfig(start, current)) {
    const test = await runPairs(null, start, current, confirmPairs);
    tests.push(test);
    const s = test.summary!;
    log('CONFIRMATION', current, mean(test.ratesB), {
      note: `start against final: ratio ${s.ratio.toFixed(3)} [${s.ratioInterval[0].toFixed(3)}, ${s.ratioInterval[1].toFixed(3)}]`,
    });
    options.onTest?.(test);
    confirmation = { test, before: armMean(test.ratesA), after: armMean(test.ratesB) };
  }
  return { seed: String(random.seed), start, final: current, tests, confirmation, slices };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}

function armMean(rates: readonly number[]): ArmMean {
  const [meanHashesPerSec, ci95] = tInterval(rates, 0.05);
  return { meanHashesPerSec, ci95 };
}
