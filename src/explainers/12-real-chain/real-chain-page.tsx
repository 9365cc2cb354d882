/**
 * Chapter 12, "Real nonces": hook -> pick an era or a height range (the scatter on a canvas,
 * the per-era summary table, the 32-bin histogram and the four byte histograms follow) -> why
 * the skew (search order) -> the hash / target check in a worker -> the predictor test: coverage
 * of later real winners, then the harness reveal -> go deeper.
 */
import { useEffect, useMemo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import type { HeaderFile } from '../../core/data/header-file';
import { realWinningNonces } from '../../core/data/real-nonces';
import { ERAS, ERA_IDS, selectHeights, splitByEra, type EraId } from '../../core/real-nonces/eras';
import { useLang, useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { useRealHeaders } from '../../ui/use-real-headers';
import { useUrlParam } from '../../ui/url-state';
import { EraCharts } from './era-charts';
import { HashCheck } from './hash-check';
import { NonceScatter } from './nonce-scatter';
import { PredictorWidget } from './predictor-widget';
import type { RealChainProse } from './prose';
import { realChainProseEn } from './prose.en';
import { realChainProseEs } from './prose.es';
import { fill, REAL_CHAIN_STRINGS } from './strings';
import '../../charts/chapter.css';
import './real-chain.css';

const MAX_HEIGHT = 900_000;

/** A height typed by the reader, or null. */
export function parseHeight(text: string): number | null {
  if (!/^\d{1,7}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= MAX_HEIGHT ? value : null;
}

function RealChainBody({ file, prose }: { file: HeaderFile; prose: RealChainProse }) {
  const t = useStrings(REAL_CHAIN_STRINGS);
  const format = useNumberFormat();
  const nonces = useMemo(() => realWinningNonces(file), [file]);
  const eras = useMemo(() => splitByEra(file.heights, nonces), [file, nonces]);
  const [fromText, setFromText] = useUrlParam('from', '0');
  const [toText, setToText] = useUrlParam('to', String(MAX_HEIGHT));
  const from = parseHeight(fromText);
  const to = parseHeight(toText);
  const valid = from !== null && to !== null && from <= to;
  const range = valid ? { from, to } : { from: 0, to: MAX_HEIGHT };
  const group = useMemo(
    () => selectHeights(file.heights, nonces, range.from, range.to),
    [file, nonces, range.from, range.to],
  );
  const chosenEra: EraId | 'all' | null =
    range.from === 0 && range.to === MAX_HEIGHT
      ? 'all'
      : (ERAS.find(
          (e) => e.fromHeight === range.from && Math.min(e.toHeight, MAX_HEIGHT) === range.to,
        )?.id ?? null);
  const choose = (id: EraId | 'all') => {
    const era = ERAS.find((e) => e.id === id);
    setFromText(String(era ? era.fromHeight : 0));
    setToText(String(era ? Math.min(era.toHeight, MAX_HEIGHT) : MAX_HEIGHT));
  };
  const extent = (a: number, b: number) =>
    Number.isNaN(a) ? '–' : `${format.integer(a)} – ${format.integer(b)}`;

  return (
    <>
      <section className="widget" aria-labelledby="real-eras-heading">
        <fieldset className="era-picker">
          <legend id="real-eras-heading">{t.eras.legend}</legend>
          {(['all', ...ERA_IDS] as const).map((id) => (
            <label key={id} className="era-option">
              <input
                type="radio"
                name="real-era"
                value={id}
                checked={chosenEra === id}
                onChange={() => choose(id)}
                data-testid={`real-era-${id}`}
              />
              {t.eras[id]}
            </label>
          ))}
        </fieldset>
        <div className="controls">
          <HeightField
            id="real-from"
            label={t.range.from}
            value={fromText}
            valid={valid}
            onChange={setFromText}
          />
          <HeightField
            id="real-to"
            label={t.range.to}
            value={toText}
            valid={valid}
            onChange={setToText}
          />
        </div>
        <p id="real-range-hint" className="hint" role={valid ? undefined : 'alert'}>
          {valid ? t.range.hint : t.range.error}
        </p>
        <p className="status-line" data-testid="real-range-count" data-value={group.count}>
          {fill(t.range.blocks, { count: format.integer(group.count) })}
        </p>
        <ChartFrame
          title={t.scatter.title}
          testId="real-scatter"
          takeaway={t.scatter.takeaway}
          table={{
            columns: t.scatter.columns,
            rows: ERAS.map((era) => {
              const g = eras[era.id];
              return [
                t.eras[era.id],
                format.integer(g.count),
                extent(g.minHeight, g.maxHeight),
                Number.isNaN(g.minNonce) ? '–' : format.integer(g.minNonce),
                Number.isNaN(g.maxNonce) ? '–' : format.integer(g.maxNonce),
              ];
            }),
          }}
        >
          <NonceScatter
            heights={file.heights}
            nonces={nonces}
            fromHeight={range.from}
            toHeight={Math.min(range.to, Math.max(range.from + 1, group.maxHeight || range.to))}
            xLabel={t.scatter.x}
            yLabel={t.scatter.y}
            ariaLabel={fill(t.scatter.aria, { count: format.integer(group.count) })}
          />
        </ChartFrame>
        <EraCharts nonces={group.nonces} />
      </section>
      {prose.why}
      {prose.hashCheck}
      <HashCheck file={file} />
      {prose.predictorIntro}
      <PredictorWidget file={file} nonces={nonces} />
      {prose.reveal}
    </>
  );
}

export function RealChainPage() {
  const t = useStrings(REAL_CHAIN_STRINGS);
  const { lang } = useLang();
  const prose = lang === 'es' ? realChainProseEs : realChainProseEn;
  const headers = useRealHeaders();

  useEffect(() => {
    document.title = `${t.title} · Nonce Sense`;
  }, [t.title]);

  const body =
    headers.status === 'ready' ? (
      <RealChainBody file={headers.file} prose={prose} />
    ) : (
      <p role="status" className="status-line" data-testid="real-load-status">
        {headers.status === 'loading' ? t.loading : fill(t.loadError, { message: headers.message })}
      </p>
    );

  return (
    <article className="page chapter real-chain">
      <h1>{t.title}</h1>
      {prose.hook}
      {prose.tryIt}
      {body}
      <details className="deeper">
        <summary>{prose.deeperSummary}</summary>
        {prose.deeper}
      </details>
    </article>
  );
}

/** One end of the height range: a numeric text field described by the range hint. */
function HeightField(props: {
  id: 'real-from' | 'real-to';
  label: string;
  value: string;
  valid: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <span className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        size={8}
        className="num"
        value={props.value}
        aria-invalid={!props.valid}
        aria-describedby="real-range-hint"
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.id}
      />
    </span>
  );
}
