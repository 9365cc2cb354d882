import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeHeaderFile, parseHeaderFile } from '../data/header-file';
import { difficultySeries, replayRetargets } from './retarget-replay';

const DATA = fileURLToPath(new URL('../../../public/data/btc-headers.bin', import.meta.url));
const file = parseHeaderFile(new Uint8Array(readFileSync(DATA)));

describe('replayRetargets on the bundled real headers', () => {
  const replay = replayRetargets(file);

  it('recomputes 413 retargets, from 2016 to 832608, and every one matches the real bits', () => {
    expect(replay.recomputed).toBe(413);
    expect(replay.firstHeight).toBe(2016);
    expect(replay.lastHeight).toBe(832_608);
    expect(replay.mismatches).toEqual([]);
    expect(replay.matching).toBe(413);
  });

  it('height 32256 is the first real difficulty change: 1d00ffff -> 1d00d86a', () => {
    const r = replay.retargets.find((x) => x.height === 32_256)!;
    expect(r).toMatchObject({ computedBits: '1d00d86a', realBits: '1d00d86a', match: true });
    // Every retarget before it is held at the pow limit by the cap.
    const early = replay.retargets.filter((x) => x.height < 32_256);
    expect(early.length).toBe(15);
    expect(early.every((x) => x.cappedAtPowLimit && x.realBits === '1d00ffff')).toBe(true);
  });

  it('finds a mismatch when a real bits field is altered', () => {
    const records = Array.from(file.heights, (height, i) => ({
      height,
      header: new Uint8Array(file.headers[i]!),
    }));
    const i = records.findIndex((r) => r.height === 32_256);
    const header = records[i]!.header;
    header[72] = header[72]! ^ 1; // low byte of bits
    const altered = replayRetargets(parseHeaderFile(encodeHeaderFile(records)));
    expect(altered.mismatches.map((m) => m.height)).toEqual([32_256]);
  });

  it('the difficulty series starts at 1 and rises by orders of magnitude', () => {
    const s = difficultySeries(file);
    expect(s[0]!.difficulty).toBe(1);
    expect(s.at(-1)!.difficulty).toBeGreaterThan(1e13);
  });
});
