import type { ReactNode } from 'react';

/** Chapter 6's reader-facing prose; one module per language fills it in. */
export interface PredictorProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  sandbox: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
