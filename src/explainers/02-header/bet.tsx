/**
 * "Place your bets": a question with a few answers as radio buttons, asked before a reveal.
 * Betting is optional; the reveal quotes the bet next to the computed result.
 */
import { useId } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useHeaderStrings } from './strings';

export interface BetQuestionProps<K extends string> {
  question: string;
  options: Readonly<Record<K, string>>;
  value: K | null;
  onChange: (value: K) => void;
  testId: string;
}

export function BetQuestion<K extends string>(props: BetQuestionProps<K>) {
  const t = useHeaderStrings();
  const name = useId();
  return (
    <fieldset className="bet" data-testid={props.testId}>
      <legend>
        <span className="bet-label">{t.betLegend}</span> {props.question}
      </legend>
      <div className="bet-options">
        {(Object.keys(props.options) as K[]).map((key) => (
          <label key={key}>
            <input
              type="radio"
              name={name}
              value={key}
              checked={props.value === key}
              onChange={() => props.onChange(key)}
            />{' '}
            {props.options[key]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Your bet: …" under a reveal, or a note that there was none. */
export function BetEcho<K extends string>({
  options,
  value,
}: {
  options: Readonly<Record<K, string>>;
  value: K | null;
}) {
  const t = useHeaderStrings();
  return <p className="bet-echo">{value ? fill(t.yourBet, { bet: options[value] }) : t.noBet}</p>;
}
