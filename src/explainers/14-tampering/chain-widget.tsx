/**
 * The chain widget: difficulty, the Build / Re-mine button with Stop, the run status with its
 * progress, the blocks, the cost to repair and the chain as CSV / JSON.
 */
import { useId } from 'react';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { fill } from '../../ui/i18n/lang';
import { useMagnitudeFormat, HugeNumber } from '../../charts/magnitude-text';
import { RunStatus } from '../../charts/run-status';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import { Stat } from '../../charts/stat';
import { ExportResults } from '../../charts/export-results';
import { repairCost } from '../../core/chain/toy-chain';
import { targetProof } from '../../core/chain/chainwork';
import { bitsToTarget } from '../../core/hash/target';
import { internalToDisplayHex } from '../../core/hash/hash-order';
import { bytesToHex } from '../../core/hex';
import { BlockCard } from './block-card';
import { TAMPERING_STRINGS } from './strings';
import { CHAIN_BITS_CHOICES, chainBits } from './chain-bits';
import type { useChainMiner } from './use-chain-miner';

export function ChainWidget(props: {
  miner: ReturnType<typeof useChainMiner>;
  zeroBits: number;
  onZeroBits: (bits: number) => void;
}) {
  const t = useStrings(TAMPERING_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const id = useId();
  const { blocks, checks, state, active, built, measured, measuredRate } = props.miner;
  const perBlock = Number(targetProof(bitsToTarget(chainBits(props.zeroBits))));
  const cost = repairCost(checks);
  const from = built ? cost.from : 0;
  const toMine = from < 0 ? 0 : blocks.length - from;
  const costHashes = built
    ? Number(cost.work)
    : checks.reduce((sum, check) => sum + Number(check.work), 0);
  const timeText = measuredRate > 0 ? magnitude.duration(costHashes / measuredRate) : null;
  const startLabel = !built
    ? fill(t.chain.build, { blocks: blocks.length, hashes: magnitude.huge(costHashes) })
    : from < 0
      ? t.chain.allValid
      : fill(timeText ? t.chain.remineWithTime : t.chain.remine, {
          from,
          blocks: toMine,
          hashes: magnitude.huge(costHashes),
          time: timeText ?? '',
        });
  const statusText =
    state.status === 'error'
      ? fill(t.status.error, { message: state.errorMessage ?? '' })
      : fill(t.status[state.status], {
          index: state.current,
          done: state.current - state.from + 1,
          total: blocks.length - state.from,
          hashes: format.integer(state.status === 'done' ? state.runHashes : state.hashesThisBlock),
          rate: format.integer(state.hashesPerSec),
          seconds: format.decimal(state.runMs / 1000, 1),
        });
  // Blocks before the first run are "not mined"; after a build every block has been mined.
  const mined = (index: number) => built || (state.from === 0 && index < state.current);

  return (
    <section className="widget chain-widget" data-status={state.status} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.chain.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={`${id}-bits`}>{t.chain.bits}</label>
          <select
            id={`${id}-bits`}
            value={props.zeroBits}
            disabled={active}
            onChange={(event) => props.onZeroBits(Number(event.target.value))}
            data-testid="chain-bits"
          >
            {CHAIN_BITS_CHOICES.map((bits) => (
              <option key={bits} value={bits}>
                {bits}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="hint">{fill(t.chain.bitsHint, { hashes: magnitude.huge(perBlock) })}</p>
      <div className="controls">
        <StartStopButtons
          startLabel={startLabel}
          stopLabel={t.chain.stop}
          active={active}
          startDisabled={built && from < 0}
          onStart={() => props.miner.mineFrom(Math.max(0, from))}
          onStop={props.miner.stop}
          startTestId="chain-mine"
          stopTestId="chain-stop"
        />
      </div>
      <RunStatus
        text={statusText}
        testId="chain-status"
        progress={
          active ? { done: state.current - state.from, total: blocks.length - state.from } : null
        }
      />
      {built && from >= 0 && !active && (
        <div className="repair" data-testid="chain-cost">
          <h3>{t.cost.heading}</h3>
          <p>
            {fill(timeText ? t.cost.summary : t.cost.summaryNoRate, {
              from,
              blocks: toMine,
              hashes: magnitude.huge(costHashes),
              time: timeText ?? '',
              rate: format.integer(measuredRate),
            })}
          </p>
          <dl className="stats">
            <Stat label={t.cost.blocks} testId="cost-blocks" value={toMine}>
              {format.integer(toMine)}
            </Stat>
            <Stat label={t.cost.hashes} testId="cost-hashes-stat" value={costHashes}>
              <HugeNumber value={costHashes} testId="cost-hashes" />
            </Stat>
            <Stat label={t.cost.rate} testId="cost-rate" value={measuredRate}>
              {measuredRate > 0
                ? fill(t.cost.rateValue, { rate: format.integer(measuredRate) })
                : t.cost.noRate}
            </Stat>
            <Stat label={t.cost.time} testId="cost-time" value={costHashes / measuredRate}>
              {timeText ?? t.cost.noRate}
            </Stat>
          </dl>
          {measuredRate > 0 && (
            <p className="hint">
              {fill(t.cost.measuredFrom, {
                hashes: format.integer(measured.hashes),
                seconds: format.decimal(measured.ms / 1000, 1),
              })}
            </p>
          )}
        </div>
      )}
      <ol className="toy-chain" start={0}>
        {blocks.map((block, index) => (
          <BlockCard
            key={index}
            index={index}
            block={block}
            check={checks[index]!}
            mined={mined(index)}
            disabled={active}
            onEditTx={(txIndex, text) => props.miner.editTx(index, txIndex, text)}
          />
        ))}
      </ol>
      {built && (
        <ExportResults
          fileBase="tampering-chain"
          rows={blocks.map((block, index) => ({
            block: index,
            transactions: block.txs.join(' | '),
            prevHash: internalToDisplayHex(block.prevHash),
            merkleRoot: checks[index]!.merkleRootDisplayHex,
            nonce: block.nonce,
            hash: checks[index]!.hashDisplayHex,
            valid: checks[index]!.valid,
            problems: checks[index]!.problems.join(' '),
          }))}
          json={blocks.map((block, index) => ({
            index,
            txs: block.txs,
            headerHex: bytesToHex(checks[index]!.header),
            hash: checks[index]!.hashDisplayHex,
            valid: checks[index]!.valid,
            problems: checks[index]!.problems,
          }))}
          testId="chain-export"
        />
      )}
    </section>
  );
}
