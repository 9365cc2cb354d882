/**
 * The scale ladder: the expected time of one job (a share at the reader's difficulty, a 2009
 * block, a block at the newest bundled difficulty) for this device (measured), a GPU and an ASIC
 * (published figures, cited) and the whole network (from the newest bundled bits), on a log axis.
 */
import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { LogLadder, type LadderRow } from '../../charts/log-ladder';
import { useMagnitudeFormat } from '../../charts/magnitude-text';
import { expectedHashes } from '../../core/hash/difficulty';
import { expectedSeconds, networkHashesPerSecFromBits } from '../../core/hash/network-rate';
import { bitsToHex, bitsToTarget, DIFFICULTY_1_BITS } from '../../core/hash/target';
import { SECONDS_PER } from '../../core/format/magnitude';
import { fill } from '../../ui/i18n/lang';
import { useNumberFormat, useStrings } from '../../ui/i18n/lang-context';
import { PUBLISHED_RATES, UNIVERSE_AGE_SECONDS } from './device-rates';
import { MINE_STRINGS } from './strings';

type JobKey = 'share' | 'block2009' | 'newest';

export interface ScaleLadderProps {
  /** This device's measured rate, 0 when not measured yet. */
  measuredHashesPerSec: number;
  /** The reader's difficulty and its expected hashes. */
  zeroBits: number;
  shareExpectedHashes: number;
  /** The newest header in the bundled data. */
  newest: { height: number; bits: number };
}

export function ScaleLadder(props: ScaleLadderProps) {
  const t = useStrings(MINE_STRINGS);
  const format = useNumberFormat();
  const magnitude = useMagnitudeFormat();
  const [jobKey, setJobKey] = useState<JobKey>('newest');
  const jobId = useId();

  const networkRate = networkHashesPerSecFromBits(props.newest.bits);
  const jobHashes: Record<JobKey, number> = {
    share: props.shareExpectedHashes,
    block2009: expectedHashes(bitsToTarget(DIFFICULTY_1_BITS)),
    newest: expectedHashes(bitsToTarget(props.newest.bits)),
  };
  const jobLabel: Record<JobKey, string> = {
    share: fill(t.ladder.jobs.share, { bits: props.zeroBits }),
    block2009: t.ladder.jobs.block2009,
    newest: fill(t.ladder.jobs.newest, { height: format.integer(props.newest.height) }),
  };
  const hashes = jobHashes[jobKey];

  const devices = useMemo(() => {
    const list: { key: string; rate: number; source: string; url?: string }[] = [];
    if (props.measuredHashesPerSec > 0) {
      list.push({ key: 'cpu', rate: props.measuredHashesPerSec, source: t.ladder.cpuSource });
    }
    for (const published of PUBLISHED_RATES) {
      list.push({
        key: published.key,
        rate: published.hashesPerSec,
        source: `${published.device}: ${published.citation}`,
        url: published.url,
      });
    }
    list.push({
      key: 'network',
      rate: networkRate,
      source: fill(t.ladder.networkSource, { bits: bitsToHex(props.newest.bits) }),
    });
    return list;
  }, [props.measuredHashesPerSec, props.newest.bits, networkRate, t]);

  const rows: LadderRow[] = devices.map((device) => {
    const seconds = expectedSeconds(hashes, device.rate);
    return {
      key: device.key,
      label: t.ladder.rows[device.key as keyof typeof t.ladder.rows],
      detail: fill(t.ladder.rate, { rate: magnitude.huge(device.rate) }),
      value: seconds,
      valueText: magnitude.duration(seconds),
      emphasis: device.key === 'cpu',
    };
  });
  const lo = Math.min(...rows.map((r) => r.value));
  const hi = Math.max(...rows.map((r) => r.value));
  const marks = [
    { value: 1, label: t.ladder.marks.second },
    { value: SECONDS_PER.d, label: t.ladder.marks.day },
    { value: SECONDS_PER.y, label: t.ladder.marks.year },
    { value: UNIVERSE_AGE_SECONDS, label: t.ladder.marks.universe },
  ].filter((mark) => mark.value > lo * 3 && mark.value < hi * 3);

  const cpuRow = rows.find((r) => r.key === 'cpu');
  const networkRow = rows.find((r) => r.key === 'network')!;
  const asicRow = rows.find((r) => r.key === 'asic')!;
  const takeaway = cpuRow
    ? fill(t.ladder.takeaway, { cpu: cpuRow.valueText, network: networkRow.valueText })
    : fill(t.ladder.takeawayNoCpu, { network: networkRow.valueText, asic: asicRow.valueText });

  return (
    <section className="widget" aria-labelledby={`${jobId}-h`} data-testid="scale-ladder">
      <h2 id={`${jobId}-h`}>{t.ladder.heading}</h2>
      <div className="controls">
        <span className="field">
          <label htmlFor={jobId}>{t.ladder.job}</label>
          <select
            id={jobId}
            value={jobKey}
            onChange={(event) => setJobKey(event.target.value as JobKey)}
            data-testid="ladder-job"
          >
            {(Object.keys(jobLabel) as JobKey[]).map((key) => (
              <option key={key} value={key}>
                {jobLabel[key]}
              </option>
            ))}
          </select>
        </span>
      </div>
      {props.measuredHashesPerSec <= 0 && <p className="hint">{t.ladder.needRate}</p>}
      <p
        className="hint"
        data-testid="network-rate"
        data-value={networkRate}
        data-bits={props.newest.bits}
      >
        {fill(t.ladder.networkRate, {
          bits: bitsToHex(props.newest.bits),
          height: format.integer(props.newest.height),
          rate: magnitude.huge(networkRate),
        })}
      </p>
      <ChartFrame
        title={fill(t.ladder.chartTitle, { job: jobLabel[jobKey] })}
        takeaway={takeaway}
        testId="ladder-chart"
        table={{
          columns: [t.ladder.table.device, t.ladder.table.rate, t.ladder.table.time],
          rows: rows.map((row, i) => [
            t.ladder.rows[row.key as keyof typeof t.ladder.rows],
            magnitude.exact(devices[i]!.rate),
            row.valueText,
          ]),
        }}
      >
        <LogLadder
          rows={rows}
          marks={marks}
          xLabel={t.ladder.xLabel}
          formatTick={(value) => magnitude.duration(value)}
          ariaLabel={takeaway}
        />
      </ChartFrame>
      <h3>{t.ladder.sourcesHeading}</h3>
      <ul className="sources" data-testid="ladder-sources">
        {devices.map((device) => (
          <li key={device.key}>
            <strong>{t.ladder.rows[device.key as keyof typeof t.ladder.rows]}:</strong>{' '}
            {device.url ? <a href={device.url}>{device.source}</a> : device.source}
            {device.key === 'gpu' && <> {t.ladder.gpuNote}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
