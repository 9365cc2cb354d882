/**
 * Diffusion round by round: a nonce and the same nonce with one bit flipped, followed through the
 * nonce block's compression on job 1 of the chapter's seed. A line of differing bits per round
 * against the 128 of two random states, and the 256 state bits after a chosen round (× differs,
 * · same: shape, not only colour). Two compressions of 64 rounds: computed on the page, at once.
 */
import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { LineChart } from '../../charts/line-chart';
import {
  diffusionTrace,
  differenceBytes,
  FIRST_ROUND_WITH_NONCE,
  firstRoundReaching,
} from '../../core/experiments/diffusion';
import { makeJobHeaders } from '../../core/experiments/experiment-jobs';
import { createRandom } from '../../core/random';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { parseSeed } from './number-list';
import { INSIDE_STRINGS } from './strings';

/** Lower end of the range holding 95 % of two random states' distances (128 ± 2 × 8). */
const RANDOM_LOW = 112;
const WORDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

export function DiffusionWidget({ seed }: { seed: number }) {
  const t = useStrings(INSIDE_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const [nonceText, setNonceText] = useState('2009');
  const [flipBit, setFlipBit] = useState(0);
  const [round, setRound] = useState(FIRST_ROUND_WITH_NONCE);
  const nonce = parseSeed(nonceText);
  const header = useMemo(() => makeJobHeaders(createRandom(seed).derive('jobs'), 1)[0]!, [seed]);
  const trace = useMemo(
    () => (nonce === null ? null : diffusionTrace(header, nonce, flipBit)),
    [header, nonce, flipBit],
  );
  const distances = trace?.distances ?? [];
  const spread = trace ? firstRoundReaching(trace, RANDOM_LOW) : null;
  const diff = trace ? differenceBytes(trace, round) : new Uint8Array(32);
  const count = distances[round] ?? 0;

  return (
    <section className="widget diffusion" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.diffusion.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-nonce`}>{t.diffusion.nonce}</label>
          <input
            id={`${id}-nonce`}
            type="text"
            inputMode="numeric"
            size={11}
            className="num"
            value={nonceText}
            aria-invalid={nonce === null}
            aria-describedby={`${id}-nonce-hint`}
            onChange={(event) => setNonceText(event.target.value)}
            data-testid="diffusion-nonce"
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-bit`}>{t.diffusion.bit}</label>
          <select
            id={`${id}-bit`}
            value={flipBit}
            onChange={(event) => setFlipBit(Number(event.target.value))}
            data-testid="diffusion-bit"
          >
            {Array.from({ length: 32 }, (_, bit) => (
              <option key={bit} value={bit}>
                {bit}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p id={`${id}-nonce-hint`} className="hint" role={nonce === null ? 'alert' : undefined}>
        {nonce === null
          ? t.diffusion.nonceError
          : fill(t.diffusion.header, {
              seed,
              nonce: format.integer(nonce),
              flipped: format.integer(trace!.flippedNonce),
            })}
      </p>
      {trace && (
        <>
          <ChartFrame
            title={t.diffusion.chartTitle}
            testId="diffusion-chart"
            takeaway={fill(t.diffusion.takeaway, {
              atFour: distances[FIRST_ROUND_WITH_NONCE] ?? 0,
              spread: spread ?? 64,
            })}
            table={{
              columns: [t.diffusion.table.round, t.diffusion.table.distance],
              rows: distances.map((d, r) => [String(r), String(d)]),
            }}
          >
            <LineChart
              series={[
                {
                  key: 'measured',
                  label: t.diffusion.measured,
                  kind: 'measured',
                  points: distances.map((d, r) => ({ x: r, y: d })),
                },
                {
                  key: 'theory',
                  label: t.diffusion.theory,
                  kind: 'theory',
                  points: [
                    { x: 0, y: 128 },
                    { x: 64, y: 128 },
                  ],
                },
              ]}
              xLabel={t.diffusion.x}
              yLabel={t.diffusion.y}
              yDomain={[0, 192]}
              ariaLabel={t.diffusion.chartTitle}
            />
          </ChartFrame>
          <div className="controls">
            <span className="field">
              <label htmlFor={`${id}-round`}>{t.diffusion.round}</label>
              <input
                id={`${id}-round`}
                type="range"
                min={0}
                max={64}
                value={round}
                onChange={(event) => setRound(Number(event.target.value))}
                data-testid="diffusion-round"
              />
              <input
                type="number"
                min={0}
                max={64}
                className="num round-number"
                aria-label={t.diffusion.round}
                value={round}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (Number.isInteger(value) && value >= 0 && value <= 64) setRound(value);
                }}
              />
            </span>
          </div>
          <figure className="state-diff">
            <div
              className="state-grid"
              role="img"
              aria-label={fill(t.diffusion.gridLabel, { round, count })}
              data-testid="diffusion-grid"
              data-count={count}
            >
              {WORDS.map((word, w) => (
                <div key={word} className="state-row">
                  <span className="state-word" title={fill(t.diffusion.word, { word })}>
                    {word}
                  </span>
                  <span className="state-bits">
                    {Array.from({ length: 32 }, (_, b) => {
                      const byte = diff[4 * w + (b >> 3)]!;
                      const changed = ((byte >> (7 - (b & 7))) & 1) === 1;
                      return (
                        <span key={b} className={changed ? 'state-bit changed' : 'state-bit same'}>
                          {changed ? '×' : '·'}
                        </span>
                      );
                    })}
                  </span>
                </div>
              ))}
            </div>
            <figcaption className="hint">
              {fill(t.diffusion.gridCaption, { round, count })}
            </figcaption>
          </figure>
        </>
      )}
    </section>
  );
}
