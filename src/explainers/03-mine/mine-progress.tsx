/**
 * Hashes done against the expected count. The bar fills to 100 % and then keeps counting in
 * words: passing the expected count is normal (it is an average, not a limit), and the page
 * says so in text, not only with colour.
 */
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { MINE_STRINGS } from './strings';

export function MineProgress({ done, expected }: { done: number; expected: number }) {
  const t = useStrings(MINE_STRINGS);
  const format = useNumberFormat();
  const percent = expected > 0 ? (100 * done) / expected : 0;
  const beyond = percent > 100;
  const text = fill(t.progress.value, {
    percent: format.decimal(percent, percent < 10 ? 1 : 0),
  });
  return (
    <div className="mine-progress" data-testid="mine-progress" data-value={percent}>
      <div
        className={beyond ? 'progress-track beyond' : 'progress-track'}
        role="progressbar"
        aria-label={t.progress.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(percent))}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="num progress-text">{text}</p>
      {beyond && (
        <p className="hint" data-testid="progress-beyond">
          {t.progress.beyond}
        </p>
      )}
    </div>
  );
}
