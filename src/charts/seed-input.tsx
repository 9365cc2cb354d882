/**
 * The visible, settable seed of an experiment: a labelled text field for a whole number from 0
 * to 2^32 - 1 and a "New seed" button that draws one. The caller keeps the text (so a bad entry
 * stays visible while the last good seed is used) and says where its hint or error is.
 */
import { useId } from 'react';

/** The seed typed, or null unless it is a whole number from 0 to 4,294,967,295. */
export function parseSeedText(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= 0xffffffff ? value : null;
}

export function SeedInput(props: {
  label: string;
  newSeedLabel: string;
  text: string;
  onText: (text: string) => void;
  disabled: boolean;
  testId: string;
  /** The id of the hint or error text under the field. */
  describedBy?: string;
}) {
  const id = useId();
  return (
    <span className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        size={11}
        className="num"
        value={props.text}
        disabled={props.disabled}
        aria-invalid={parseSeedText(props.text) === null}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onText(event.target.value)}
        data-testid={props.testId}
      />
      <button
        type="button"
        className="toggle"
        disabled={props.disabled}
        onClick={() => props.onText(String(crypto.getRandomValues(new Uint32Array(1))[0]))}
      >
        {props.newSeedLabel}
      </button>
    </span>
  );
}
