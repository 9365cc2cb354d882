import type { ReactNode } from 'react';

/** Chapter 16's reader-facing prose; one module per language fills it in. */
export interface AttackProse {
  hook: ReactNode;
  tryIt: ReactNode;
  simIntro: ReactNode;
  why: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
