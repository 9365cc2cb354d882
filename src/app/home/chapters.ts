/** The planned chapters, in reading order, as keys into the `chapters` dictionary. */
import type { Dictionary } from '../i18n/dictionary';

type ChapterKey = keyof Dictionary['chapters'];
type PartKey = keyof Dictionary['parts'];

export interface ChapterPart {
  part: PartKey;
  /** A plain key is one chapter; a list is a group of case studies. */
  items: readonly (ChapterKey | readonly ChapterKey[])[];
}

export const CHAPTER_PARTS: readonly ChapterPart[] = [
  { part: 'one', items: ['hash', 'headerTarget', 'mine', 'luck'] },
  {
    part: 'two',
    items: [
      'bets',
      'predictor',
      'inside',
      ['nonceOracle', 'geometricMiner', 'proofOfImprovement', 'selfTuningSwarm'],
      'realChain',
    ],
  },
  {
    part: 'three',
    items: ['sha256Steps', 'tampering', 'difficultyAdjustment', 'majorityAttack'],
  },
];

/** Chapters that exist, with their route; the others are listed as "coming soon". */
export const CHAPTER_ROUTES: Readonly<Partial<Record<ChapterKey, string>>> = {
  hash: '/hash',
  headerTarget: '/header',
  mine: '/mine',
  luck: '/luck',
  bets: '/bets',
  predictor: '/predictor',
  inside: '/inside',
  nonceOracle: '/oracle',
  selfTuningSwarm: '/swarm',
  geometricMiner: '/geometric',
  proofOfImprovement: '/improvement',
  realChain: '/real',
  sha256Steps: '/sha256',
  tampering: '/chain',
  difficultyAdjustment: '/difficulty',
  majorityAttack: '/attack',
};
