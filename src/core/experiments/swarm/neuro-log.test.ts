import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { neuroEvent, seededUuid } from './neuro-log';
import { POOR_START } from './tuning-config';

describe('neuroEvent', () => {
  it('has the design shape, with null for what a page cannot know', () => {
    const event = neuroEvent(createRandom(1), {
      wallClockMs: 1_736_284_000_500,
      type: 'PERFORMANCE_SAMPLE',
      config: POOR_START,
      hashesPerSec: 500_000,
      bestHashesPerSec: 1_000_000,
      hashes: 150_000,
      elapsedMs: 300,
    });
    expect(Object.keys(event).slice(0, 7)).toEqual([
      'timestamp',
      'signal_id',
      'stratum',
      'event_type',
      'context_snapshot',
      'execution_trace',
      'outcome_metric',
    ]);
    expect(event.timestamp).toBe(1_736_284_000);
    expect(event.context_snapshot).toEqual({
      cpu_temp_c: null,
      ram_usage_mb: null,
      active_threads: 1,
      network_latency_ms: null,
    });
    expect(event.execution_trace.avg_cycles_per_op).toBeNull();
    expect(event.outcome_metric).toBe(0.5);
    expect(event.measured.ns_per_hash).toBe(2000);
  });

  it('seededUuid has the version 4 layout and replays with the seed', () => {
    const id = seededUuid(createRandom(5));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seededUuid(createRandom(5))).toBe(id);
  });
});
