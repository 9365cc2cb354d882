import type { ReactNode } from 'react';

/** Chapter 14's reader-facing prose; one module per language fills it in. */
export interface TamperingProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  branchesIntro: ReactNode;
  branchesWhy: ReactNode;
  deeperSummary: string;
  deeper: (genesisLine: string) => ReactNode;
}
