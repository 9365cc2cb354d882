import type { ReactNode } from 'react';

/** Chapter 15's reader-facing prose; one module per language fills it in. */
export interface DifficultyProse {
  hook: ReactNode;
  tryIt: ReactNode;
  reveal: ReactNode;
  why: ReactNode;
  simIntro: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
