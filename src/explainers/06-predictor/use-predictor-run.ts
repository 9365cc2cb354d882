/**
 * One run of the reader's predictor, in two stages: the sandbox runs the code on the jobs
 * (predictor-sandbox-client, with its watchdog), then a clean worker hashes what it proposed
 * against the counter (predictor-experiment-client). Nothing starts without `start`; Stop
 * ends either stage at once; a newer run makes replies of an older one be ignored; both
 * workers go away on unmount.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { checkSourceText } from '../../workers/predictor-sandbox-guard';
import { runInSandbox, type SandboxRun } from '../../workers/predictor-sandbox-client';
import type { SandboxFailure } from '../../workers/predictor-sandbox-protocol';
import {
  createPredictorExperimentClient,
  type PredictorExperimentClient,
} from '../../workers/predictor-experiment-client';
import type { PredictorJobResult } from '../../workers/predictor-experiment-runner';

/** The time the reader's code gets, in total over the jobs. */
export const SANDBOX_TIME_LIMIT_MS = 5_000;

export interface PredictorSettings {
  source: string;
  seed: number;
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
}

export type PredictorStatus =
  'idle' | 'sandbox' | 'hashing' | 'done' | 'stopped' | 'failed' | 'error';

export interface PredictorRunState {
  status: PredictorStatus;
  settings: PredictorSettings | null;
  done: number;
  total: number;
  failure: SandboxFailure | null;
  errorMessage: string | null;
  ownWorkMs: number | null;
  outcome: PredictorJobResult | null;
  paused: boolean;
}

const INITIAL: PredictorRunState = {
  status: 'idle',
  settings: null,
  done: 0,
  total: 0,
  failure: null,
  errorMessage: null,
  ownWorkMs: null,
  outcome: null,
  paused: false,
};

export function usePredictorRun() {
  const [state, setState] = useState<PredictorRunState>(INITIAL);
  const generation = useRef(0);
  const sandbox = useRef<SandboxRun | null>(null);
  const client = useRef<PredictorExperimentClient | null>(null);

  useEffect(
    () => () => {
      generation.current++;
      sandbox.current?.cancel();
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const start = useCallback(async (settings: PredictorSettings) => {
    const run = ++generation.current;
    const live = () => run === generation.current;
    const update = (patch: Partial<PredictorRunState>) => {
      // Checked again when React applies it: a transition may be applied after a newer run began.
      if (live()) setState((s) => (live() ? { ...s, ...patch } : s));
    };
    setState({ ...INITIAL, status: 'sandbox', settings, total: settings.jobs });
    const problem = checkSourceText(settings.source);
    if (problem) {
      update({ status: 'failed', failure: problem });
      return;
    }
    const sandboxRun = runInSandbox(
      {
        source: settings.source,
        seed: settings.seed,
        jobs: settings.jobs,
        budget: settings.budgetPerJob,
      },
      {
        timeLimitMs: SANDBOX_TIME_LIMIT_MS,
        onProgress: (done, total) => update({ done, total }),
      },
    );
    sandbox.current = sandboxRun;
    const answer = await sandboxRun.outcome;
    if (!live()) return;
    sandbox.current = null;
    if (answer.status === 'cancelled') {
      update({ status: 'stopped' });
      return;
    }
    if (answer.status === 'failed') {
      update({ status: 'failed', failure: answer.failure });
      return;
    }
    update({ status: 'hashing', done: 0, ownWorkMs: answer.ownWorkMs });
    const experiments = (client.current ??= createPredictorExperimentClient());
    const outcome = await experiments.run(
      {
        seed: settings.seed,
        zeroBits: settings.zeroBits,
        jobs: settings.jobs,
        budgetPerJob: settings.budgetPerJob,
        ownWorkMs: answer.ownWorkMs,
        answer:
          answer.status === 'scores'
            ? { mode: 'score', scores: answer.scores }
            : { mode: 'propose', nonces: answer.nonces },
      },
      (done, total) => update({ done, total, paused: experiments.paused }),
      // Handed over, not copied: the page does not use the sandbox's lists again. A Set, since
      // a listed buffer twice would make postMessage throw (the sandbox is not trusted).
      [
        ...new Set(
          (answer.status === 'scores' ? answer.scores : answer.nonces).map((l) => l.buffer),
        ),
      ],
    );
    if (outcome.status === 'done') {
      // A transition, so React renders the results (stats, chart, its table) in slices that
      // yield to input: in a 4x CPU-throttled Chromium this render was one 330 ms task.
      startTransition(() => update({ status: 'done', outcome: outcome.result, paused: false }));
    } else if (outcome.status === 'cancelled') update({ status: 'stopped', paused: false });
    else update({ status: 'error', errorMessage: outcome.message, paused: false });
  }, []);

  const stop = useCallback(() => {
    sandbox.current?.cancel();
    client.current?.cancel();
    // Say so now (not when the promises settle), so Start is enabled for the focus hand-off.
    setState((s) =>
      s.status === 'sandbox' || s.status === 'hashing'
        ? { ...s, status: 'stopped', paused: false }
        : s,
    );
  }, []);

  const active = state.status === 'sandbox' || state.status === 'hashing';
  return { state, active, start, stop };
}
