import type { ReactNode } from 'react';

/** Chapter 7's reader-facing prose; one module per language fills it in. */
export interface InsideProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  intervals: ReactNode;
  diffusionIntro: ReactNode;
  diffusionWhy: ReactNode;
  lesson: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
