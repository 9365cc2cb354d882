/**
 * A large input (a pasted text over 256 KiB, or a file) hashed in the worker with progress.
 * Only its size and first characters are shown: the page never renders the whole input.
 */
import { useEffect, useState } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import type { DigestSource } from '../../workers/hash-lab-protocol';
import { RunProgress } from './run-progress';
import { useHashStrings } from './strings';
import { useHashLab } from './use-hash-lab';

/** Pasted text longer than this (characters) goes to the worker instead of the text box. */
export const LARGE_INPUT_CHARS = 256 * 1024;

const PREVIEW_CHARS = 160;

interface Digest {
  bytes: number;
  sha256Hex: string;
  sha256dHex: string;
  elapsedMs: number;
}

export function LargeInput({ source, onClear }: { source: DigestSource; onClear: () => void }) {
  const t = useHashStrings();
  const format = useNumberFormat();
  const { run, cancel, running, progress } = useHashLab();
  const [digest, setDigest] = useState<Digest | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const size = source.kind === 'blob' ? source.blob.size : source.text.length;
  const preview =
    source.kind === 'blob'
      ? ((source.blob as File).name ?? '')
      : source.text.slice(0, PREVIEW_CHARS);

  useEffect(() => {
    // One source per mount: the parent shows a new LargeInput for a new source.
    let live = true;
    void run({ type: 'digest', source }, size).then((outcome) => {
      if (!live) return;
      if (outcome.status === 'done' && outcome.result.type === 'digest') {
        setDigest({ ...outcome.result, elapsedMs: outcome.elapsedMs });
      } else if (outcome.status === 'failed') {
        const f = outcome.failure;
        setProblem(
          f.reason === 'badHex'
            ? fill(t.playground.badHexChar, {
                position: format.integer(f.position + 1),
                char: source.kind === 'blob' ? '?' : source.text.charAt(f.position),
              })
            : f.reason === 'oddHex'
              ? fill(t.playground.oddHex, { digits: format.integer(size) })
              : f.message,
        );
      } else if (outcome.status === 'cancelled') {
        setProblem(t.cancelled);
      }
    });
    return () => {
      live = false;
    };
    // Strings and formats only shape messages; a new source is what starts a new hash.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, run]);

  const zeros = (bits: number) => fill(t.playground.zeros, { bits: format.integer(bits) });
  return (
    <div className="large-input" data-testid="large-input">
      <h4>{t.playground.largeTitle}</h4>
      <p>
        {fill(t.playground.largeSummary, { bytes: format.integer(size) })}{' '}
        <code className="preview">{preview}…</code>
      </p>
      {running && progress && <RunProgress progress={progress} onCancel={cancel} />}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {digest && (
        <div data-testid="large-digest" data-sha256={digest.sha256Hex} data-bytes={digest.bytes}>
          <p role="status">
            {fill(t.playground.largeDone, {
              bytes: format.integer(digest.bytes),
              seconds: format.decimal(digest.elapsedMs / 1000, 2),
            })}
          </p>
          <h4>{t.playground.sha256}</h4>
          <GroupedHash hashHex={digest.sha256Hex} zerosLabel={zeros} />
          <h4>{t.playground.sha256d}</h4>
          <GroupedHash hashHex={digest.sha256dHex} zerosLabel={zeros} />
        </div>
      )}
      <button type="button" className="button" onClick={onClear}>
        {t.playground.clearLarge}
      </button>
    </div>
  );
}
