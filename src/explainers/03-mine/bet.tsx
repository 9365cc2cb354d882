/**
 * "Place your bets" before mining: how many hashes will this block take? Optional; the reveal
 * quotes the bet next to the measured count.
 */
import { BetQuestion } from '../../charts/bet-question';
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
  return (
    <BetQuestion
      echo
      testId="mine-bet"
      question={fill(t.bet.question, { bits: props.zeroBits })}
      options={{
        few: t.bet.options.few,
        expected: fill(t.bet.options.expected, { expected: props.expectedText }),
        many: t.bet.options.many,
      }}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
