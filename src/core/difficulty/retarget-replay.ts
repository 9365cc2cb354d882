/**
 * Replays the retarget rule on the bundled real headers: every retarget height h whose
 * inputs the file holds (the headers at h - 2016, h - 1 and h) is recomputed from the
 * headers at h - 2016 and h - 1 and compared with the real bits of block h.
 */
import { indexOfHeight, type HeaderFile } from '../data/header-file';
import { HEADER_OFFSET } from '../hash/block-header';
import { bitsToTarget, bitsToHex } from '../hash/target';
import { difficultyFromTarget } from '../hash/difficulty';
import { nextBits, RETARGET_INTERVAL, type Clamp } from './retarget';

/** One recomputed retarget. */
export interface ReplayedRetarget {
  height: number;
  /** Unix seconds of block h. */
  time: number;
  actualTimespan: number;
  clamp: Clamp;
  cappedAtPowLimit: boolean;
  computedBits: string;
  realBits: string;
  match: boolean;
  /** Difficulty of the real bits at h. */
  difficulty: number;
}

/** The whole replay. */
export interface RetargetReplay {
  recomputed: number;
  matching: number;
  mismatches: ReplayedRetarget[];
  firstHeight: number | null;
  lastHeight: number | null;
  retargets: ReplayedRetarget[];
  /** Retarget heights inside the file's range that could not be recomputed (inputs missing). */
  skipped: number;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** Little-endian uint32 `time` field of a raw header. */
export function headerTime(bytes: Uint8Array): number {
  return view(bytes).getUint32(HEADER_OFFSET.time, true);
}
/** Little-endian uint32 `bits` field of a raw header. */
export function headerBits(bytes: Uint8Array): number {
  return view(bytes).getUint32(HEADER_OFFSET.bits, true);
}

function headerAt(file: HeaderFile, height: number): Uint8Array | null {
  const i = indexOfHeight(file, height);
  return i < 0 ? null : file.headers[i]!;
}

/** Recomputes every retarget the file allows. */
export function replayRetargets(file: HeaderFile): RetargetReplay {
  const retargets: ReplayedRetarget[] = [];
  let skipped = 0;
  const top = file.count > 0 ? file.heights[file.count - 1]! : 0;
  for (let h = RETARGET_INTERVAL; h <= top; h += RETARGET_INTERVAL) {
    const first = headerAt(file, h - RETARGET_INTERVAL);
    const last = headerAt(file, h - 1);
    const current = headerAt(file, h);
    if (!first || !last || !current) {
      skipped++;
      continue;
    }
    const result = nextBits(headerBits(last), headerTime(first), headerTime(last));
    const real = headerBits(current);
    retargets.push({
      height: h,
      time: headerTime(current),
      actualTimespan: result.actualTimespan,
      clamp: result.clamp,
      cappedAtPowLimit: result.cappedAtPowLimit,
      computedBits: bitsToHex(result.bits).slice(2),
      realBits: bitsToHex(real).slice(2),
      match: result.bits === real,
      difficulty: difficultyFromTarget(bitsToTarget(real)),
    });
  }
  const mismatches = retargets.filter((r) => !r.match);
  return {
    recomputed: retargets.length,
    matching: retargets.length - mismatches.length,
    mismatches,
    firstHeight: retargets[0]?.height ?? null,
    lastHeight: retargets.at(-1)?.height ?? null,
    retargets,
    skipped,
  };
}

/** Difficulty of every header in the file, for the chart (time in Unix seconds). */
export function difficultySeries(
  file: HeaderFile,
): { height: number; time: number; difficulty: number }[] {
  const out: { height: number; time: number; difficulty: number }[] = [];
  let lastBits = -1;
  for (let i = 0; i < file.count; i++) {
    const bits = headerBits(file.headers[i]!);
    // Difficulty only changes at retargets: keep the first header of each run of equal bits
    // and the last header of the file, which is enough to draw the staircase.
    if (bits !== lastBits || i === file.count - 1) {
      out.push({
        height: file.heights[i]!,
        time: headerTime(file.headers[i]!),
        difficulty: difficultyFromTarget(bitsToTarget(bits)),
      });
      lastBits = bits;
    }
  }
  return out;
}
