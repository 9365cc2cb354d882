/**
 * The neuro-log: the last events as JSON, an export of all of them, and why some fields are null.
 */
import { useId } from 'react';
import type { NeuroLogEvent } from '../../core/experiments/swarm/neuro-log';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { SWARM_STRINGS } from './strings';

const SHOWN = 3;

export function NeuroLogPanel(props: { events: readonly NeuroLogEvent[]; seed: number | null }) {
  const t = useStrings(SWARM_STRINGS);
  const id = useId();
  const { events } = props;
  const shown = events.slice(-SHOWN);

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(events, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `nonce-sense-neuro-log-seed-${props.seed ?? 'none'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="widget neuro-log" aria-labelledby={`${id}-h`} data-testid="neuro-log">
      <h2 id={`${id}-h`}>{t.log.heading}</h2>
      {events.length === 0 ? (
        <p>{t.log.empty}</p>
      ) : (
        <>
          <p>{fill(t.log.intro, { count: shown.length, total: events.length })}</p>
          <pre className="neuro-log-json" tabIndex={0} data-testid="neuro-log-json">
            {JSON.stringify(shown, null, 2)}
          </pre>
          <button
            type="button"
            className="button"
            onClick={exportJson}
            data-testid="neuro-log-export"
          >
            {t.log.export}
          </button>
        </>
      )}
      <h3>{t.log.nullsHeading}</h3>
      <ul>
        <li>{t.log.cpuTemp}</li>
        <li>{t.log.ram}</li>
        <li>{t.log.latency}</li>
        <li>{t.log.cycles}</li>
        <li>{t.log.outcome}</li>
      </ul>
    </section>
  );
}
