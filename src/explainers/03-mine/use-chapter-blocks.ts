/**
 * The real blocks this chapter offers, and the newest header's bits for the scale ladder, from
 * the bundled headers loaded by the shared hook (src/ui/use-real-headers.ts).
 */
import { useMemo } from 'react';
import { indexOfHeight, type HeaderFile } from '../../core/data/header-file';
import { parseHeader } from '../../core/hash/block-header';
import { useRealHeaders } from '../../ui/use-real-headers';
import type { RealBlock } from './block-fields';

/** Heights offered in the picker (each is in the bundled file), plus the newest one. */
const OFFERED_HEIGHTS = [0, 30_000, 300_000, 830_000];

export type ChapterBlocks =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; blocks: RealBlock[]; newest: { height: number; bits: number } };

/** The offered blocks of a parsed file (the newest last) and the newest header's bits. */
export function chapterBlocks(file: HeaderFile): Extract<ChapterBlocks, { status: 'ready' }> {
  const blocks: RealBlock[] = [];
  for (const height of OFFERED_HEIGHTS) {
    const index = indexOfHeight(file, height);
    if (index >= 0) blocks.push({ height, header: file.headers[index]! });
  }
  const last = file.count - 1;
  const newestHeight = file.heights[last]!;
  const newestHeader = file.headers[last]!;
  if (!OFFERED_HEIGHTS.includes(newestHeight)) {
    blocks.push({ height: newestHeight, header: newestHeader });
  }
  return {
    status: 'ready',
    blocks,
    newest: { height: newestHeight, bits: parseHeader(newestHeader).bits },
  };
}

export function useChapterBlocks(): ChapterBlocks {
  const headers = useRealHeaders();
  return useMemo(
    () => (headers.status === 'ready' ? chapterBlocks(headers.file) : headers),
    [headers],
  );
}
