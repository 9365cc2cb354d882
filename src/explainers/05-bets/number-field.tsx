/** A labelled whole-number field with its range; a bad entry is explained inline. */
import { useId } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';

export function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export function NumberField(props: {
  label: string;
  text: string;
  onText: (text: string) => void;
  min: number;
  max: number;
  errorTemplate: string;
  disabled: boolean;
  testId: string;
  hint?: string;
}) {
  const id = useId();
  const format = useNumberFormat();
  const bad = parseWhole(props.text, props.min, props.max) === null;
  const describedBy = [props.hint ? `${id}-hint` : '', bad ? `${id}-err` : ''].join(' ').trim();
  return (
    <span className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="num"
        size={7}
        value={props.text}
        disabled={props.disabled}
        aria-invalid={bad}
        aria-describedby={describedBy || undefined}
        data-testid={props.testId}
        onChange={(event) => props.onText(event.target.value)}
      />
      {props.hint && (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {bad && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {fill(props.errorTemplate, {
            min: format.integer(props.min),
            max: format.integer(props.max),
          })}
        </span>
      )}
    </span>
  );
}
