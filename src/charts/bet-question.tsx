/**
 * "Place your bets": a question with a few answers as radio buttons, asked before a reveal
 * (every chapter does this). Betting is optional; `BetEcho` quotes the bet next to the result.
 */
import { useId } from 'react';
import { fill } from '../ui/i18n/lang';
import { useStrings } from '../ui/i18n/lang-context';
import { CHART_STRINGS } from './chart-strings';

export interface BetQuestionProps<K extends string> {
  question: string;
  options: Readonly<Record<K, string>>;
  value: K | null;
  onChange: (value: K) => void;
  testId?: string;
  /** Also say the chosen bet (or that there is none) under the answers. */
  echo?: boolean;
}

export function BetQuestion<K extends string>(props: BetQuestionProps<K>) {
  const t = useStrings(CHART_STRINGS);
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
      {props.echo && <BetEcho options={props.options} value={props.value} />}
    </fieldset>
  );
}

/** "Your bet: …", or a note that there was none. */
export function BetEcho<K extends string>(props: {
  options: Readonly<Record<K, string>>;
  value: K | null;
}) {
  const t = useStrings(CHART_STRINGS);
  return (
    <p className="bet-echo hint">
      {props.value ? fill(t.yourBet, { bet: props.options[props.value] }) : t.noBet}
    </p>
  );
}
