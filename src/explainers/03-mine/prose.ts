import type { ReactNode } from 'react';

/** Chapter 3's reader-facing prose; one module per language fills it in. */
export interface MineProse {
  /** The hook under the title. */
  hook: ReactNode;
  /** Above the block's fields: what is real and what you change. */
  blockIntro: ReactNode;
  /** Before the miner: what the button does. */
  tryIt: ReactNode;
  /** After the miner: why the count is what it is. */
  why: ReactNode;
  /** Above the ladder. */
  ladderIntro: ReactNode;
  /** Under the ladder: the lesson. */
  ladderWhy: ReactNode;
  /** "Go deeper" summary and body. */
  deeperSummary: string;
  deeper: ReactNode;
}
