import type { ReactNode } from 'react';

/** The swarm chapter's reader-facing prose; one module per language fills it in. */
export interface SwarmProse {
  hook: ReactNode;
  claim: ReactNode;
  tryIt: ReactNode;
  why: ReactNode;
  strategiesIntro: ReactNode;
  keysIntro: ReactNode;
  lesson: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
