/**
 * The clickable map of the nonce space: 256 regions (one per top byte, 2^24 nonces each) as a
 * 16 x 16 grid of toggle buttons. Each button says which nonces it covers (its accessible
 * name) and shows a tick when picked, so the state is never carried by colour alone. Arrow keys
 * move between regions; Space or Enter toggles.
 */
import { useRef, type KeyboardEvent } from 'react';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { regionRange } from './bet-spec';

export interface NonceMapProps {
  picked: ReadonlySet<number>;
  onToggle: (region: number) => void;
  disabled: boolean;
  regionLabel: string;
}

const SIDE = 16;

export function NonceMap({ picked, onToggle, disabled, regionLabel }: NonceMapProps) {
  const format = useNumberFormat();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: SIDE, ArrowUp: -SIDE }[event.key] ?? 0;
    if (step === 0) return;
    event.preventDefault();
    const next = Math.min(255, Math.max(0, index + step));
    refs.current[next]?.focus();
  };
  return (
    <div className="nonce-map" role="group" data-testid="bets-map">
      {Array.from({ length: 256 }, (_, index) => {
        const [from, to] = regionRange(index);
        const on = picked.has(index);
        return (
          <button
            key={index}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            className={`nonce-cell${on ? ' on' : ''}`}
            aria-pressed={on}
            aria-label={fill(regionLabel, {
              index,
              from: format.integer(from),
              to: format.integer(to),
            })}
            title={`${format.integer(from)} – ${format.integer(to)}`}
            disabled={disabled}
            tabIndex={index === 0 ? 0 : -1}
            onKeyDown={(event) => move(event, index)}
            onClick={() => onToggle(index)}
            data-region={index}
          >
            {on ? '✓' : ''}
          </button>
        );
      })}
    </div>
  );
}
