/// <reference lib="webworker" />
/** Worker that hashes a predictor's answer (see predictor-experiment-runner.ts). */
import { serveExperiment } from './serve-experiment';
import { runPredictorJob } from './predictor-experiment-runner';

serveExperiment((job: Parameters<typeof runPredictorJob>[0], control) =>
  runPredictorJob(job, control),
);
