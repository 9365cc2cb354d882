/**
 * Messages between a page and an experiment worker. One protocol for every experiment: the
 * job and result types are the chapter's own (a plain, structured-clonable object). Every
 * message carries the run id, so replies from a cancelled run are dropped ("latest request
 * wins"). Pausing is cooperative: the worker's job awaits at each checkpoint, where a 'pause'
 * message holds it until 'resume'.
 */

export type ToExperimentMessage<Job> =
  | { type: 'run'; runId: number; job: Job }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number };

export type FromExperimentMessage<Result> =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'result'; runId: number; result: Result }
  | { type: 'error'; runId: number; message: string };

/** What a job runner gets: `checkpoint` reports progress and must be awaited. */
export interface ExperimentControl {
  checkpoint(done: number, total: number): Promise<void>;
}

/** A chapter's experiment: runs one job to its result. */
export type ExperimentRunner<Job, Result> = (
  job: Job,
  control: ExperimentControl,
) => Promise<Result>;
