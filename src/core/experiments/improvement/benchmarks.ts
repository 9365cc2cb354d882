/**
 * The evaluator's kind of micro-benchmarks, as pure functions, and a timer over an injected
 * clock.
 *
 * The Proof of Improvement design (case study 3) times tiny tasks and calls a faster run an
 * "improvement" of an AI model: a sum of squares, a 100x100 eigenvalue problem, and a string
 * split with three regular expressions. Nothing here learns anything; the tasks are the same
 * every round, which is the point: any change in their times is noise. The eigenvalues come
 * from ml-matrix's `EigenvalueDecomposition` (a port of JAMA's). The clock is passed in (core
 * may not read one): the worker and the CLI pass `performance.now`, tests a seeded fake.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Random } from '../../random';

/** Sum of i^2 for i = 0 .. n - 1, in floating point (exact while below 2^53). */
export function sumOfSquares(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i * i;
  return total;
}

/** A size x size matrix of seeded uniform entries in [-1, 1). */
export function seededMatrix(random: Random, size = 100): Matrix {
  const rows: number[][] = [];
  for (let r = 0; r < size; r++) {
    const row: number[] = [];
    for (let c = 0; c < size; c++) row.push(random.next() * 2 - 1);
    rows.push(row);
  }
  return new Matrix(rows);
}

/** The real and imaginary parts of the eigenvalues of `matrix`. */
export function eigenvalues(matrix: Matrix): { real: number[]; imaginary: number[] } {
  const decomposition = new EigenvalueDecomposition(matrix);
  return { real: decomposition.realEigenvalues, imaginary: decomposition.imaginaryEigenvalues };
}

const WORDS = ['block', 'nonce', 'hash', 'model', 'score', 'miner', 'chain', 'proof'];

/** `words` seeded words joined by single spaces, with a number after every fifth one. */
export function seededText(random: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    parts.push(WORDS[random.int(0, WORDS.length - 1)]!);
    if (i % 5 === 4) parts.push(String(random.int(0, 9999)));
  }
  return parts.join(' ');
}

/** The string task: split on spaces, then count matches of three regular expressions. */
export function splitAndRegex(text: string): {
  words: number;
  numbers: number;
  hashes: number;
  vowelStarts: number;
} {
  const words = text.split(' ');
  return {
    words: words.length,
    numbers: (text.match(/\b\d+\b/g) ?? []).length,
    hashes: (text.match(/\bhash\b/g) ?? []).length,
    vowelStarts: (text.match(/\b[aeiou]\w*/g) ?? []).length,
  };
}

/** A task to time: a name and a function that does the same work on every call. */
export interface BenchmarkTask {
  id: string;
  run: () => unknown;
}

/** The design's three tasks at a length `scale` (1 = the design's size, about). */
export function evaluatorTasks(random: Random, scale = 1): BenchmarkTask[] {
  const matrix = seededMatrix(random.derive('matrix'), 100);
  const text = seededText(random.derive('text'), Math.max(10, Math.round(2000 * scale)));
  const n = Math.max(100, Math.round(100_000 * scale));
  return [
    { id: 'sumOfSquares', run: () => sumOfSquares(n) },
    { id: 'eigenvalues', run: () => eigenvalues(matrix) },
    { id: 'stringRegex', run: () => splitAndRegex(text) },
  ];
}

/** Seconds one call of `task` took, read from `nowMs` (milliseconds, like performance.now). */
export function timeTaskSeconds(task: BenchmarkTask, nowMs: () => number): number {
  const start = nowMs();
  task.run();
  return (nowMs() - start) / 1000;
}
