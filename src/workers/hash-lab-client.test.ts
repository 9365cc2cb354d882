import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { runAvalancheTrials } from '../core/experiments/avalanche';
import { createRandom } from '../core/random';
import { HashLabClient, STREAM_SLICE_CHARS, textSlices } from './hash-lab-client';

describe('HashLabClient (inline engine in Node)', () => {
  it('runs avalanche flips with progress and gives the same counts as core for the seed', async () => {
    const client = new HashLabClient();
    const progress: number[] = [];
    const outcome = await client.run({ type: 'avalanche', seed: 3, trials: 1200 }, (done) =>
      progress.push(done),
    );
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done' || outcome.result.type !== 'avalanche') return;
    const expected = new Float64Array(257);
    runAvalancheTrials(createRandom(3), 1200, expected);
    expect(outcome.result.counts).toEqual(expected);
    expect(progress.at(-1)).toBe(1200);
  });

  it('counts every uniformity hash into both histograms', async () => {
    const outcome = await new HashLabClient().run({ type: 'uniformity', seed: 1, hashes: 3000 });
    if (outcome.status !== 'done' || outcome.result.type !== 'uniformity') {
      throw new Error(`unexpected ${outcome.status}`);
    }
    const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
    expect(sum(outcome.result.firstByte)).toBe(3000);
    expect(sum(outcome.result.leadingZeros)).toBe(3000);
  });

  it('hashes text, hex and a Blob like sha256 of the whole input', async () => {
    const client = new HashLabClient();
    const bytes = new TextEncoder().encode('héllo wörld '.repeat(1000));
    const want = bytesToHex(sha256(bytes));
    for (const source of [
      { kind: 'text', text: 'héllo wörld '.repeat(1000) } as const,
      { kind: 'hex', text: bytesToHex(bytes) } as const,
      { kind: 'blob', blob: new Blob([bytes]) } as const,
    ]) {
      const outcome = await client.run({ type: 'digest', source });
      expect(outcome.status === 'done' && outcome.result.type === 'digest').toBe(true);
      if (outcome.status === 'done' && outcome.result.type === 'digest') {
        expect(outcome.result.sha256Hex).toBe(want);
        expect(outcome.result.sha256dHex).toBe(bytesToHex(sha256(sha256(bytes))));
        expect(outcome.result.bytes).toBe(bytes.length);
      }
    }
  });

  it('reports bad hex as a failure with its position, never throws', async () => {
    const outcome = await new HashLabClient().run({
      type: 'digest',
      source: { kind: 'hex', text: '00ffzz' },
    });
    expect(outcome).toEqual({ status: 'failed', failure: { reason: 'badHex', position: 4 } });
  });

  it('a new run cancels the previous one, which settles as cancelled', async () => {
    const client = new HashLabClient();
    const first = client.run({ type: 'avalanche', seed: 1, trials: 100_000 });
    const second = client.run({ type: 'avalanche', seed: 1, trials: 10 });
    expect(await first).toEqual({ status: 'cancelled' });
    expect((await second).status).toBe('done');
    client.cancel();
    expect(client.busy).toBe(false);
  });
});

describe('textSlices and long texts sent as a stream', () => {
  it('slices join back to the text and never split a surrogate pair', async () => {
    const random = createRandom('text-slices');
    for (let round = 0; round < 50; round++) {
      let text = '';
      const length = 1 + (random.nextUint32() % 300);
      for (let i = 0; i < length; i++) {
        const r = random.nextUint32() % 4;
        text += r === 0 ? '😀' : r === 1 ? 'é' : r === 2 ? 'a' : '\ud800'; // incl. a lone surrogate
      }
      const sliceChars = 1 + (random.nextUint32() % 9);
      const parts: string[] = [];
      const reader = textSlices(text, sliceChars).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
      expect(parts.join('')).toBe(text);
      const encoder = new TextEncoder();
      const joined = parts.map((part) => [...encoder.encode(part)]).flat();
      expect(joined).toEqual([...encoder.encode(text)]);
      expect(parts.every((part) => part.length <= Math.max(sliceChars, 2))).toBe(true);
    }
  });

  it('a text over STREAM_SLICE_CHARS, with an emoji across a slice edge, hashes to its UTF-8 digest', async () => {
    const text = 'x'.repeat(STREAM_SLICE_CHARS - 1) + '😀' + 'tail '.repeat(1000);
    const client = new HashLabClient();
    const outcome = await client.run({ type: 'digest', source: { kind: 'text', text } });
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done' || outcome.result.type !== 'digest') return;
    const bytes = new TextEncoder().encode(text);
    expect(outcome.result.sha256Hex).toBe(bytesToHex(sha256(bytes)));
    expect(outcome.result.bytes).toBe(bytes.length);
  });

  it('a hex text over STREAM_SLICE_CHARS hashes to the digest of its bytes, and bad hex keeps its position', async () => {
    const bytes = new Uint8Array(STREAM_SLICE_CHARS).map((_, i) => (i * 7) & 255); // 2 MiB of hex
    const hex = bytesToHex(bytes);
    const client = new HashLabClient();
    const outcome = await client.run({ type: 'digest', source: { kind: 'hex', text: hex } });
    expect(
      outcome.status === 'done' && outcome.result.type === 'digest' && outcome.result.sha256Hex,
    ).toBe(bytesToHex(sha256(bytes)));
    const bad = hex.slice(0, STREAM_SLICE_CHARS + 5) + 'g' + hex.slice(STREAM_SLICE_CHARS + 6);
    const failed = await client.run({ type: 'digest', source: { kind: 'hex', text: bad } });
    expect(failed).toEqual({
      status: 'failed',
      failure: { reason: 'badHex', position: STREAM_SLICE_CHARS + 5 },
    });
  });
});
