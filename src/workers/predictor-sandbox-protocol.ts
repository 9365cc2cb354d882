/**
 * Messages between the page and the predictor sandbox worker, and the check every reply gets.
 *
 * The sandbox runs the reader's code, so nothing it sends is trusted: `parseSandboxReply`
 * accepts only the shapes below, with typed arrays of the right lengths, and turns anything
 * else into a 'garbled' failure. Even a well-formed reply only proposes nonces or scores: the
 * hashing and counting happen in another worker (predictor-experiment-runner.ts).
 */
import type { SourceProblem, Violation } from './predictor-sandbox-guard';

/** What the function does: scores given candidates, or proposes nonces itself. */
export type PredictorMode = 'score' | 'propose';

/**
 * What runPredictor works on, assembled inside the sandbox worker: the page sends only the
 * plan's inputs (SandboxPlanMessage) and the code (SandboxRunMessage).
 */
export interface SandboxRequest {
  type: 'run';
  source: string;
  /** Seeds Math.random inside the sandbox. */
  seed: number;
  headers: Uint8Array[];
  budget: number;
  /** Per job, the nonces `score` is called on (ignored in propose mode). */
  candidates: Uint32Array[];
}

/**
 * The page's first message, sent as the worker is made: the worker derives the jobs from these
 * (predictor-plan.ts), before its guard is installed, and then says 'ready'. Measured in a 4x
 * CPU-throttled Chromium (profile of the seed-2009 run): deriving the plan on the main thread
 * took about 50 ms of the click's 190 ms task, and cloning it in and the scores back about as
 * much again; a loaded CI machine turned that into a 231 ms long task.
 */
export interface SandboxPlanMessage {
  type: 'plan';
  /** Seeds the plan and Math.random inside the sandbox. */
  seed: number;
  jobs: number;
  budget: number;
}

/** The second message, after 'ready': the code to run. The watchdog starts as it is sent. */
export interface SandboxRunMessage {
  type: 'run';
  source: string;
}

export type SandboxInbound = SandboxPlanMessage | SandboxRunMessage;

/** What a reply is checked against: the job count, the budget, the candidates per job. */
export interface ReplyShape {
  jobs: number;
  budget: number;
  candidatesPerJob: number;
}

/** Why the reader's code gave no usable answer. */
export type SandboxFailure =
  | SourceProblem
  | { code: 'syntax'; detail: string }
  | { code: 'evalBlocked' }
  | { code: 'noFunction' }
  | { code: 'twoFunctions' }
  | { code: 'threw'; detail: string; jobIndex: number | null }
  | { code: 'violation'; violation: Violation; jobIndex: number | null }
  | { code: 'wrongType'; mode: PredictorMode; got: ValueKind; jobIndex: number }
  | { code: 'tooMany'; length: number; budget: number; jobIndex: number }
  | { code: 'badNonce'; got: ValueKind; value: string; jobIndex: number }
  | { code: 'timeout'; limitMs: number }
  | { code: 'crashed'; detail: string }
  | { code: 'garbled' };

/** A value's kind, for "score must return a number, got …" messages. */
export type ValueKind =
  | 'undefined'
  | 'null'
  | 'boolean'
  | 'string'
  | 'bigint'
  | 'symbol'
  | 'function'
  | 'promise'
  | 'array'
  | 'object'
  | 'nan'
  | 'infinity'
  | 'fraction'
  | 'negative'
  | 'tooLarge'
  | 'number';

export type SandboxReply =
  | { type: 'ready' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'proposals'; nonces: Uint32Array[] }
  | { type: 'scores'; scores: Float64Array[] }
  | { type: 'failed'; failure: SandboxFailure };

/** A reply after checking (the same shapes; progress and ready are only hints). */
export type ParsedReply = SandboxReply;

const GARBLED: ParsedReply = { type: 'failed', failure: { code: 'garbled' } };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a message from the sandbox against the request it answers. */
export function parseSandboxReply(data: unknown, shape: ReplyShape): ParsedReply {
  if (!isRecord(data)) return GARBLED;
  const { jobs } = shape;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'progress': {
      const { done, total } = data;
      return Number.isInteger(done) && total === jobs
        ? { type: 'progress', done: Math.min(jobs, Math.max(0, done as number)), total: jobs }
        : GARBLED;
    }
    case 'proposals': {
      const lists = data.nonces;
      if (!Array.isArray(lists) || lists.length !== jobs) return GARBLED;
      const ok = lists.every((list) => list instanceof Uint32Array && list.length <= shape.budget);
      return ok ? { type: 'proposals', nonces: lists as Uint32Array[] } : GARBLED;
    }
    case 'scores': {
      const lists = data.scores;
      if (!Array.isArray(lists) || lists.length !== jobs) return GARBLED;
      const ok = lists.every(
        (list) =>
          list instanceof Float64Array &&
          list.length === shape.candidatesPerJob &&
          list.every(Number.isFinite),
      );
      return ok ? { type: 'scores', scores: lists as Float64Array[] } : GARBLED;
    }
    case 'failed':
      return isRecord(data.failure) && typeof data.failure.code === 'string'
        ? { type: 'failed', failure: data.failure as SandboxFailure }
        : GARBLED;
    default:
      return GARBLED;
  }
}
