/**
 * Play/pause, step back/forward and a slider over the 65 steps of a block (0 = before round 0,
 * s = after round s - 1). Nothing plays until the reader presses Play; Play stops at the end.
 * With reduced motion, Play still steps once a second but nothing animates (CSS).
 */
import { useEffect, useState } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { SHA256_STRINGS } from './strings';

export const LAST_STEP = 64;
const PLAY_INTERVAL_MS = 1000;

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

export function RoundStepper({
  step,
  onStep,
  status,
}: {
  step: number;
  onStep: (step: number) => void;
  status: string;
}) {
  const t = useStrings(SHA256_STRINGS);
  const [playRequested, setPlaying] = useState(false);
  const playing = playRequested && step < LAST_STEP;
  const reducedMotion = usePrefersReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (step + 1 >= LAST_STEP) setPlaying(false);
      onStep(step + 1);
    }, PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, step, onStep]);

  const go = (next: number) => onStep(Math.min(LAST_STEP, Math.max(0, next)));

  return (
    <div className="sha-stepper">
      <div className="controls">
        <button
          type="button"
          className="button"
          data-testid="sha-back"
          onClick={() => go(step - 1)}
          disabled={step <= 0}
        >
          {t.stepper.back}
        </button>
        <button
          type="button"
          className="button"
          data-testid="sha-play"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && step >= LAST_STEP) onStep(0);
            setPlaying(!playing);
          }}
        >
          {playing ? t.stepper.pause : t.stepper.play}
        </button>
        <button
          type="button"
          className="button"
          data-testid="sha-forward"
          onClick={() => go(step + 1)}
          disabled={step >= LAST_STEP}
        >
          {t.stepper.forward}
        </button>
      </div>
      <div className="field sha-slider">
        <label htmlFor="sha-step">{t.stepper.slider}</label>
        <input
          id="sha-step"
          type="range"
          min={0}
          max={LAST_STEP}
          step={1}
          value={step}
          data-testid="sha-step"
          aria-valuetext={status}
          onChange={(event) => {
            setPlaying(false);
            go(Number(event.target.value));
          }}
        />
        <output htmlFor="sha-step" className="mono" data-testid="sha-step-value">
          {step} / {LAST_STEP}
        </output>
      </div>
      <p className="status-line" data-testid="sha-step-status" aria-live="polite">
        {status}
      </p>
      <p className="hint">
        {t.stepper.keys} {reducedMotion && t.stepper.reducedMotion}
      </p>
    </div>
  );
}

/** The one-line description of a step, e.g. "After round 12 of 63." */
export function stepStatus(
  t: (typeof SHA256_STRINGS)['en'],
  step: number,
  blockIndex: number,
): string {
  if (step > 0) return fill(t.stepper.after, { round: step - 1 });
  const source =
    blockIndex === 0 ? t.stepper.sourceIv : fill(t.stepper.sourcePrevious, { n: blockIndex });
  return fill(t.stepper.before, { source });
}
