import type { ReactNode } from 'react';

/** Chapter 12's reader-facing prose; one module per language fills it in. */
export interface RealChainProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  hashCheck: ReactNode;
  predictorIntro: ReactNode;
  reveal: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
