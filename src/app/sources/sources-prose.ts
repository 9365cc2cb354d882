import type { ReactNode } from 'react';

/** The sources page's prose; one module per language fills it in. */
export interface SourcesProse {
  intro: ReactNode;
  bitcoinHeading: string;
  bitcoinIntro: ReactNode;
  licenceFootnote: ReactNode;
  sha256Heading: string;
  sha256Intro: ReactNode;
  appHeading: string;
  appLicence: ReactNode;
}
