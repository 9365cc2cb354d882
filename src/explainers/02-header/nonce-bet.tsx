/**
 * "Place your bets" before the nonce reveal: will nonce + 1 still be valid? The button edits
 * the header on the page (nonce + 1, wrapping at 2^32) and the reveal says what the live check
 * found, next to the chance that any one hash meets the target.
 */
import { useState } from 'react';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { headerHashDisplayHex, parseHeader, setNonce } from '../../core/hash/block-header';
import { compareHashWithTarget, summarizeBits } from '../../core/hash/target-summary';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { BetEcho, BetQuestion } from '../../charts/bet-question';
import { useHeaderStrings } from './strings';

type NonceBet = 'yes' | 'half' | 'no';

interface NonceResult {
  nonce: number;
  meets: boolean;
  probability: number;
}

export function NonceBetWidget(props: { bytes: Uint8Array; onBytes: (bytes: Uint8Array) => void }) {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const [bet, setBet] = useState<NonceBet | null>(null);
  const [result, setResult] = useState<NonceResult | null>(null);
  const options = t.verify.nonceBetOptions;
  return (
    <div className="nonce-bet">
      <BetQuestion
        question={t.verify.nonceBetQuestion}
        options={options}
        value={bet}
        onChange={setBet}
        testId="nonce-bet"
      />
      <button
        type="button"
        className="button primary"
        data-testid="nonce-plus-one"
        onClick={() => {
          const nonce = (parseHeader(props.bytes).nonce + 1) >>> 0;
          const next = setNonce(props.bytes, nonce);
          const summary = summarizeBits(parseHeader(next).bits);
          setResult({
            nonce,
            meets:
              summary.ok && compareHashWithTarget(headerHashDisplayHex(next), summary.target).meets,
            probability: summary.ok ? summary.probability : 0,
          });
          props.onBytes(next);
        }}
      >
        {t.verify.nonceBet}
      </button>
      {result && (
        <div className="reveal" data-testid="nonce-reveal" aria-live="polite">
          <p>
            {fill(t.verify.nonceReveal, {
              nonce: format.integer(result.nonce),
              verdict: result.meets ? t.verify.valid : t.verify.notValid,
              p: result.probability > 0 ? magnitude.power(result.probability, 2) : '0',
            })}
          </p>
          <BetEcho options={options} value={bet} />
        </div>
      )}
    </div>
  );
}
