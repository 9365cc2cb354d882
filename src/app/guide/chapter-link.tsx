/** A link to a chapter, titled in the reader's language, whose address shows when printed. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CHAPTER_ROUTES } from '../home/chapters';
import { useT } from '../i18n/use-t';
import type { Dictionary } from '../i18n/dictionary';

type ChapterKey = keyof Dictionary['chapters'];

/** The chapter key of a route, or undefined when no chapter has it. */
export function chapterOfRoute(route: string): ChapterKey | undefined {
  const entries = Object.entries(CHAPTER_ROUTES) as [ChapterKey, string][];
  return entries.find(([, r]) => r === route)?.[0];
}

/** The full address of a route, for print: `https://host/path/#/hash`. */
function printUrl(route: string): string {
  return `${location.origin}${location.pathname}#${route}`;
}

export function ChapterLink({ route, children }: { route: string; children?: ReactNode }) {
  const t = useT();
  const key = chapterOfRoute(route);
  return (
    <Link href={route} className="chapter-link" data-print-url={printUrl(route)}>
      {children ?? (key ? t.chapters[key] : route)}
    </Link>
  );
}
