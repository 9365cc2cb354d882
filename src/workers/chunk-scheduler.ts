/**
 * Splits a run's nonce space into chunks and puts the results back in scan order.
 *
 * The scan order is fixed by the job alone: position 0 is `startNonce` with extra nonce 0, and
 * positions go up by one nonce at a time (wrapping past 2^32 - 1), then on to extra nonce 1
 * (the timestamp roll), and so on. Chunks are handed to whichever worker is free, but results
 * are released strictly in position order, so the solutions a run reports, and the tries each
 * took, never depend on which worker finished first or on how many workers there were.
 */

const NONCE_SPACE = 2 ** 32;

/** A contiguous range of scan positions. */
export interface Chunk {
  chunkId: number;
  /** Scan position of the first nonce (0-based; may exceed 2^32 across extra nonces). */
  position: number;
  count: number;
  extraNonce: number;
  startNonce: number;
}

export class ChunkScheduler<R> {
  private nextPosition = 0;
  private nextChunkId = 0;
  private nextToRelease = 0;
  private readonly requeued: Chunk[] = [];
  private readonly chunks = new Map<number, Chunk>();
  private readonly completed = new Map<number, R>();

  /**
   * @param startNonce - the nonce at position 0
   * @param positionLimit - positions at or beyond this are never handed out (a hash budget);
   *   Infinity scans on and on through the extra nonces
   */
  constructor(
    private readonly startNonce: number,
    private readonly positionLimit: number = Infinity,
  ) {}

  /** The next chunk to scan (a requeued one first), of at most `size` nonces; null when done. */
  take(size: number): Chunk | null {
    this.requeued.sort((a, b) => a.chunkId - b.chunkId);
    const again = this.requeued.shift();
    if (again) return again;
    if (this.nextPosition >= this.positionLimit) return null;
    const offset = this.nextPosition % NONCE_SPACE;
    const count = Math.max(
      1,
      Math.min(Math.floor(size), NONCE_SPACE - offset, this.positionLimit - this.nextPosition),
    );
    const chunk: Chunk = {
      chunkId: this.nextChunkId++,
      position: this.nextPosition,
      count,
      extraNonce: Math.floor(this.nextPosition / NONCE_SPACE),
      startNonce: (this.startNonce + offset) % NONCE_SPACE,
    };
    this.nextPosition += count;
    this.chunks.set(chunk.chunkId, chunk);
    return chunk;
  }

  /** Puts a chunk whose worker went away back at the front of the queue. */
  requeue(chunk: Chunk): void {
    if (!this.completed.has(chunk.chunkId)) this.requeued.push(chunk);
  }

  /**
   * Records a chunk's result and returns every result that can now be released, in scan order.
   */
  complete(chunkId: number, result: R): { chunk: Chunk; result: R }[] {
    if (!this.chunks.has(chunkId) || chunkId < this.nextToRelease) return [];
    this.completed.set(chunkId, result);
    const released: { chunk: Chunk; result: R }[] = [];
    for (;;) {
      const next = this.completed.get(this.nextToRelease);
      const chunk = this.chunks.get(this.nextToRelease);
      if (next === undefined || chunk === undefined) break;
      released.push({ chunk, result: next });
      this.completed.delete(this.nextToRelease);
      this.chunks.delete(this.nextToRelease);
      this.nextToRelease++;
    }
    return released;
  }

  /** True when every position below the limit has been handed out and released. */
  get finished(): boolean {
    return (
      this.nextPosition >= this.positionLimit &&
      this.requeued.length === 0 &&
      this.chunks.size === 0
    );
  }

  /** Tries a sequential scan needs to reach `nonce` inside `chunk`: its position + 1. */
  triesFor(chunk: Chunk, nonce: number): number {
    return chunk.position + ((nonce - chunk.startNonce + NONCE_SPACE) % NONCE_SPACE) + 1;
  }
}
