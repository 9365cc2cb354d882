/// <reference lib="webworker" />
/** Worker for "The geometric miner" (see geometric-experiment-runner.ts). */
import { runGeometricJob } from './geometric-experiment-runner';
import { serveExperiment } from './serve-experiment';

serveExperiment(runGeometricJob);
