import { describe, expect, it } from 'vitest';
import { ChunkScheduler } from './chunk-scheduler';

describe('ChunkScheduler', () => {
  it('hands out contiguous chunks that never overlap', () => {
    const scheduler = new ChunkScheduler<string>(10, 100);
    const a = scheduler.take(30)!;
    const b = scheduler.take(30)!;
    const c = scheduler.take(60)!;
    expect([a.startNonce, a.count, b.startNonce, b.count, c.startNonce, c.count]).toEqual([
      10, 30, 40, 30, 70, 40,
    ]);
    expect(scheduler.take(10)).toBeNull();
  });

  it('releases results strictly in scan order, whatever order they complete in', () => {
    const scheduler = new ChunkScheduler<string>(0, 40);
    const chunks = [0, 1, 2, 3].map(() => scheduler.take(10)!);
    expect(scheduler.complete(chunks[2]!.chunkId, 'c')).toEqual([]);
    expect(scheduler.complete(chunks[1]!.chunkId, 'b')).toEqual([]);
    const released = scheduler.complete(chunks[0]!.chunkId, 'a').map((r) => r.result);
    expect(released).toEqual(['a', 'b', 'c']);
    expect(scheduler.finished).toBe(false);
    expect(scheduler.complete(chunks[3]!.chunkId, 'd').map((r) => r.result)).toEqual(['d']);
    expect(scheduler.finished).toBe(true);
  });

  it('gives a requeued chunk out again before any new range', () => {
    const scheduler = new ChunkScheduler<string>(0);
    const first = scheduler.take(8)!;
    scheduler.take(8);
    scheduler.requeue(first);
    expect(scheduler.take(8)).toEqual(first);
    expect(scheduler.take(8)!.startNonce).toBe(16);
  });

  it('wraps the nonce past 2^32 - 1 and then rolls to the next extra nonce', () => {
    const scheduler = new ChunkScheduler<string>(2 ** 32 - 4);
    const a = scheduler.take(2 ** 31)!;
    expect([a.startNonce, a.count, a.extraNonce]).toEqual([2 ** 32 - 4, 2 ** 31, 0]);
    const b = scheduler.take(2 ** 32)!;
    // The first extra nonce's 2^32 positions end here, whatever size was asked for.
    expect([b.startNonce, b.count, b.extraNonce]).toEqual([2 ** 31 - 4, 2 ** 31, 0]);
    const c = scheduler.take(16)!;
    expect([c.startNonce, c.count, c.extraNonce, c.position]).toEqual([
      2 ** 32 - 4,
      16,
      1,
      2 ** 32,
    ]);
  });

  it('counts the tries a sequential scan needs to reach a nonce, across the wrap', () => {
    const scheduler = new ChunkScheduler<string>(2 ** 32 - 2);
    const chunk = scheduler.take(10)!;
    expect(scheduler.triesFor(chunk, 2 ** 32 - 2)).toBe(1);
    expect(scheduler.triesFor(chunk, 0)).toBe(3);
  });
});
