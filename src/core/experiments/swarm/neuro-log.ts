/**
 * Events in the design's "neuro-log" shape: timestamp, signal_id, stratum, event_type,
 * context_snapshot {cpu_temp_c, ram_usage_mb, active_threads, network_latency_ms},
 * execution_trace {module, function, avg_cycles_per_op}, outcome_metric in [0, 1].
 *
 * Only what is measured is filled in. A web page cannot read the CPU's temperature, the
 * machine's memory use or a cycle counter (browsers expose none of them, and coarsen their
 * timers on purpose), and this miner sends nothing over a network, so those fields are null,
 * never invented. What is measured (hashes, time, the configuration) is in `measured`, a field
 * the design does not have. `outcome_metric` is defined here as the event's hashes per second
 * divided by the fastest slice so far in the run. `signal_id` is a version-4-shaped UUID drawn
 * from the run's seeded stream, so a replayed run gives the same ids.
 */
import type { Random } from '../../random';
import type { TuningConfig } from './tuning-config';

export type NeuroEventType = 'PERFORMANCE_SAMPLE' | 'AB_DECISION' | 'ROLLOUT' | 'CONFIRMATION';

export interface NeuroLogEvent {
  /** Unix time in seconds (as in the design). */
  timestamp: number;
  signal_id: string;
  stratum: 'L1_CORE_MATH' | 'L2_TUNER';
  event_type: NeuroEventType;
  context_snapshot: {
    cpu_temp_c: null;
    ram_usage_mb: null;
    active_threads: number;
    network_latency_ms: null;
  };
  execution_trace: {
    module: string;
    function: string;
    avg_cycles_per_op: null;
  };
  outcome_metric: number;
  measured: {
    config: TuningConfig;
    hashes_per_sec: number;
    hashes?: number;
    elapsed_ms?: number;
    ns_per_hash?: number;
    note?: string;
  };
}

/** A UUID of version 4 layout from 16 seeded random bytes. */
export function seededUuid(random: Random): string {
  const bytes = random.fillBytes(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NeuroEventInput {
  wallClockMs: number;
  type: NeuroEventType;
  config: TuningConfig;
  hashesPerSec: number;
  bestHashesPerSec: number;
  hashes?: number;
  elapsedMs?: number;
  note?: string;
}

export function neuroEvent(random: Random, input: NeuroEventInput): NeuroLogEvent {
  const sample = input.type === 'PERFORMANCE_SAMPLE';
  const measured: NeuroLogEvent['measured'] = {
    config: { ...input.config },
    hashes_per_sec: input.hashesPerSec,
  };
  if (input.hashes !== undefined) measured.hashes = input.hashes;
  if (input.elapsedMs !== undefined) measured.elapsed_ms = input.elapsedMs;
  if (input.hashesPerSec > 0) measured.ns_per_hash = 1e9 / input.hashesPerSec;
  if (input.note !== undefined) measured.note = input.note;
  return {
    timestamp: Math.floor(input.wallClockMs / 1000),
    signal_id: seededUuid(random),
    stratum: sample ? 'L1_CORE_MATH' : 'L2_TUNER',
    event_type: input.type,
    context_snapshot: {
      cpu_temp_c: null,
      ram_usage_mb: null,
      active_threads: input.config.workers,
      network_latency_ms: null,
    },
    execution_trace: {
      module: sample ? 'sha256d-kernel' : 'swarm/tuner',
      function: sample ? 'scanNonces' : 'pairedTest',
      avg_cycles_per_op: null,
    },
    outcome_metric:
      input.bestHashesPerSec > 0 ? Math.min(1, input.hashesPerSec / input.bestHashesPerSec) : 0,
    measured,
  };
}
