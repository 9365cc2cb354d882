import type { ReactNode } from 'react';

/** Chapter 13's reader-facing prose; one module per language fills it in. */
export interface Sha256Prose {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
