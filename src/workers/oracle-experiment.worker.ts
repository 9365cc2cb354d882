/// <reference lib="webworker" />
/** Worker for the nonce oracle case study (see oracle-experiment-runner.ts). */
import { runOracleJob } from './oracle-experiment-runner';
import { serveExperiment } from './serve-experiment';

serveExperiment(runOracleJob);
