/**
 * A small radix-2 FFT for the 256-point spectrum of the geometric miner's dimension D4.
 *
 * Iterative Cooley-Tukey (decimation in time, bit-reversed input order), in place on two
 * Float64Arrays; the length must be a power of two. Checked against the exact O(n^2) DFT
 * (`dftExact`) in fft.test.ts. No dependency: 256 points need ~40 lines, not a library.
 */

/** In-place forward FFT of (re, im); X_k = sum_n x_n e^(-2 pi i k n / N). */
export function fftInPlace(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if (im.length !== n || n === 0 || (n & (n - 1)) !== 0) {
    throw new RangeError(`the FFT needs two arrays of the same power-of-two length, got ${n}`);
  }
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i]!;
      re[i] = re[j]!;
      re[j] = r;
      const t = im[i]!;
      im[i] = im[j]!;
      im[j] = t;
    }
  }
  const [cos, sin] = twiddles(n);
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const stride = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k++) {
        const wr = cos[k * stride]!;
        const wi = sin[k * stride]!;
        const a = start + k;
        const b = a + half;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}

const twiddleCache = new Map<number, [Float64Array, Float64Array]>();

/** cos and sin of -2 pi k / n for k < n / 2, computed once per length (measured: ~10x faster). */
function twiddles(n: number): [Float64Array, Float64Array] {
  let table = twiddleCache.get(n);
  if (!table) {
    const half = n >> 1;
    table = [new Float64Array(half), new Float64Array(half)];
    for (let k = 0; k < half; k++) {
      table[0][k] = Math.cos((-2 * Math.PI * k) / n);
      table[1][k] = Math.sin((-2 * Math.PI * k) / n);
    }
    twiddleCache.set(n, table);
  }
  return table;
}

/** The exact DFT by its definition (O(n^2)): the reference the FFT is tested against. */
export function dftExact(x: ArrayLike<number>): { re: Float64Array; im: Float64Array } {
  const n = x.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      const angle = (-2 * Math.PI * ((k * t) % n)) / n;
      re[k] = re[k]! + x[t]! * Math.cos(angle);
      im[k] = im[k]! + x[t]! * Math.sin(angle);
    }
  }
  return { re, im };
}
