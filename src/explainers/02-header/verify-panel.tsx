/**
 * Verifies the header on the page, live: SHA-256d of the 80 bytes (shown reversed, as block
 * explorers do), the target decoded from bits, hash <= target drawn, the verdict in words, and
 * the chain bits -> target -> difficulty -> p -> expected hashes. Impossible bits are explained
 * inline instead of throwing.
 */
import { useMemo } from 'react';
import { GroupedHash } from '../../charts/grouped-hash';
import { HugeNumber, useMagnitudeFormat } from '../../charts/magnitude-text';
import { headerHashDisplayHex, parseHeader } from '../../core/hash/block-header';
import { bitsToHex } from '../../core/hash/target';
import { compareHashWithTarget, summarizeBits } from '../../core/hash/target-summary';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat } from '../../ui/i18n/lang-context';
import { AlignedHex, ComparisonChart } from './comparison-chart';
import { difficultyText } from './format';
import { useHeaderStrings } from './strings';

export function VerifyPanel({ bytes }: { bytes: Uint8Array }) {
  const t = useHeaderStrings();
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const { hashHex, summary, comparison } = useMemo(() => {
    const hash = headerHashDisplayHex(bytes);
    const bits = summarizeBits(parseHeader(bytes).bits);
    return {
      hashHex: hash,
      summary: bits,
      comparison: bits.ok ? compareHashWithTarget(hash, bits.target) : null,
    };
  }, [bytes]);
  const zeros = (bits: number) => fill(t.verify.zeros, { bits: format.integer(bits) });
  const bitsHex = bitsToHex(summary.bits);

  return (
    <div className="verify-panel" aria-live="polite">
      <h4>{t.verify.hash}</h4>
      <div data-testid="verify-hash">
        <GroupedHash hashHex={hashHex} zerosLabel={zeros} />
      </div>
      <h4>{fill(t.verify.target, { bits: bitsHex })}</h4>
      {summary.ok && comparison ? (
        <>
          <div data-testid="verify-target">
            <GroupedHash hashHex={summary.targetHex} zerosLabel={zeros} />
          </div>
          <p
            className={`verdict ${comparison.meets ? 'is-valid' : 'is-not-valid'}`}
            data-testid="verdict"
            data-valid={comparison.meets}
          >
            {comparison.meets ? t.verify.verdictValid : t.verify.verdictNotValid}
          </p>
          <AlignedHex comparison={comparison} />
          <p className="first-diff-text">
            {comparison.firstDifferentDigit < 0
              ? t.verify.equal
              : fill(t.verify.firstDifference, {
                  position: comparison.firstDifferentDigit + 1,
                  hashDigit: comparison.hashHex[comparison.firstDifferentDigit]!,
                  targetDigit: comparison.targetHex[comparison.firstDifferentDigit]!,
                })}
          </p>
          <ComparisonChart comparison={comparison} />
          <h4>{t.chain.heading}</h4>
          <dl className="stats chain">
            <div>
              <dt>{t.chain.bits}</dt>
              <dd className="num" data-testid="chain-bits">
                {bitsHex}
              </dd>
            </div>
            <div>
              <dt>{t.chain.target}</dt>
              <dd className="num" title={summary.targetHex} data-testid="chain-target">
                {fill(t.chain.targetPower, { log2: format.decimal(256 - summary.workBits, 2) })}
              </dd>
            </div>
            <div>
              <dt>{t.chain.difficulty}</dt>
              <dd
                className="num"
                data-testid="chain-difficulty"
                data-value={summary.difficulty}
                title={String(summary.difficulty)}
              >
                {difficultyText(summary.difficulty, format, magnitude.power)}
              </dd>
              <dd className="stat-note">{t.chain.difficultyNote}</dd>
            </div>
            <div>
              <dt>{t.chain.probability}</dt>
              <dd
                className="num"
                data-testid="chain-p"
                data-value={summary.probability}
                title={String(summary.probability)}
              >
                {magnitude.power(summary.probability, 2)}
              </dd>
              <dd className="stat-note">
                {fill(t.chain.probabilityNote, { bits: format.decimal(summary.workBits, 2) })}
              </dd>
            </div>
            <div>
              <dt>{t.chain.expected}</dt>
              <dd>
                <HugeNumber value={summary.expectedHashes} testId="chain-expected" />
              </dd>
            </div>
          </dl>
          {!summary.mainnetValid && <p className="note">{t.chain.mainnetNo}</p>}
        </>
      ) : (
        !summary.ok && (
          <p role="alert" className="problem" data-testid="bits-problem">
            {fill(t.verify.badBits[summary.reason], { bits: bitsHex })}
          </p>
        )
      )}
    </div>
  );
}
