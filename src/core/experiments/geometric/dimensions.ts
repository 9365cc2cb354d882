/**
 * The seven "dimensions" of the geometric miner (case study 2), re-implemented from the
 * published description: statistics of the 80 header bytes, not of the hash.
 *
 * The header is padded with zeros to 128 bytes = 256 nibbles n_p (p = 0..255), each replaced by
 * m_p = (n_p + p^2) mod 16. Then
 * - D1 = Shannon entropy (bits) of the 16 nibble values / 4;
 * - D2 = mean of D1 over 3 levels, each level keeping the left nibble of every pair;
 * - D3 = mean |2m - 15| / 15;
 * - D4 = 1 - spectral entropy of |FFT(m - 7.5)| / 8;
 * - D5 = fraction of adjacent nibbles that differ (255 pairs);
 * - D6 = angle of sum_p exp(i pi/4 min(m_p, 15 - m_p)), scaled to [0, 1);
 * - D7 = sum(m) / 3840 (3840 = 256 * 15).
 * The nonce (header bytes 76..79) controls 8 of the 256 nibbles.
 *
 * Details the description leaves open, and the reading chosen here (each can be switched, so
 * that the page and the CLI can show that the conclusion does not depend on it):
 * - nibble order: the high nibble of each byte first ('high-first'; 'low-first' is the other);
 * - D2: levels 1, 2, 3 = 128, 64 and 32 nibbles ('levels-1-3'); 'levels-0-2' counts the full
 *   256 as the first level;
 * - D4: the two-sided magnitude spectrum, 256 bins normalised to sum 1, entropy in bits, so
 *   8 bits is the maximum ('magnitude'); 'power' uses |X_k|^2 instead;
 * - D6: (angle + pi) / 2pi ('plus-pi'), or angle / 2pi mod 1 ('mod-one'); they differ on real
 *   headers.
 * D1, D3, D5 and D7 have no open detail beyond the nibble order.
 */
import { fftInPlace } from './fft';

export const NIBBLE_COUNT = 256;
export const DIMENSION_COUNT = 7;
/** Index of the first nibble the nonce controls (byte 76). */
export const NONCE_NIBBLE_START = 152;

export interface DimensionReading {
  nibbleOrder: 'high-first' | 'low-first';
  d2: 'levels-1-3' | 'levels-0-2';
  d4: 'magnitude' | 'power';
  d6: 'plus-pi' | 'mod-one';
}

/** The reading used unless another is asked for. */
export const DEFAULT_READING: DimensionReading = {
  nibbleOrder: 'high-first',
  d2: 'levels-1-3',
  d4: 'magnitude',
  d6: 'plus-pi',
};

/** The seven values, D1 first. */
export type Dimensions = [number, number, number, number, number, number, number];

/** The 256 transformed nibbles m_p of an 80-byte header (padded with zeros to 128 bytes). */
export function transformedNibbles(
  header: Uint8Array,
  order: DimensionReading['nibbleOrder'] = 'high-first',
  out = new Uint8Array(NIBBLE_COUNT),
): Uint8Array {
  if (header.length !== 80) throw new RangeError(`a header is 80 bytes, got ${header.length}`);
  for (let p = 0; p < NIBBLE_COUNT; p++) {
    const byte = p >> 1 < 80 ? header[p >> 1]! : 0;
    const first = order === 'high-first' ? byte >> 4 : byte & 15;
    const second = order === 'high-first' ? byte & 15 : byte >> 4;
    const n = (p & 1) === 0 ? first : second;
    out[p] = (n + ((p * p) & 15)) & 15;
  }
  return out;
}

const counts = new Float64Array(16);

/** Shannon entropy in bits of the values 0..15 in `m[0..length)`, divided by 4. */
export function nibbleEntropyQuarter(m: ArrayLike<number>, length = m.length): number {
  counts.fill(0);
  for (let i = 0; i < length; i++) counts[m[i]!]!++;
  let h = 0;
  for (let v = 0; v < 16; v++) {
    const c = counts[v]!;
    if (c > 0) h -= (c / length) * Math.log2(c / length);
  }
  return h / 4;
}

const level = new Uint8Array(NIBBLE_COUNT);
const re = new Float64Array(NIBBLE_COUNT);
const im = new Float64Array(NIBBLE_COUNT);

/** D2: the mean of D1 over three levels, each keeping the left nibble of every pair. */
function d2(m: Uint8Array, reading: DimensionReading['d2']): number {
  level.set(m);
  let length = NIBBLE_COUNT;
  let sum = 0;
  if (reading === 'levels-0-2') sum += nibbleEntropyQuarter(level, length);
  const halvings = reading === 'levels-0-2' ? 2 : 3;
  for (let k = 0; k < halvings; k++) {
    length >>= 1;
    for (let i = 0; i < length; i++) level[i] = level[2 * i]!;
    sum += nibbleEntropyQuarter(level, length);
  }
  return sum / 3;
}

/** D4: one minus the spectral entropy (bits) of m - 7.5, over 8 (the maximum for 256 bins). */
function d4(m: Uint8Array, reading: DimensionReading['d4']): number {
  for (let p = 0; p < NIBBLE_COUNT; p++) {
    re[p] = m[p]! - 7.5;
    im[p] = 0;
  }
  fftInPlace(re, im);
  let total = 0;
  for (let k = 0; k < NIBBLE_COUNT; k++) {
    const power = re[k]! * re[k]! + im[k]! * im[k]!;
    re[k] = reading === 'power' ? power : Math.sqrt(power);
    total += re[k]!;
  }
  if (total === 0) return 1;
  let h = 0;
  for (let k = 0; k < NIBBLE_COUNT; k++) {
    const q = re[k]! / total;
    if (q > 0) h -= q * Math.log2(q);
  }
  return 1 - h / 8;
}

/** D6: the angle of sum exp(i pi/4 min(m, 15 - m)), scaled to [0, 1) as `reading` says. */
export function d6FromNibbles(m: ArrayLike<number>, reading: DimensionReading['d6']): number {
  let x = 0;
  let y = 0;
  for (let p = 0; p < m.length; p++) {
    const k = Math.min(m[p]!, 15 - m[p]!);
    x += COS8[k]!;
    y += SIN8[k]!;
  }
  const angle = Math.atan2(y, x); // (-pi, pi]
  const turn = reading === 'plus-pi' ? (angle + Math.PI) / (2 * Math.PI) : angle / (2 * Math.PI);
  return ((turn % 1) + 1) % 1;
}
const COS8 = Array.from({ length: 8 }, (_, k) => Math.cos((Math.PI / 4) * k));
const SIN8 = Array.from({ length: 8 }, (_, k) => Math.sin((Math.PI / 4) * k));

const nibbles = new Uint8Array(NIBBLE_COUNT);

/** The seven dimensions of an 80-byte header under `reading`. */
export function headerDimensions(
  header: Uint8Array,
  reading: DimensionReading = DEFAULT_READING,
): Dimensions {
  const m = transformedNibbles(header, reading.nibbleOrder, nibbles);
  let spread = 0;
  let changes = 0;
  let sum = 0;
  for (let p = 0; p < NIBBLE_COUNT; p++) {
    spread += Math.abs(2 * m[p]! - 15);
    sum += m[p]!;
    if (p > 0 && m[p] !== m[p - 1]) changes++;
  }
  return [
    nibbleEntropyQuarter(m),
    d2(m, reading.d2),
    spread / NIBBLE_COUNT / 15,
    d4(m, reading.d4),
    changes / (NIBBLE_COUNT - 1),
    d6FromNibbles(m, reading.d6),
    sum / 3840,
  ];
}

/** The dimensions of `template` with its nonce field set to `nonce` (template unchanged). */
export function dimensionsAtNonce(
  template: Uint8Array,
  nonce: number,
  reading: DimensionReading = DEFAULT_READING,
): Dimensions {
  const copy = template.slice();
  new DataView(copy.buffer, copy.byteOffset, 80).setUint32(76, nonce >>> 0, true);
  return headerDimensions(copy, reading);
}
