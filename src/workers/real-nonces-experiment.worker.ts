/// <reference lib="webworker" />
/** Worker of the "Real nonces" chapter (see real-nonces-experiment-runner.ts). */
import { runRealNoncesJob } from './real-nonces-experiment-runner';
import { serveExperiment } from './serve-experiment';

serveExperiment(runRealNoncesJob);
