/**
 * The tuner's state for the page: one SwarmTuningClient, created on the first run (no worker
 * exists before the reader acts) and disposed on unmount. Events and A/B tests arrive as they
 * happen; a new run or Stop discards the previous run's outcome.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NeuroLogEvent } from '../../core/experiments/swarm/neuro-log';
import type { AbTestRecord, TunerReport } from '../../core/experiments/swarm/tuner';
import type { KnobId, TuningConfig } from '../../core/experiments/swarm/tuning-config';
import { SwarmTuningClient, TunerCancelled } from '../../workers/swarm-tuning-client';

export type TunerPhase = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface TunerState {
  phase: TunerPhase;
  paused: boolean;
  events: NeuroLogEvent[];
  tests: AbTestRecord[];
  /** The knob of the test under way. */
  knob: KnobId | 'confirm' | null;
  report: TunerReport | null;
  seed: number | null;
  errorMessage: string;
}

const INITIAL: TunerState = {
  phase: 'idle',
  paused: false,
  events: [],
  tests: [],
  knob: null,
  report: null,
  seed: null,
  errorMessage: '',
};

export function useSwarmTuner() {
  const clientRef = useRef<SwarmTuningClient | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<TunerState>(INITIAL);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const run = useCallback(
    async (options: { seed: number; start: TuningConfig; maxWorkers: number; sliceMs: number }) => {
      const client = (clientRef.current ??= new SwarmTuningClient());
      const mine = ++latest.current;
      const update = (change: (s: TunerState) => TunerState) => {
        if (latest.current === mine) setState(change);
      };
      setState({ ...INITIAL, phase: 'running', seed: options.seed, knob: 'batchSize' });
      try {
        const report = await client.run(options, {
          onEvent: (event) => update((s) => ({ ...s, events: [...s.events, event] })),
          onTest: (test) =>
            update((s) => {
              const tests = [...s.tests, test];
              return { ...s, tests, knob: nextKnob(test) };
            }),
          onPaused: (paused) => update((s) => ({ ...s, paused })),
        });
        update((s) => ({ ...s, phase: 'done', report, paused: false }));
      } catch (error) {
        if (error instanceof TunerCancelled) update((s) => ({ ...s, phase: 'stopped' }));
        else
          update((s) => ({
            ...s,
            phase: 'error',
            errorMessage: error instanceof Error ? error.message : String(error),
          }));
      }
    },
    [],
  );

  const stop = useCallback(() => {
    clientRef.current?.stop();
  }, []);

  return { state, run, stop };
}

/** After a test, the knob the tuner goes on with (a guess for the status line only). */
function nextKnob(test: AbTestRecord): TunerState['knob'] {
  if (test.knob === null) return 'confirm';
  if (test.rolledOut) return test.knob;
  const order: KnobId[] = ['batchSize', 'dutyCycle', 'workers'];
  const next = order[order.indexOf(test.knob) + 1];
  return next ?? 'confirm';
}
