/**
 * The design's chain mined live in a worker, one block per minted round of the noise run,
 * then the design's validation on it, on a copy with a forged improvement record (accepted),
 * and on a copy with a changed nonce (rejected: the hash covers the nonce).
 */
import { useId, useState } from 'react';
import { RunStatus } from '../../charts/run-status';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import {
  forgeImprovements,
  validateChain,
  type ChainValidation,
  type ImprovementBlock,
} from '../../core/experiments/improvement/chain';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { IMPROVEMENT_STRINGS } from './strings';
import { useImprovementExperiment } from './use-improvement-experiment';

type Phase = 'idle' | 'running' | 'done' | 'stopped' | 'error';
const START_ZEROS = 2;
const MAX_BLOCKS = 30;
const FORGED = { eigenvalues: 0.7 };

export function ChainWidget(props: { records: Record<string, number>[] | null }) {
  const t = useStrings(IMPROVEMENT_STRINGS);
  const c = t.chain;
  const format = useNumberFormat();
  const id = useId();
  const experiment = useImprovementExperiment();
  const [phase, setPhase] = useState<Phase>('idle');
  const [message, setMessage] = useState('');
  const [mined, setMined] = useState<{
    blocks: ImprovementBlock[];
    zerosByBlock: number[];
    hashes: number;
    elapsedMs: number;
  } | null>(null);
  const [shown, setShown] = useState<ImprovementBlock[] | null>(null);
  const [verdict, setVerdict] = useState<{
    kind: 'honest' | 'forged' | 'tampered';
    result: ChainValidation;
  } | null>(null);
  const records = props.records?.slice(0, MAX_BLOCKS) ?? null;
  const target = mined ? Math.max(1, mined.blocks.length - 1) : 1;

  const start = async () => {
    if (!records) return;
    setPhase('running');
    setMined(null);
    setShown(null);
    setVerdict(null);
    const outcome = await experiment.run({ type: 'chain', records, startZeros: START_ZEROS });
    if (outcome.status === 'done' && outcome.result.type === 'chain') {
      setMined(outcome.result);
      setShown(outcome.result.blocks);
      setPhase('done');
    } else if (outcome.status === 'failed') {
      setMessage(outcome.message);
      setPhase('error');
    } else setPhase('stopped');
  };

  const check = (kind: 'honest' | 'forged' | 'tampered') => {
    if (!mined) return;
    const blocks =
      kind === 'honest'
        ? mined.blocks
        : kind === 'forged'
          ? forgeImprovements(mined.blocks, target, FORGED)
          : mined.blocks.map((b, i) => (i === target ? { ...b, nonce: b.nonce + 1 } : b));
    setShown(blocks);
    setVerdict({ kind, result: validateChain(blocks, START_ZEROS) });
  };

  const statusText =
    phase === 'running'
      ? experiment.paused
        ? c.status.paused
        : fill(c.status.running, {
            done: format.integer((experiment.progress?.done ?? 0) + 1),
            total: format.integer(experiment.progress?.total ?? records?.length ?? 0),
          })
      : phase === 'error'
        ? fill(c.status.error, { message })
        : phase === 'done' && mined
          ? fill(c.status.done, {
              blocks: format.integer(mined.blocks.length),
              hashes: format.integer(mined.hashes),
              seconds: format.decimal(mined.elapsedMs / 1000, 1),
            })
          : phase === 'idle' && !records
            ? c.needNoise
            : fill(c.status[phase === 'done' ? 'idle' : phase], {});
  const sumText = (record: Record<string, number>) =>
    Object.entries(record)
      .map(
        ([k, v]) => `${t.tasks[k as keyof typeof t.tasks] ?? k}: ${format.decimal(v * 100, 3)} %`,
      )
      .join(', ') || '—';

  return (
    <section
      className="widget chain"
      aria-labelledby={`${id}-h`}
      data-status={phase}
      data-testid="chain"
    >
      <h2 id={`${id}-h`}>{c.heading}</h2>
      <div className="controls">
        <StartStopButtons
          startLabel={fill(c.run, {
            blocks: format.integer((records?.length ?? 0) + 1),
            zeros: START_ZEROS,
          })}
          stopLabel={c.stop}
          active={phase === 'running'}
          startDisabled={!records}
          onStart={() => void start()}
          onStop={() => experiment.cancel()}
          startTestId="chain-run"
          stopTestId="chain-stop"
        />
      </div>
      <p className="hint">
        {fill(c.odds, {
          zeros: START_ZEROS,
          odds: format.integer(16 ** START_ZEROS),
          bits: 4 * START_ZEROS,
        })}
      </p>
      <RunStatus
        text={statusText}
        testId="chain-status"
        progress={phase === 'running' ? experiment.progress : null}
      />
      {mined && shown && phase === 'done' && (
        <div className="reveal">
          <div className="controls">
            <button type="button" onClick={() => check('honest')} data-testid="chain-validate">
              {c.validate}
            </button>
            <button type="button" onClick={() => check('forged')} data-testid="chain-forge">
              {fill(c.forge, { block: target })}
            </button>
            <button type="button" onClick={() => check('tampered')} data-testid="chain-tamper">
              {fill(c.tamper, { block: target })}
            </button>
          </div>
          {verdict && (
            <p
              className={verdict.result.valid ? 'verdict accepted' : 'verdict rejected'}
              role="status"
              data-testid="chain-verdict"
              data-valid={verdict.result.valid}
            >
              <strong>
                {verdict.result.valid ? '✓ ' : '✗ '}
                {verdict.result.valid
                  ? c.valid
                  : fill(c.invalid, {
                      block: verdict.result.failure!.index,
                      reason: c.reasons[verdict.result.failure!.reason],
                    })}
              </strong>{' '}
              {verdict.kind === 'forged' &&
                fill(c.forged, { block: target, record: sumText(FORGED) })}
            </p>
          )}
          <div className="table-wrap">
            <table data-testid="chain-table">
              <caption>{c.tableCaption}</caption>
              <thead>
                <tr>
                  {c.columns.map((col) => (
                    <th key={col} scope="col">
                      {col}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((b, i) => (
                  <tr key={b.index} data-changed={shown[i] !== mined.blocks[i] || undefined}>
                    <td>{b.index}</td>
                    <td>{mined.zerosByBlock[i]}</td>
                    <td>{format.integer(b.nonce)}</td>
                    <td>
                      <code>{b.hash.slice(0, 16)}</code>
                    </td>
                    <td>{sumText(b.improvements)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
