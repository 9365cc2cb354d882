import { describe, expect, it } from 'vitest';
import { evaluateRound, mintTrigger, ratchet, relativeImprovement, timeScore } from './evaluator';

describe('timeScore(t, unit) is 1 / (1 + t)', () => {
  it('in seconds: 0.25 s scores 0.8, 0 s scores 1', () => {
    expect(timeScore(0.25)).toBe(0.8);
    expect(timeScore(0)).toBe(1);
  });
  it('in milliseconds: 1 ms scores 1 / (1 + 1) = 0.5', () => {
    expect(timeScore(0.001, 'ms')).toBeCloseTo(0.5, 12);
  });
});

describe('ratchet(stored, score)', () => {
  it('moves up with improvement (new - old) / old: 0.5 -> 0.8 is 0.6', () => {
    const step = ratchet(0.5, 0.8);
    expect(step.stored).toBe(0.8);
    expect(step.improvement).toBeCloseTo(0.6, 12);
  });
  it('never moves down, and a tie is no improvement', () => {
    expect(ratchet(0.8, 0.5)).toEqual({ stored: 0.8, improvement: 0 });
    expect(ratchet(0.8, 0.8)).toEqual({ stored: 0.8, improvement: 0 });
  });
  it('is capped at 1: 0.9 -> 1.2 stores 1, improvement 1/9', () => {
    const step = ratchet(0.9, 1.2);
    expect(step.stored).toBe(1);
    expect(step.improvement).toBeCloseTo(1 / 9, 12);
  });
  it('relativeImprovement(2, 3) is 0.5', () => {
    expect(relativeImprovement(2, 3)).toBe(0.5);
  });
});

describe('the 0.1 % trigger', () => {
  it('needs a sum strictly above 0.001', () => {
    expect(mintTrigger({ a: 0.001 }).mints).toBe(false);
    const both = mintTrigger({ a: 0.0006, b: 0.0005 });
    expect(both.sum).toBeCloseTo(0.0011, 15);
    expect(both.mints).toBe(true);
    expect(mintTrigger({}).mints).toBe(false);
  });
  it('in seconds, 10 ms -> 9 ms is 1.010/1.009 - 1 = 0.00099: no mint; 10 -> 8 ms mints', () => {
    let round = evaluateRound({}, { task: 0.01 });
    expect(round.improvements.task).toBeCloseTo(1 / 1.01 / 0.5 - 1, 12); // from the 0.5 start
    expect(round.mints).toBe(true);
    round = evaluateRound(round.stored, { task: 0.009 });
    expect(round.sum).toBeCloseTo(1.01 / 1.009 - 1, 12);
    expect(round.mints).toBe(false);
    round = evaluateRound(round.stored, { task: 0.008 });
    expect(round.sum).toBeCloseTo(1.009 / 1.008 - 1, 12);
    expect(round.mints).toBe(false);
    const direct = evaluateRound({ task: 1 / 1.01 }, { task: 0.008 });
    expect(direct.sum).toBeCloseTo(1.01 / 1.008 - 1, 12);
    expect(direct.mints).toBe(true);
  });
  it('in milliseconds, the same 10 ms -> 9.9 ms is 11/10.9 - 1 = 0.92 %: it mints', () => {
    const round = evaluateRound({ task: 1 / 11 }, { task: 0.0099 }, 'ms');
    expect(round.sum).toBeCloseTo(11 / 10.9 - 1, 10);
    expect(round.mints).toBe(true);
  });
  it('sums improvements over tasks; a task that did not beat its record adds nothing', () => {
    const round = evaluateRound({ a: 0.5, b: 0.9 }, { a: 0.25, b: 1 });
    expect(round.improvements).toEqual({ a: 0.6000000000000001 });
    expect(round.stored).toEqual({ a: 0.8, b: 0.9 });
  });
});
