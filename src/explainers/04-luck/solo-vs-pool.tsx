/**
 * Solo versus pool, simulated from the reader's measured rate with the seeded generator (and
 * labelled so): per-minute coins for a toy coin whose block needs `blockBits` bits, solo (1 coin
 * per block) against a pool paying per `shareBits`-bit share. The analytic means and standard
 * deviations (core/stats/solo-vs-pool.ts) are quoted in the takeaway.
 */
import { useId, useMemo, memo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { createRandom } from '../../core/random';
import {
  poolIncome,
  simulateIncomes,
  soloDrySpellProbability,
  soloIncome,
  soloMeanSecondsToBlock,
  type IncomeModel,
} from '../../core/stats/solo-vs-pool';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { LUCK_STRINGS } from './strings';

const PERIODS = 30;
const PERIOD_SECONDS = 60;
const SHARE_BITS = 16;

/** A block about every 5 minutes at this rate: 2^bits near 300 s of hashing. */
function toyBlockBits(hashesPerSec: number): number {
  return Math.max(SHARE_BITS + 4, Math.min(40, Math.round(Math.log2(hashesPerSec * 300))));
}

/** Memoized: it re-renders only when its props change (see the deferred values in luck-page). */
export const SoloVsPool = memo(function SoloVsPool({
  hashesPerSec,
  seed,
}: {
  hashesPerSec: number;
  seed: number | null;
}) {
  const t = useStrings(LUCK_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const id = useId();
  const blockBits = toyBlockBits(hashesPerSec);
  const model: IncomeModel | null =
    hashesPerSec > 0 ? { hashesPerSec, pBlock: 2 ** -blockBits, pShare: 2 ** -SHARE_BITS } : null;
  const simulated = useMemo(
    () =>
      model && seed !== null
        ? simulateIncomes(createRandom(seed).derive('solo-vs-pool'), model, PERIOD_SECONDS, PERIODS)
        : null,
    // The model is rebuilt each render; its numbers are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hashesPerSec, blockBits, seed],
  );

  return (
    <section className="widget" aria-labelledby={`${id}-h`} data-testid="solo-vs-pool">
      <h2 id={`${id}-h`}>{t.variance.heading}</h2>
      {!model || !simulated || seed === null ? (
        <p className="hint">{t.variance.needRate}</p>
      ) : (
        <>
          <p>
            {fill(t.variance.setup, {
              rate: magnitude.huge(hashesPerSec),
              seed,
              blockBits,
              shareBits: SHARE_BITS,
              ratio: format.integer(2 ** (blockBits - SHARE_BITS)),
            })}
          </p>
          <ChartFrame
            title={fill(t.variance.chartTitle, { periods: PERIODS })}
            takeaway={fill(t.variance.takeaway, {
              mean: format.decimal(soloIncome(model, PERIOD_SECONDS).mean, 2),
              soloSd: format.decimal(soloIncome(model, PERIOD_SECONDS).sd, 3),
              poolSd: format.decimal(poolIncome(model, PERIOD_SECONDS).sd, 3),
            })}
            testId="variance-chart"
            table={{
              columns: [t.variance.table.minute, t.variance.table.solo, t.variance.table.pool],
              rows: simulated.solo.map((solo, i) => [
                format.integer(i + 1),
                format.integer(solo),
                format.decimal(simulated.pool[i]!, 3),
              ]),
            }}
          >
            <LineChart
              series={[
                {
                  key: 'solo',
                  label: t.variance.solo,
                  points: simulated.solo.map((y, i) => ({ x: i + 1, y })),
                  kind: 'measured',
                  step: true,
                },
                {
                  key: 'pool',
                  label: t.variance.pool,
                  points: simulated.pool.map((y, i) => ({ x: i + 1, y })),
                  kind: 'other',
                },
              ]}
              xLabel={t.variance.chartX}
              yLabel={t.variance.chartY}
              ariaLabel={fill(t.variance.chartTitle, { periods: PERIODS })}
            />
          </ChartFrame>
          <p>
            {fill(t.variance.wait, {
              wait: magnitude.duration(soloMeanSecondsToBlock(model)),
              dry: format.integer(100 * soloDrySpellProbability(model, PERIOD_SECONDS)),
            })}
          </p>
        </>
      )}
    </section>
  );
});
