import type { ReactNode } from 'react';

/** The Proof of Improvement chapter's reader-facing prose; one module per language fills it in. */
export interface ImprovementProse {
  hook: ReactNode;
  claims: ReactNode;
  evaluator: ReactNode;
  chainIntro: ReactNode;
  issuanceIntro: ReactNode;
  verification: ReactNode;
  lesson: ReactNode;
  deeperSummary: string;
  deeper: ReactNode;
}
