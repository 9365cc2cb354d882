/**
 * The reader's q and z (kept in the URL), and the reveal: the paper's probability, the exact
 * one, and how far apart they are (ratio and difference).
 */
import { useId } from 'react';
import { Stat } from '../../charts/stat';
import type { AttackComparison } from '../../core/attack/exact';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { formatProbability } from './attack-format';
import { ATTACK_STRINGS } from './strings';

const MINUTES_PER_BLOCK = 10;

export function SettingsWidget(props: {
  qText: string;
  zText: string;
  onQText: (text: string) => void;
  onZText: (text: string) => void;
  q: number | null;
  z: number | null;
  comparison: AttackComparison | null;
}) {
  const t = useStrings(ATTACK_STRINGS);
  const format = useNumberFormat();
  const id = useId();
  const c = props.comparison;
  const p = (v: number) => formatProbability(v, format.decimal);
  const direction =
    c === null || c.ratio === null
      ? ''
      : Math.abs(c.ratio - 1) < 5e-5
        ? t.reveal.agrees
        : fill(c.ratio < 1 ? t.reveal.understates : t.reveal.overstates, {
            factor: format.decimal(c.ratio < 1 ? 1 / c.ratio : c.ratio, 2),
          });
  return (
    <section className="widget attack-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.controls.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-q`}>{t.controls.q}</label>
          <input
            id={`${id}-q`}
            type="text"
            inputMode="decimal"
            size={6}
            className="num"
            value={props.qText}
            aria-invalid={props.q === null}
            aria-describedby={`${id}-q-hint`}
            onChange={(e) => props.onQText(e.target.value)}
            data-testid="attack-q"
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-z`}>{t.controls.z}</label>
          <input
            id={`${id}-z`}
            type="text"
            inputMode="numeric"
            size={5}
            className="num"
            value={props.zText}
            aria-invalid={props.z === null}
            aria-describedby={`${id}-z-hint`}
            onChange={(e) => props.onZText(e.target.value)}
            data-testid="attack-z"
          />
        </span>
      </div>
      <p className="hint">
        <span
          id={`${id}-q-hint`}
          role={props.q === null ? 'alert' : undefined}
          data-testid="attack-q-error"
        >
          {props.q === null ? t.controls.qError : ''}
        </span>{' '}
        <span id={`${id}-z-hint`} role={props.z === null ? 'alert' : undefined}>
          {props.z === null
            ? t.controls.zError
            : fill(t.controls.zHint, {
                z: props.z,
                minutes: format.integer(props.z * MINUTES_PER_BLOCK),
              })}
        </span>
      </p>
      {c && props.q !== null && (
        <div className="reveal" data-testid="attack-reveal">
          <dl className="stats">
            <Stat label={t.reveal.paper} testId="attack-paper" value={c.paper}>
              {p(c.paper)}
            </Stat>
            <Stat label={t.reveal.exact} testId="attack-exact" value={c.exact}>
              {p(c.exact)}
            </Stat>
            <Stat label={t.reveal.ratio} testId="attack-ratio" value={c.ratio ?? ''}>
              {c.ratio === null ? '—' : format.decimal(c.ratio, 3)}
            </Stat>
            <Stat label={t.reveal.difference} testId="attack-difference" value={c.difference}>
              {c.difference < 0 ? '−' : ''}
              {p(Math.abs(c.difference))}
            </Stat>
          </dl>
          <p data-testid="attack-summary">
            {props.q >= 0.5
              ? t.reveal.certain
              : fill(t.reveal.summary, {
                  q: String(props.q),
                  z: c.z,
                  exact: p(c.exact),
                  paper: p(c.paper),
                  direction: direction || '—',
                })}
          </p>
        </div>
      )}
    </section>
  );
}
