/// <reference lib="webworker" />
/** Worker for the majority-attack chapter's race simulation (race-runner.ts). */
import { serveExperiment } from '../../workers/serve-experiment';
import { runRaceJob } from './race-runner';

serveExperiment(runRaceJob);
