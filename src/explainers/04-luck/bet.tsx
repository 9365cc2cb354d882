/** "Place your bets": a question with a few radio answers, asked before a reveal. Optional. */
import { useId } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { LUCK_STRINGS } from './strings';

export function Bet<K extends string>(props: {
  question: string;
  options: Readonly<Record<K, string>>;
  value: K | null;
  onChange: (value: K) => void;
  testId: string;
}) {
  const t = useStrings(LUCK_STRINGS);
  const name = useId();
  return (
    <fieldset className="bet" data-testid={props.testId}>
      <legend>
        <span className="bet-label">{t.betLabel}</span> {props.question}
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
      <p className="hint">
        {props.value ? fill(t.yourBet, { bet: props.options[props.value] }) : t.noBet}
      </p>
    </fieldset>
  );
}
