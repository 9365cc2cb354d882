/// <reference lib="webworker" />
/** Worker for the strategy tournament and the bets chapter (see strategy-experiment-runner.ts). */
import { serveExperiment } from './serve-experiment';
import { runStrategyJob } from './strategy-experiment-runner';

serveExperiment(runStrategyJob);
