/**
 * The geometric miner's "inverse solver": finite-difference descent on the nonce toward the
 * published 7-D target vector, minimising a weighted distance; stop below 0.01.
 *
 * Target [.168, .162, .966, .188, .065, .938, .058], weights [.15, .15, .05, .05, .10, .40, .10],
 * step 100, learning rate 1000, 5,000-10,000 iterations. Reading chosen here (the description
 * says "weighted distance"): sqrt(sum w_i (D_i - t_i)^2), with the central difference
 * (f(x + 100) - f(x - 100)) / 200 as the gradient, the nonce kept as a real number modulo 2^32
 * and rounded when evaluated.
 *
 * Why it stalls: on a real header D1 ~ 0.81 (target 0.168), D5 ~ 0.97 (0.065), D7 ~ 0.32-0.38
 * (0.058), and the nonce moves only 8 of 256 nibbles; those three terms alone keep the distance
 * near 0.39 (`unambiguousFloor`), whatever reading of D2, D4, D6 is chosen.
 */
import {
  DEFAULT_READING,
  dimensionsAtNonce,
  type DimensionReading,
  type Dimensions,
} from './dimensions';

export const TARGET_VECTOR: Dimensions = [0.168, 0.162, 0.966, 0.188, 0.065, 0.938, 0.058];
export const TARGET_WEIGHTS: Dimensions = [0.15, 0.15, 0.05, 0.05, 0.1, 0.4, 0.1];
export const SOLVER_SETTINGS = { step: 100, learningRate: 1000, stopBelow: 0.01, iterations: 5000 };

/** sqrt(sum w_i (d_i - t_i)^2) over the dimensions in `only` (default: all seven). */
export function weightedDistance(d: ArrayLike<number>, only?: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    if (only && !only.includes(i)) continue;
    const gap = d[i]! - TARGET_VECTOR[i]!;
    sum += TARGET_WEIGHTS[i]! * gap * gap;
  }
  return Math.sqrt(sum);
}

/** The part of the distance from D1, D5 and D7 alone (no open detail): a floor for any reading. */
export function unambiguousFloor(d: ArrayLike<number>): number {
  return weightedDistance(d, [0, 4, 6]);
}

const TWO32 = 2 ** 32;
const wrap = (x: number) => ((x % TWO32) + TWO32) % TWO32;
const asNonce = (x: number) => Math.round(wrap(x)) % TWO32;

export interface SolverRun {
  startNonce: number;
  finalNonce: number;
  finalDistance: number;
  bestNonce: number;
  bestDistance: number;
  iterations: number;
  /** Dimension evaluations spent (3 per iteration: f(x), f(x + step), f(x - step)). */
  evaluations: number;
  reachedTarget: boolean;
  /** The distance after every `traceEvery` iterations (for a chart). */
  trace: number[];
}

/** Runs the descent from `startNonce` on `template` (its nonce field is ignored). */
export function solveNonce(
  template: Uint8Array,
  startNonce: number,
  options: { iterations?: number; traceEvery?: number; reading?: DimensionReading } = {},
): SolverRun {
  const { step, learningRate, stopBelow } = SOLVER_SETTINGS;
  const iterations = options.iterations ?? SOLVER_SETTINGS.iterations;
  const traceEvery = options.traceEvery ?? 100;
  const reading = options.reading ?? DEFAULT_READING;
  const f = (x: number) => weightedDistance(dimensionsAtNonce(template, asNonce(x), reading));
  let x = startNonce;
  let fx = f(x);
  let evaluations = 1;
  let best = { nonce: asNonce(x), distance: fx };
  const trace = [fx];
  let done = 0;
  while (done < iterations && fx >= stopBelow) {
    const gradient = (f(x + step) - f(x - step)) / (2 * step);
    evaluations += 2;
    const next = wrap(x - learningRate * gradient);
    done++;
    // A fixed point: every later iteration would be identical, so stop counting them out.
    if (next === x) break;
    x = next;
    fx = f(x);
    evaluations++;
    if (fx < best.distance) best = { nonce: asNonce(x), distance: fx };
    if (done % traceEvery === 0) trace.push(fx);
  }
  return {
    startNonce: asNonce(startNonce),
    finalNonce: asNonce(x),
    finalDistance: fx,
    bestNonce: best.nonce,
    bestDistance: best.distance,
    iterations: done,
    evaluations,
    reachedTarget: best.distance < stopBelow,
    trace,
  };
}
