/**
 * Under a result: download it as CSV or JSON, or copy a link that replays the run (the page's
 * settings and seed live in the URL, see ui/url-state.ts). The files are made in the page
 * (a blob: URL of this origin); nothing is uploaded.
 */
import { useId, useState } from 'react';
import {
  resultsCsv,
  resultsFileName,
  resultsJson,
  type ResultRow,
} from '../core/format/results-file';
import { useStrings } from '../ui/i18n/lang-context';
import { hashRoute } from '../ui/url-state';
import { CHART_STRINGS } from './chart-strings';
import './charts.css';

function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportResults(props: {
  /** Names the files: `nonce-sense-<fileBase>.csv`. */
  fileBase: string;
  /** One row per line of the result's table. */
  rows: readonly ResultRow[];
  /** The whole result, for the JSON file. */
  json: unknown;
  testId?: string;
}) {
  const t = useStrings(CHART_STRINGS);
  const id = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const testId = props.testId ?? 'export';

  const saveJson = () =>
    download(
      resultsJson({
        page: hashRoute(location.hash),
        replayUrl: location.href,
        exportedAtIso: new Date().toISOString(),
        data: props.json,
      }),
      resultsFileName(props.fileBase, 'json'),
      'application/json',
    );

  const copyLink = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setCopyState('manual');
      return;
    }
    clipboard.writeText(location.href).then(
      () => setCopyState('copied'),
      () => setCopyState('manual'),
    );
  };

  return (
    <div className="export-results" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="export-label">
        {t.exportLabel}
      </span>
      <button
        type="button"
        className="toggle"
        data-testid={`${testId}-csv`}
        onClick={() =>
          download(resultsCsv(props.rows), resultsFileName(props.fileBase, 'csv'), 'text/csv')
        }
      >
        {t.downloadCsv}
      </button>
      <button type="button" className="toggle" data-testid={`${testId}-json`} onClick={saveJson}>
        {t.downloadJson}
      </button>
      <button type="button" className="toggle" data-testid={`${testId}-link`} onClick={copyLink}>
        {t.copyLink}
      </button>
      <span role="status" className="hint">
        {copyState === 'copied' && t.linkCopied}
        {copyState === 'manual' && (
          <label>
            {t.copyByHand}{' '}
            <input
              type="text"
              readOnly
              value={location.href}
              size={40}
              onFocus={(e) => e.target.select()}
            />
          </label>
        )}
      </span>
    </div>
  );
}
