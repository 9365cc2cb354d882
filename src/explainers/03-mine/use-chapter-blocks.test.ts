import { describe, expect, it } from 'vitest';
import { encodeHeaderFile, parseHeaderFile } from '../../core/data/header-file';
import { chapterBlocks } from './use-chapter-blocks';

function header(bits: number): Uint8Array {
  const bytes = new Uint8Array(80);
  new DataView(bytes.buffer).setUint32(72, bits, true);
  return bytes;
}

describe('chapterBlocks(file)', () => {
  it('offers the listed heights that exist, the newest last, with the newest bits', () => {
    const file = parseHeaderFile(
      encodeHeaderFile([
        { height: 0, header: header(0x1d00ffff) },
        { height: 300_000, header: header(0x181bc330) },
        { height: 878_976, header: header(0x17028c61) },
      ]),
    );
    const ready = chapterBlocks(file);
    expect(ready.blocks.map((b) => b.height)).toEqual([0, 300_000, 878_976]);
    expect(ready.newest).toEqual({ height: 878_976, bits: 0x17028c61 });
  });
});
