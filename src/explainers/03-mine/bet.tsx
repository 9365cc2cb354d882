/**
 * "Place your bets" before mining: how many hashes will this block take? Optional; the reveal
 * quotes the bet next to the measured count.
 */
import { useId } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useStrings } from '../../ui/i18n/lang-context';
import { MINE_STRINGS } from './strings';

export type BetKey = 'few' | 'expected' | 'many';

export function Bet(props: {
  zeroBits: number;
  expectedText: string;
  value: BetKey | null;
  onChange: (value: BetKey) => void;
}) {
  const t = useStrings(MINE_STRINGS);
  const name = useId();
  const options: Record<BetKey, string> = {
    few: t.bet.options.few,
    expected: fill(t.bet.options.expected, { expected: props.expectedText }),
    many: t.bet.options.many,
  };
  return (
    <fieldset className="bet" data-testid="mine-bet">
      <legend>
        <span className="bet-label">{t.bet.heading}</span>{' '}
        {fill(t.bet.question, { bits: props.zeroBits })}
      </legend>
      <div className="bet-options">
        {(Object.keys(options) as BetKey[]).map((key) => (
          <label key={key}>
            <input
              type="radio"
              name={name}
              value={key}
              checked={props.value === key}
              onChange={() => props.onChange(key)}
            />{' '}
            {options[key]}
          </label>
        ))}
      </div>
      <p className="hint">
        {props.value ? fill(t.bet.yourBet, { bet: options[props.value] }) : t.bet.noBet}
      </p>
    </fieldset>
  );
}
