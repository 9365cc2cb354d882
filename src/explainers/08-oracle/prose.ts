import type { ReactNode } from 'react';

/** The nonce oracle chapter's reader-facing prose; one module per language fills it in. */
export interface OracleProse {
  hook: ReactNode;
  monero: ReactNode;
  tryIt: ReactNode;
  filtersWhy: ReactNode;
  sweepWhy: ReactNode;
  predictorWhy: ReactNode;
  leakageWhy: ReactNode;
  generatorsWhy: ReactNode;
  controlWhy: ReactNode;
  helps: ReactNode;
  lesson: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
