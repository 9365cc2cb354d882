/**
 * The hash-lab jobs, run in steps with progress about every 50 ms. Runs in the worker (or
 * inline in Node tests); the computations themselves live in core/.
 */
import { runAvalancheTrials } from '../core/experiments/avalanche';
import { addUniformityHashes, emptyUniformityCounts } from '../core/experiments/uniformity';
import { bytePieces, digestPieces, hexPieces, utf8Pieces } from '../core/hash/stream-digest';
import { HexError } from '../core/hex';
import { createRandom } from '../core/random';
import type {
  DigestSource,
  FromHashLabMessage,
  HashLabFailure,
  ToHashLabMessage,
} from './hash-lab-protocol';

const PROGRESS_EVERY_MS = 50;
const STEP = 500; // trials or hashes between clock checks

/** Runs one job; `post` receives progress, then one result or error. */
export async function runHashLabJob(
  { runId, job }: ToHashLabMessage,
  post: (message: FromHashLabMessage) => void,
  now: () => number,
): Promise<void> {
  let lastProgress = now();
  const progress = (done: number, total: number, force = false) => {
    const at = now();
    if (force || at - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = at;
      post({ type: 'progress', runId, done, total });
    }
  };
  try {
    if (job.type === 'avalanche') {
      const random = createRandom(job.seed);
      const counts = new Float64Array(257);
      for (let done = 0; done < job.trials;) {
        const step = Math.min(STEP, job.trials - done);
        runAvalancheTrials(random, step, counts);
        done += step;
        progress(done, job.trials, done === job.trials);
      }
      post({ type: 'result', runId, result: { type: 'avalanche', counts } });
    } else if (job.type === 'uniformity') {
      const counts = emptyUniformityCounts();
      for (let done = 0; done < job.hashes;) {
        const step = Math.min(STEP * 4, job.hashes - done);
        addUniformityHashes(counts, job.seed, done, done + step);
        done += step;
        progress(done, job.hashes, done === job.hashes);
      }
      post({ type: 'result', runId, result: { type: 'uniformity', ...counts } });
    } else {
      const wire = job.source;
      const source: DigestSource =
        wire.kind === 'textStream' ? { kind: wire.of, text: await readText(wire.stream) } : wire;
      let total: number;
      let pieces: Iterable<Uint8Array>;
      if (source.kind === 'blob') {
        total = source.blob.size;
        pieces = bytePieces(new Uint8Array(await source.blob.arrayBuffer()));
      } else if (source.kind === 'hex') {
        total = source.text.length / 2;
        pieces = hexPieces(source.text);
      } else {
        total = source.text.length;
        pieces = utf8Pieces(source.text);
      }
      const digest = digestPieces(pieces, (bytes) => progress(bytes, Math.max(total, bytes)));
      post({ type: 'result', runId, result: { type: 'digest', ...digest } });
    }
  } catch (error) {
    post({ type: 'error', runId, failure: failureOf(error) });
  }
}

/** The whole text of a stream of string slices (joined here, off the page's thread). */
async function readText(stream: ReadableStream<string>): Promise<string> {
  const parts: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts.join('');
    parts.push(value);
  }
}

function failureOf(error: unknown): HashLabFailure {
  if (error instanceof HexError) {
    return error.position === undefined
      ? { reason: 'oddHex' }
      : { reason: 'badHex', position: error.position };
  }
  return { reason: 'internal', message: error instanceof Error ? error.message : String(error) };
}
