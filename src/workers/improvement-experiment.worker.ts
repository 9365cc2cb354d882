/// <reference lib="webworker" />
/** Worker for the Proof of Improvement chapter (improvement-experiment-runner.ts). */
import { serveExperiment } from './serve-experiment';
import { runImprovementJob } from './improvement-experiment-runner';

serveExperiment(runImprovementJob);
