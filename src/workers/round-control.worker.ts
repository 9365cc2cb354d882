/// <reference lib="webworker" />
/** Worker for the round-reduced control sweep (see round-control-runner.ts). */
import { runRoundControlJob } from './round-control-runner';
import { serveExperiment } from './serve-experiment';

serveExperiment(runRoundControlJob);
