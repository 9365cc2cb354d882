/**
 * The clear message for each way the reader's code can fail, in the reader's language. The
 * failure comes from the sandbox, so it is treated as data: an unknown code reads as
 * "garbled", and any text from the code itself is cut short.
 */
import type { SandboxFailure, ValueKind } from '../../workers/predictor-sandbox-protocol';
import { fill } from '../../ui/i18n/lang';
import type { PredictorStrings } from './strings.en';

export interface FailureFormat {
  integer: (value: number) => string;
}

const clip = (text: unknown) => String(text ?? '').slice(0, 300);

function megabytes(bytes: number, format: FailureFormat): string {
  return bytes >= 2 ** 30
    ? `${format.integer(bytes / 2 ** 30)} GB`
    : `${format.integer(bytes / 2 ** 20)} MB`;
}

export function failureText(
  failure: SandboxFailure,
  t: PredictorStrings,
  format: FailureFormat,
  memoryBudgetBytes: number,
): string {
  const f = t.failure;
  const kind = (got: ValueKind) => t.kinds[got] ?? t.kinds.object;
  const job = (index: number | null) => format.integer((index ?? 0) + 1);
  switch (failure.code) {
    case 'empty':
      return f.empty;
    case 'tooLong':
      return fill(f.tooLong, {
        length: format.integer(failure.length),
        limit: format.integer(failure.limit),
      });
    case 'forbiddenText':
      return fill(f.forbiddenText, {
        text: failure.text === 'import(' ? 'import(' : 'importScripts',
      });
    case 'syntax':
      return fill(f.syntax, { detail: clip(failure.detail) });
    case 'evalBlocked':
      return f.evalBlocked;
    case 'noFunction':
      return f.noFunction;
    case 'twoFunctions':
      return f.twoFunctions;
    case 'threw':
      return failure.jobIndex === null
        ? fill(f.threwLoading, { detail: clip(failure.detail) })
        : fill(f.threwJob, { job: job(failure.jobIndex), detail: clip(failure.detail) });
    case 'violation': {
      const { kind: violation, api, bytes } = failure.violation ?? {};
      const name = clip(api).slice(0, 40);
      if (violation === 'memory') {
        return fill(f.memory, {
          size: megabytes(Number(bytes) || 0, format),
          api: name,
          budget: megabytes(memoryBudgetBytes, format),
        });
      }
      if (violation === 'network') return fill(f.network, { api: name });
      if (violation === 'code') return fill(f.code, { api: name });
      return fill(f.api, { api: name });
    }
    case 'wrongType':
      return fill(failure.mode === 'score' ? f.wrongTypeScore : f.wrongTypePropose, {
        job: job(failure.jobIndex),
        got: kind(failure.got),
      });
    case 'tooMany':
      return fill(f.tooMany, {
        length: format.integer(failure.length),
        job: job(failure.jobIndex),
        budget: format.integer(failure.budget),
      });
    case 'badNonce':
      return fill(f.badNonce, {
        job: job(failure.jobIndex),
        value: clip(failure.value).slice(0, 40),
        got: kind(failure.got),
      });
    case 'timeout':
      return fill(f.timeout, { seconds: format.integer(failure.limitMs / 1000) });
    case 'crashed':
      return fill(f.crashed, { detail: clip(failure.detail) });
    default:
      return f.garbled;
  }
}
