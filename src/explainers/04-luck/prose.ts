import type { ReactNode } from 'react';

/** Chapter 4's reader-facing prose; one module per language fills it in. */
export interface LuckProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  memoryIntro: ReactNode;
  memoryWhy: ReactNode;
  varianceIntro: ReactNode;
  varianceWhy: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
