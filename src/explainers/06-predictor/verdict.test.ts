import { describe, expect, it } from 'vitest';
import type { ArmResult } from '../../core/experiments/harness';
import { verdictOf } from './verdict';

const arm = (hits: number, ci: [number, number]) =>
  ({ hits, vsSequential: { ratio: 1, ci, pValue: 0.5 } }) as unknown as ArmResult;

describe('verdictOf', () => {
  it('claims an edge only when the whole interval is above 1, a loss only when below', () => {
    expect(verdictOf(arm(120, [0.7, 1.2]), arm(128, [1, 1]))).toBe('noEvidence');
    expect(verdictOf(arm(300, [1.05, 2]), arm(128, [1, 1]))).toBe('better');
    expect(verdictOf(arm(20, [0.1, 0.4]), arm(128, [1, 1]))).toBe('worse');
    expect(verdictOf(arm(0, [0, Infinity]), arm(0, [1, 1]))).toBe('noHits');
  });
});
