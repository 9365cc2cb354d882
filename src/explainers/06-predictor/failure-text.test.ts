import { describe, expect, it } from 'vitest';
import type { SandboxFailure } from '../../workers/predictor-sandbox-protocol';
import { formatInteger } from '../../ui/i18n/number-format';
import { failureText } from './failure-text';
import { predictorStringsEn } from './strings.en';
import { predictorStringsEs } from './strings.es';

const format = { integer: (value: number) => formatInteger('en', value) };
const text = (failure: SandboxFailure) =>
  failureText(failure, predictorStringsEn, format, 128 * 2 ** 20);

describe('failureText', () => {
  it('says what each hostile input did, in plain words', () => {
    expect(text({ code: 'timeout', limitMs: 5000 })).toMatch(/^Stopped after 5 s/);
    expect(
      text({
        code: 'violation',
        violation: { kind: 'memory', api: 'Uint8Array', bytes: 2 ** 30 },
        jobIndex: 0,
      }),
    ).toBe(
      'Stopped: your code asked for 1 GB of memory (Uint8Array). The sandbox allows 128 MB in total.',
    );
    expect(
      text({ code: 'violation', violation: { kind: 'network', api: 'fetch' }, jobIndex: 0 }),
    ).toMatch(/tried to use fetch/);
    expect(text({ code: 'forbiddenText', text: 'importScripts' })).toMatch(
      /contains “importScripts”/,
    );
    expect(text({ code: 'wrongType', mode: 'score', got: 'string', jobIndex: 0 })).toBe(
      'score must return a finite number, but on job 1 it returned a string.',
    );
    expect(text({ code: 'threw', detail: 'oops', jobIndex: 2 })).toBe(
      'Your code threw an error on job 3: oops',
    );
  });

  it('reads an unknown code from the sandbox as garbled, and cuts long text', () => {
    expect(text({ code: 'nonsense' } as unknown as SandboxFailure)).toMatch(/not a valid answer/);
    expect(text({ code: 'syntax', detail: 'x'.repeat(5000) }).length).toBeLessThan(400);
  });

  it('speaks Spanish too', () => {
    expect(failureText({ code: 'noFunction' }, predictorStringsEs, format, 1)).toMatch(/^No hay/);
  });
});
