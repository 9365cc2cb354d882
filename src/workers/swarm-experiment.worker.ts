/// <reference lib="webworker" />
/** Worker for the swarm chapter's strategy A/B and toy key search (swarm-experiment-runner.ts). */
import { serveExperiment } from './serve-experiment';
import { runSwarmJob } from './swarm-experiment-runner';

serveExperiment(runSwarmJob);
