/**
 * Turns benchmark results into the report: one table (rows = environment x threads; columns =
 * kernel, @noble/hashes and platform MH/s, and the kernel's ratios, paired by round), the target
 * checks, and the JSON object for `--json`. The targets (issue "benchmark"): the kernel at least 8x
 * @noble/hashes naive in Node and in a Chromium worker, and at least 1.0 MH/s per core in
 * Chromium workers on all cores. They are measurements, not tests: a miss is printed, not fatal.
 */
import type { ImplName } from './implementations';
import type { PoolResult, ScheduleOptions } from './interleave';

/** Where and when the benchmark ran. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  platform: string;
  nodeVersion: string;
  chromiumVersion?: string;
  chromiumUserAgent?: string;
  /** `navigator.hardwareConcurrency`: the worker count of the Chromium "all" rows. */
  chromiumHardwareConcurrency?: number;
}

/** One environment's results: 1 thread and all cores. */
export interface EnvironmentResult {
  /** How the platform SHA-256 was called in this environment. */
  platformLabel: string;
  single: PoolResult;
  all: PoolResult;
}

/** One target and whether this run met it. */
export interface TargetCheck {
  name: string;
  value: number;
  threshold: number;
  unit: 'x' | 'MH/s per core';
  pass: boolean;
}

/** Everything `--json` prints. */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  schedule: ScheduleOptions;
  node?: EnvironmentResult;
  chromium?: EnvironmentResult;
  checks: TargetCheck[];
}

export const KERNEL_OVER_NOBLE_TARGET = 8;
export const CHROMIUM_MHS_PER_CORE_TARGET = 1.0;

function rate(pool: PoolResult, impl: ImplName): number {
  return pool.impls[impl]?.hashesPerSec ?? Number.NaN;
}

function check(name: string, value: number, threshold: number, unit: TargetCheck['unit']) {
  return { name, value, threshold, unit, pass: value >= threshold };
}

/** The target checks that the environments present allow. */
export function targetChecks(node?: EnvironmentResult, chromium?: EnvironmentResult) {
  const checks: TargetCheck[] = [];
  const ratio = (pool: PoolResult) => pool.kernelOver.noble ?? Number.NaN;
  if (node) {
    checks.push(
      check(
        'kernel >= 8x noble (Node 1 thread)',
        ratio(node.single),
        KERNEL_OVER_NOBLE_TARGET,
        'x',
      ),
    );
  }
  if (chromium) {
    const perCore = (chromium.all.impls.kernel?.hashesPerSecPerThread ?? Number.NaN) / 1e6;
    checks.push(
      check(
        'kernel >= 8x noble (Chromium worker)',
        ratio(chromium.single),
        KERNEL_OVER_NOBLE_TARGET,
        'x',
      ),
      check(
        'kernel >= 1.0 MH/s per core (Chromium worker, all cores)',
        perCore,
        CHROMIUM_MHS_PER_CORE_TARGET,
        'MH/s per core',
      ),
    );
  }
  return checks;
}

const mhs = (value: number) => (Number.isFinite(value) ? (value / 1e6).toFixed(3) : '-');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}x` : '-');

function tableRows(label: string, env: EnvironmentResult): string[][] {
  const rows: string[][] = [];
  for (const [which, pool] of [
    ['1', env.single],
    [`all=${env.all.threads}`, env.all],
  ] as const) {
    const kernel = rate(pool, 'kernel');
    rows.push([
      `${label} ${which}`,
      mhs(kernel),
      mhs(kernel / pool.threads),
      mhs(rate(pool, 'noble')),
      mhs(rate(pool, 'platform')),
      times(pool.kernelOver.noble ?? Number.NaN),
      times(pool.kernelOver.platform ?? Number.NaN),
    ]);
    const pipelined = rate(pool, 'platform-pipelined');
    if (Number.isFinite(pipelined)) {
      rows.push([
        '  subtle, 64 in flight',
        '',
        '',
        '',
        mhs(pipelined),
        '',
        times(pool.kernelOver['platform-pipelined'] ?? Number.NaN),
      ]);
    }
  }
  return rows;
}

/** The table as aligned text. */
export function formatTable(report: BenchReport): string {
  const header = [
    'environment, threads',
    'kernel MH/s',
    'kernel/core',
    'noble MH/s',
    'platform MH/s',
    'kernel/noble',
    'kernel/platform',
  ];
  const rows = [
    ...(report.node ? tableRows('Node', report.node) : []),
    ...(report.chromium ? tableRows('Chromium worker', report.chromium) : []),
  ];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The whole human-readable report: machine, table, notes, checks. */
export function formatReport(report: BenchReport): string {
  const { machine, schedule } = report;
  const platforms = [
    report.node && `Node: ${report.node.platformLabel}`,
    report.chromium && `Chromium: ${report.chromium.platformLabel}`,
  ].filter(Boolean);
  const lines = [
    `Nonce Sense benchmark, ${report.date}`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.platform}, ` +
      `Node ${machine.nodeVersion}` +
      (machine.chromiumVersion ? `, Chromium ${machine.chromiumVersion}` : ''),
    `schedule: ${schedule.rounds} interleaved rounds x ${schedule.durationMs / 1000} s per ` +
      `measurement (warm-up ${schedule.warmupMs / 1000} s); MH/s = median over rounds of the ` +
      'total of all threads',
    'ratios: kernel / implementation within each round (measured back to back), median over ' +
      'rounds',
    `platform: ${platforms.join('; ')}`,
    '',
    formatTable(report),
    '',
    'targets (a measurement, not a test: a FAIL does not change the exit code):',
    ...report.checks.map(
      (c) =>
        `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ` +
        `${c.unit === 'x' ? times(c.value) : `${c.value.toFixed(3)} ${c.unit}`}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
