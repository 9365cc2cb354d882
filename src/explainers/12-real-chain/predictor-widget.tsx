/**
 * The predictor test: trained on winners below a height, judged by coverage of later real
 * winners (computed here, cheap), then by the harness in the worker: hits per hash of the
 * "real winners' ranges" strategy against the sequential scan on held-out real headers.
 */
import { useMemo, useState } from 'react';
import { ExportResults } from '../../charts/export-results';
import { RunStatus } from '../../charts/run-status';
import { parseSeedText, SeedInput } from '../../charts/seed-input';
import { Stat } from '../../charts/stat';
import { StartStopButtons } from '../../charts/start-stop-buttons';
import type { HeaderFile } from '../../core/data/header-file';
import { judgeCoverage, predictRanges, splitAtHeight } from '../../core/real-nonces/coverage';
import { spreadSample, type PredictorTestResult } from '../../core/real-nonces/predictor-test';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useUrlParam } from '../../ui/url-state';
import { packHeaders } from '../../workers/real-nonces-experiment-runner';
import { pText } from './format-test';
import { fill, REAL_CHAIN_STRINGS } from './strings';
import { useRealNoncesExperiment } from './use-real-nonces-experiment';

const SPLITS = [70_000, 215_000, 391_000, 826_000];
const MASSES = [0.25, 0.5, 0.8];
const JOBS = 64;
const BUDGET = 4096;
const ZERO_BITS = 8;

type Outcome =
  | { status: 'idle' | 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: PredictorTestResult };

export function PredictorWidget(props: { file: HeaderFile; nonces: Uint32Array }) {
  const t = useStrings(REAL_CHAIN_STRINGS);
  const format = useNumberFormat();
  const [splitText, setSplit] = useUrlParam('realSplit', '391000');
  const [massText, setMass] = useUrlParam('realMass', '0.5');
  const [seedText, setSeedText] = useUrlParam('realSeed', '1');
  const split = SPLITS.includes(Number(splitText)) ? Number(splitText) : 391_000;
  const mass = MASSES.includes(Number(massText)) ? Number(massText) : 0.5;
  const seed = parseSeedText(seedText);
  const experiment = useRealNoncesExperiment();
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const { parts, coverage } = useMemo(() => {
    const parts = splitAtHeight(props.file.heights, props.nonces, split);
    return {
      parts,
      coverage: judgeCoverage(predictRanges(parts.trainNonces, mass), parts.heldOutNonces),
    };
  }, [props.file, props.nonces, split, mass]);

  const percent = (v: number) => `${format.decimal(100 * v, 1)} %`;
  const start = () => {
    if (seed === null) return;
    setOutcome({ status: 'idle' });
    const jobHeaders = spreadSample(parts.heldOutIndices, JOBS).map((i) => props.file.headers[i]!);
    void experiment
      .run({
        type: 'predictor',
        seed,
        trainNonces: parts.trainNonces,
        packedJobHeaders: packHeaders(jobHeaders),
        budgetPerJob: BUDGET,
        zeroBits: ZERO_BITS,
      })
      .then((r) => {
        if (r.status === 'done' && r.result.type === 'predictor') {
          setOutcome({ status: 'done', result: r.result.result });
        } else if (r.status === 'failed') setOutcome({ status: 'failed', message: r.message });
        else setOutcome({ status: 'cancelled' });
      });
  };

  const jobs = Math.min(JOBS, parts.heldOutIndices.length);
  const statusText = experiment.running
    ? fill(t.predictor.running, {
        done: format.integer(experiment.progress?.done ?? 0),
        total: format.integer(experiment.progress?.total ?? jobs),
      })
    : outcome.status === 'failed'
      ? fill(t.predictor.failed, { message: outcome.message })
      : outcome.status === 'cancelled'
        ? t.predictor.cancelled
        : fill(t.predictor.idle, {
            budget: format.integer(BUDGET),
            jobs,
            bits: ZERO_BITS,
            odds: 2 ** ZERO_BITS,
          });
  const result = outcome.status === 'done' ? outcome.result : null;
  const vs = result?.realRanges.vsSequential;

  return (
    <section className="widget" aria-labelledby="real-predictor-heading">
      <h2 id="real-predictor-heading">{t.predictor.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor="real-split">{t.predictor.split}</label>
          <select
            id="real-split"
            value={split}
            disabled={experiment.running}
            onChange={(e) => setSplit(e.target.value)}
            data-testid="real-split"
          >
            {SPLITS.map((s) => (
              <option key={s} value={s}>
                {format.integer(s)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="real-mass">{t.predictor.mass}</label>
          <select
            id="real-mass"
            value={mass}
            disabled={experiment.running}
            onChange={(e) => setMass(e.target.value)}
          >
            {MASSES.map((m) => (
              <option key={m} value={m}>
                {percent(m)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <h3>{t.predictor.coverageHeading}</h3>
      <p>
        {fill(t.predictor.trained, {
          train: format.integer(parts.trainNonces.length),
          ranges: coverage.prediction.topBytes.length,
        })}
      </p>
      <dl className="stats">
        <Stat
          label={t.predictor.areaShare}
          testId="real-area-share"
          value={coverage.prediction.areaShare}
        >
          {percent(coverage.prediction.areaShare)}
        </Stat>
        <Stat
          label={fill(t.predictor.coverage, {
            inside: format.integer(coverage.inside),
            heldOut: format.integer(coverage.heldOut),
          })}
          testId="real-coverage"
          value={coverage.coverage}
        >
          {percent(coverage.coverage)}
        </Stat>
        <Stat label={t.predictor.ci} testId="real-coverage-ci" value={coverage.ci95.join(' ')}>
          {percent(coverage.ci95[0])} – {percent(coverage.ci95[1])}
        </Stat>
        <Stat label={t.predictor.pValue} value={coverage.pValue}>
          {pText(coverage.pValue)}
        </Stat>
      </dl>
      <div className="controls">
        <SeedInput
          label={t.predictor.seed}
          newSeedLabel={t.predictor.newSeed}
          text={seedText}
          onText={setSeedText}
          disabled={experiment.running}
          testId="real-seed"
          describedBy="real-seed-hint"
        />
        <StartStopButtons
          startLabel={fill(t.predictor.start, { jobs })}
          stopLabel={t.predictor.stop}
          active={experiment.running}
          startDisabled={seed === null || jobs === 0}
          onStart={start}
          onStop={experiment.cancel}
          startTestId="real-predictor-start"
          stopTestId="real-predictor-stop"
        />
      </div>
      <p id="real-seed-hint" className="hint" role={seed === null ? 'alert' : undefined}>
        {seed === null ? t.predictor.seedError : t.predictor.seedHint}
      </p>
      <RunStatus text={statusText} testId="real-predictor-status" progress={experiment.progress} />
      {result && vs && (
        <div className="reveal" data-testid="real-predictor-result">
          <h3>{t.predictor.harnessHeading}</h3>
          <dl className="stats">
            <Stat label={t.predictor.seqHits}>
              {format.integer(result.sequential.hits)} / {format.integer(result.sequential.hashes)}
            </Stat>
            <Stat label={t.predictor.armHits}>
              {format.integer(result.realRanges.hits)} / {format.integer(result.realRanges.hashes)}
            </Stat>
            <Stat label={t.predictor.ratio} testId="real-ratio" value={vs.ratio}>
              {format.decimal(vs.ratio, 3)}
            </Stat>
            <Stat label={t.predictor.ratioCi} testId="real-ratio-ci" value={vs.ci.join(' ')}>
              {format.decimal(vs.ci[0], 3)} – {format.decimal(vs.ci[1], 3)}
            </Stat>
          </dl>
          <p>{vs.ci[0] <= 1 && vs.ci[1] >= 1 ? t.predictor.verdictOne : t.predictor.verdictNot}</p>
          <ExportResults
            fileBase="real-nonces-predictor"
            rows={[result.sequential, result.realRanges].map((arm) => ({
              arm: arm.id,
              hashes: arm.hashes,
              hits: arm.hits,
              ratio: arm.vsSequential.ratio,
              ciLow: arm.vsSequential.ci[0],
              ciHigh: arm.vsSequential.ci[1],
            }))}
            json={{
              split,
              mass,
              coverage,
              harness: {
                ...result,
                sequential: { ...result.sequential, hitsPerJob: undefined },
                realRanges: { ...result.realRanges, hitsPerJob: undefined },
              },
            }}
          />
        </div>
      )}
    </section>
  );
}
