import type { ReactNode } from 'react';

/** The home page's reader-facing prose; one module per language fills it in. */
export interface HomeProse {
  /** Under the hook: what the site is. */
  intro: ReactNode;
  /** Who it is for. */
  audience: ReactNode;
  /** Above the live demo. */
  demoIntro: ReactNode;
  /** Under the demo: what is being hashed and why nothing is ever found. */
  demoNote: ReactNode;
  /** Under the lesson line. */
  lessonWhy: ReactNode;
}
