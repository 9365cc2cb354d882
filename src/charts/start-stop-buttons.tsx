/**
 * The Start and Stop pair every long action has. The pressed button becomes disabled, so focus
 * moves to the other one (the same hand can stop what it started). `flushSync` renders the new
 * state first, so the button that receives focus is already enabled.
 */
import { useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export function StartStopButtons(props: {
  startLabel: ReactNode;
  stopLabel: ReactNode;
  /** True while the action runs: Start is disabled and Stop enabled. */
  active: boolean;
  /** Start is also disabled while the input is not valid. */
  startDisabled?: boolean;
  onStart: () => void;
  onStop: () => void;
  startTestId: string;
  stopTestId: string;
}) {
  const startRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={startRef}
        type="button"
        className="button primary"
        onClick={() => {
          flushSync(props.onStart);
          stopRef.current?.focus();
        }}
        disabled={props.active || props.startDisabled}
        data-testid={props.startTestId}
      >
        {props.startLabel}
      </button>
      <button
        ref={stopRef}
        type="button"
        className="button"
        onClick={() => {
          flushSync(props.onStop);
          startRef.current?.focus();
        }}
        disabled={!props.active}
        data-testid={props.stopTestId}
      >
        {props.stopLabel}
      </button>
    </>
  );
}
