/** Progress of a worker run (a bar and "n of N done") with a Cancel button that works at once. */
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useHashStrings } from './strings';
import type { LabProgress } from './use-hash-lab';

export function RunProgress({
  progress,
  onCancel,
}: {
  progress: LabProgress;
  onCancel: () => void;
}) {
  const t = useHashStrings();
  const format = useNumberFormat();
  const text = fill(t.progress, {
    done: format.integer(progress.done),
    total: format.integer(progress.total),
  });
  return (
    <div className="run-progress">
      <progress value={progress.done} max={Math.max(1, progress.total)} aria-label={text} />
      <span role="status" className="num">
        {text}
      </span>
      <button type="button" className="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
