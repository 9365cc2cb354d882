/**
 * Messages between the page and the hash-lab worker (chapter 1's heavy work): avalanche flips,
 * uniformity hashes, and the digest of a large input. Every message carries the run id, so
 * replies from a cancelled run are recognised and dropped ("latest request wins").
 */

/** A large input to hash: pasted text (UTF-8 or hex) or a dropped file. */
export type DigestSource =
  { kind: 'text'; text: string } | { kind: 'hex'; text: string } | { kind: 'blob'; blob: Blob };

/** A long text or hex as the client hands it to the worker: a stream of slices. */
export interface StreamedText {
  kind: 'textStream';
  of: 'text' | 'hex';
  chars: number;
  stream: ReadableStream<string>;
}

export type HashLabJob =
  | { type: 'avalanche'; seed: number; trials: number }
  | { type: 'uniformity'; seed: number; hashes: number }
  | { type: 'digest'; source: DigestSource };

export type HashLabResult =
  | { type: 'avalanche'; counts: Float64Array }
  | { type: 'uniformity'; firstByte: Float64Array; leadingZeros: Float64Array; hashes: number }
  | { type: 'digest'; bytes: number; sha256Hex: string; sha256dHex: string };

/** Why an input could not be hashed (shown to the reader in their language). */
export type HashLabFailure =
  | { reason: 'badHex'; position: number }
  | { reason: 'oddHex' }
  | { reason: 'internal'; message: string };

/** A job as posted (hash-lab-client.ts may turn a long text source into a stream). */
export type WireHashLabJob =
  Exclude<HashLabJob, { type: 'digest' }> | { type: 'digest'; source: DigestSource | StreamedText };

export type ToHashLabMessage = { runId: number; job: WireHashLabJob };

export type FromHashLabMessage =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'result'; runId: number; result: HashLabResult }
  | { type: 'error'; runId: number; failure: HashLabFailure };
