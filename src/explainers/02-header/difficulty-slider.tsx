/**
 * The difficulty slider, in leading zero bits (1..80), not hex digits: it shows the target for
 * N zero bits, p = 2^-N, the expected 2^N hashes, the nearest compact bits value and its
 * difficulty. A bet comes first: how much more work is one more hex zero? The button adds 4
 * bits and the reveal shows the ratio, 16.
 */
import { useId, useMemo, useState } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { HugeNumber, useMagnitudeFormat } from '../../charts/magnitude-text';
import { bitsToHex } from '../../core/hash/target';
import { summarizeZeroBits } from '../../core/hash/target-summary';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { BetEcho, BetQuestion } from '../../charts/bet-question';
import { difficultyText } from './format';
import { useHeaderStrings } from './strings';

export const MIN_ZERO_BITS = 1;
export const MAX_ZERO_BITS = 80;

type HexZeroBet = 'twice' | 'ten' | 'sixteen' | 'million';

export function DifficultySlider() {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const id = useId();
  // The difficulty rides in the link (`#/header?sliderBits=40`); a malformed value falls back to 32.
  const [zeroBitsText, setZeroBitsText] = useUrlParam('sliderBits', '32');
  const zeroBits = parseZeroBits(zeroBitsText) ?? 32;
  const setZeroBits = (bits: number) => setZeroBitsText(String(bits));
  const [typed, setTyped] = useState<string | null>(null);
  const [bet, setBet] = useState<HexZeroBet | null>(null);
  const [step, setStep] = useState<{ from: number; to: number } | null>(null);
  const summary = useMemo(() => summarizeZeroBits(zeroBits), [zeroBits]);
  const typedBad = typed !== null && parseZeroBits(typed) === null;

  const set = (bits: number) => {
    setZeroBits(bits);
    setTyped(null);
  };
  const zeros = (bits: number, digits: number) =>
    `${fill(t.verify.zeros, { bits: format.integer(bits) })} · ${fill(t.slider.hexZeros, {})}: ${format.integer(digits)}`;

  return (
    <div className="widget difficulty-slider">
      <div className="control-row">
        <label htmlFor={id}>{t.slider.label}</label>
        <input
          id={id}
          type="range"
          min={MIN_ZERO_BITS}
          max={MAX_ZERO_BITS}
          step={1}
          value={zeroBits}
          data-testid="zero-bits-slider"
          onChange={(event) => set(Number(event.target.value))}
        />
        <input
          type="number"
          className="num"
          min={MIN_ZERO_BITS}
          max={MAX_ZERO_BITS}
          aria-label={t.slider.label}
          aria-invalid={typedBad}
          aria-describedby={`${id}-problem`}
          value={typed ?? String(zeroBits)}
          data-testid="zero-bits-input"
          onChange={(event) => {
            const parsed = parseZeroBits(event.target.value);
            if (parsed === null) setTyped(event.target.value);
            else set(parsed);
          }}
        />
        <span>{t.slider.unit}</span>
      </div>
      <span id={`${id}-problem`}>
        {typedBad && (
          <span role="alert" className="problem" data-testid="zero-bits-problem">
            {fill(t.problems.range, { min: MIN_ZERO_BITS, max: MAX_ZERO_BITS })}
          </span>
        )}
      </span>
      <h4>{fill(t.slider.target, { bits: format.integer(zeroBits) })}</h4>
      <div data-testid="slider-target" title={summary.targetHex}>
        <GroupedHash hashHex={summary.targetHex} zerosLabel={zeros} />
      </div>
      <dl className="stats">
        <div>
          <dt>{t.chain.probability}</dt>
          <dd className="num" data-testid="slider-p" data-value={summary.probability}>
            2<sup>−{zeroBits}</sup> ≈ {magnitude.power(summary.probability, 2)}
          </dd>
        </div>
        <div>
          <dt>{t.chain.expected}</dt>
          <dd>
            <HugeNumber value={summary.expectedHashes} testId="slider-expected" />
          </dd>
          <dd className="stat-note">
            2<sup>{zeroBits}</sup>
          </dd>
        </div>
        <div>
          <dt>{t.slider.compactBits}</dt>
          <dd className="num" data-testid="slider-bits">
            {bitsToHex(summary.compactBits)}
          </dd>
          <dd className="stat-note">{t.slider.compactNote}</dd>
        </div>
        <div>
          <dt>{t.chain.difficulty}</dt>
          <dd className="num" data-testid="slider-difficulty" data-value={summary.difficulty}>
            {difficultyText(summary.difficulty, format, magnitude.power)}
          </dd>
        </div>
        <div>
          <dt>{t.slider.hexZeros}</dt>
          <dd className="num" data-testid="slider-hex-zeros" data-value={summary.hexZeroDigits}>
            {format.integer(summary.hexZeroDigits)}
          </dd>
          <dd className="stat-note">{t.slider.hexZerosNote}</dd>
        </div>
      </dl>
      <BetQuestion
        question={t.slider.betQuestion}
        options={t.slider.betOptions}
        value={bet}
        onChange={setBet}
        testId="hex-zero-bet"
      />
      <button
        type="button"
        className="button primary"
        data-testid="add-hex-zero"
        disabled={zeroBits + 4 > MAX_ZERO_BITS}
        onClick={() => {
          setStep({ from: zeroBits, to: zeroBits + 4 });
          set(zeroBits + 4);
        }}
      >
        {t.slider.addHexZero}
      </button>
      {step && (
        <div className="reveal" data-testid="hex-zero-reveal">
          <p>
            {fill(t.slider.revealText, {
              from: format.integer(step.from),
              to: format.integer(step.to),
              fromHashes: magnitude.huge(2 ** step.from),
              toHashes: magnitude.huge(2 ** step.to),
            })}
          </p>
          <BetEcho options={t.slider.betOptions} value={bet} />
        </div>
      )}
    </div>
  );
}

function parseZeroBits(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= MIN_ZERO_BITS && value <= MAX_ZERO_BITS ? value : null;
}
