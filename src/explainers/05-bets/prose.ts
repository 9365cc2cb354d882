import type { ReactNode } from 'react';

/** The chapter's reader-facing prose; one module per language fills it in. */
export interface BetsProse {
  hook: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  tournamentIntro: ReactNode;
  tournamentWhy: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
