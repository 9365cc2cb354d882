/**
 * The real blocks this chapter offers, and the newest header's bits for the scale ladder, from
 * the bundled public/data/btc-headers.bin.
 *
 * STOPGAP: the shared loader src/ui/use-real-headers.ts (owned by chapters 1-2) had not landed
 * when this chapter was written, so the file is fetched here directly. Replace the fetch with
 * that hook when it exists; nothing else in the chapter depends on how the file is loaded.
 */
import { useEffect, useState } from 'react';
import { indexOfHeight, parseHeaderFile } from '../../core/data/header-file';
import { parseHeader } from '../../core/hash/block-header';
import type { RealBlock } from './block-fields';

/** Heights offered in the picker (each is in the bundled file), plus the newest one. */
const OFFERED_HEIGHTS = [0, 30_000, 300_000, 830_000];

export type ChapterBlocks =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; blocks: RealBlock[]; newest: { height: number; bits: number } };

export function useChapterBlocks(): ChapterBlocks {
  const [state, setState] = useState<ChapterBlocks>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(new URL('data/btc-headers.bin', document.baseURI), { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => {
        const file = parseHeaderFile(new Uint8Array(buffer));
        const last = file.count - 1;
        const blocks: RealBlock[] = [];
        for (const height of OFFERED_HEIGHTS) {
          const index = indexOfHeight(file, height);
          if (index >= 0) blocks.push({ height, header: file.headers[index]!.slice() });
        }
        const newestHeader = file.headers[last]!.slice();
        const newestHeight = file.heights[last]!;
        blocks.push({ height: newestHeight, header: newestHeader });
        setState({
          status: 'ready',
          blocks,
          newest: { height: newestHeight, bits: parseHeader(newestHeader).bits },
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
      });
    return () => controller.abort();
  }, []);
  return state;
}
