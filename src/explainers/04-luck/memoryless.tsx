/**
 * Memorylessness on the reader's own races: pick how many misses are already behind, see how
 * many of the races got that far and what they still needed (mean and exact 95 % interval),
 * next to 1/p. A bet comes first: "is a hit due?"
 */
import { useId, useMemo, useState, memo } from 'react';
import { remainingTriesAfter } from '../../core/stats/remaining-tries';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { BetQuestion } from '../../charts/bet-question';
import { LUCK_STRINGS } from './strings';

type MemoryBet = 'fewer' | 'same' | 'more';
const MULTIPLES = [0.5, 1, 2] as const;

/** Memoized: it re-renders only when its props change (see the deferred values in luck-page). */
export const Memoryless = memo(function Memoryless({
  tries,
  p,
}: {
  tries: readonly number[];
  p: number | null;
}) {
  const t = useStrings(LUCK_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const [times, setTimes] = useState<number>(1);
  const [bet, setBet] = useState<MemoryBet | null>(null);
  const mean = p ? 1 / p : 0;
  const misses = Math.round(times * mean);
  const result = useMemo(
    () => (p && tries.length > 0 ? remainingTriesAfter(tries, misses) : null),
    [tries, misses, p],
  );
  return (
    <section className="widget" aria-labelledby={`${id}-h`} data-testid="memoryless">
      <h2 id={`${id}-h`}>{t.memory.heading}</h2>
      <BetQuestion
        echo
        question={fill(t.betMemory.question, { misses: p ? format.integer(misses) : '2 × 1/p' })}
        options={{
          fewer: t.betMemory.options.fewer,
          same: fill(t.betMemory.options.same, { expected: p ? format.integer(mean) : '1/p' }),
          more: t.betMemory.options.more,
        }}
        value={bet}
        onChange={setBet}
        testId="memory-bet"
      />
      {!p || !result ? (
        <p className="hint">{t.memory.needRaces}</p>
      ) : (
        <>
          <span className="field">
            <label htmlFor={id}>{t.memory.misses}</label>
            <select
              id={id}
              value={times}
              onChange={(event) => setTimes(Number(event.target.value))}
              data-testid="memory-misses"
            >
              {MULTIPLES.map((multiple) => (
                <option key={multiple} value={multiple}>
                  {fill(t.memory.missesOption, {
                    times: format.decimal(multiple, multiple % 1 ? 1 : 0),
                    misses: format.integer(Math.round(multiple * mean)),
                  })}
                </option>
              ))}
            </select>
          </span>
          {bet && (
            <p className="hint">
              {fill(t.yourBet, {
                bet:
                  bet === 'same'
                    ? fill(t.betMemory.options.same, { expected: format.integer(mean) })
                    : t.betMemory.options[bet],
              })}
            </p>
          )}
          <div
            className="reveal"
            data-testid="memory-result"
            data-value={result.remaining?.mean ?? 0}
          >
            <p>
              {result.remaining
                ? fill(t.memory.result, {
                    survivors: format.integer(result.survivors),
                    total: format.integer(result.total),
                    misses: format.integer(misses),
                    mean: format.integer(result.remaining.mean),
                    low: format.integer(result.remaining.lower),
                    high: format.integer(result.remaining.upper),
                    expected: format.integer(mean),
                  })
                : t.memory.none}
            </p>
          </div>
        </>
      )}
    </section>
  );
});
