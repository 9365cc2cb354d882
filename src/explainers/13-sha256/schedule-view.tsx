/** The 64 schedule words of the block, the one used in the current round marked. */
import { wordHex } from '../../core/hash/sha256-trace';
import { useStrings } from '../../ui/i18n/lang-context';
import { SHA256_STRINGS } from './strings';

export function ScheduleView({
  schedule,
  currentRound,
  markedWord,
}: {
  schedule: number[];
  /** The round being shown, or null before round 0. */
  currentRound: number | null;
  /** A word to underline (the nonce in the genesis preset), or null. */
  markedWord: number | null;
}) {
  const t = useStrings(SHA256_STRINGS);
  return (
    <section className="sha-schedule" aria-labelledby="sha-schedule-heading">
      <h3 id="sha-schedule-heading">{t.schedule.heading}</h3>
      <p>{t.schedule.note}</p>
      <ol className="schedule-grid mono" start={0}>
        {schedule.map((word, i) => {
          const current = i === currentRound;
          return (
            <li
              key={i}
              className={`schedule-word${current ? ' current' : ''}${i === markedWord ? ' marked' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="schedule-index">W[{i}]</span>{' '}
              <code data-testid={`w-${i}`}>{wordHex(word)}</code>
              {current && <span className="visually-hidden"> ({t.schedule.current})</span>}
              {current && <span aria-hidden="true"> ◀</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
