/** The shape of the teacher's guide and the glossary, the same in every language. */
import type { ReactNode } from 'react';

/** One step of a lesson: how long it takes, which chapter it uses (or none), what happens. */
export interface LessonStep {
  minutes: number;
  /** A route from CHAPTER_ROUTES, or null for a step away from the app (wrap-up, discussion). */
  route: string | null;
  what: ReactNode;
}

export interface LessonQuestion {
  q: ReactNode;
  a: ReactNode;
}

export interface LessonPlan {
  /** Anchor id, the same in every language. */
  id: string;
  title: string;
  goal: ReactNode;
  prerequisites: ReactNode;
  steps: readonly LessonStep[];
  activities: readonly ReactNode[];
  questions: readonly LessonQuestion[];
  misconceptions: readonly ReactNode[];
}

export interface GlossaryEntry {
  /** Anchor id, the same in every language (`#/glossary?term=<id>`). */
  id: string;
  term: string;
  definition: ReactNode;
  /** The chapter that shows the idea: a route from CHAPTER_ROUTES. */
  route: string;
}

/** Plain strings of both pages, checked by the translation test. */
export interface GuideLabels {
  printButton: string;
  printHint: string;
  contents: string;
  goal: string;
  prerequisites: string;
  timing: string;
  minutes: string;
  step: string;
  chapter: string;
  noChapter: string;
  total: string;
  activities: string;
  questions: string;
  showAnswer: string;
  misconceptions: string;
  glossaryIndex: string;
  seeChapter: string;
  glossaryLink: string;
}

export interface GuideProse {
  labels: GuideLabels;
  teachIntro: ReactNode;
  lessons: readonly LessonPlan[];
  glossaryIntro: ReactNode;
  glossary: readonly GlossaryEntry[];
}
