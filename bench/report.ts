/**
 * Turns benchmark results into the report: one table (rows = environment x threads; columns =
 * the WASM SIMD kernel, the JS kernel, @noble/hashes and platform MH/s, and the kernels'
 * ratios, paired by round), the target checks, and the JSON object for `--json`. The targets:
 * the fastest kernel at least 8x @noble/hashes naive in Node and in a Chromium worker and at
 * least 1.0 MH/s per core in Chromium workers on all cores (issue "benchmark"); the WASM kernel
 * at least 3.0 MH/s per core in Chromium workers on all cores and at least 2.5x the JS kernel in
 * a Chromium worker (issue "WASM SIMD kernel"). They are measurements, not tests: a miss is
 * printed, not fatal.
 */
import type { GpuPageResult } from './browser/bench-page-api';
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
  /** Context printed after the value (e.g. the slower kernel's figure). */
  note?: string;
}

/** Everything `--json` prints. */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  schedule: ScheduleOptions;
  node?: EnvironmentResult;
  chromium?: EnvironmentResult;
  /** The WebGPU path, with Chromium's GPU allowed and on SwiftShader (bench/browser-bench.ts). */
  gpu?: { hardware: GpuPageResult; software: GpuPageResult };
  checks: TargetCheck[];
}

export const KERNEL_OVER_NOBLE_TARGET = 8;
export const CHROMIUM_MHS_PER_CORE_TARGET = 1.0;
export const WASM_CHROMIUM_MHS_PER_CORE_TARGET = 3.0;
export const WASM_OVER_JS_TARGET = 2.5;

const EMPTY_POOL = { impls: {}, ratios: {} } as unknown as PoolResult;

function rate(pool: PoolResult, impl: ImplName): number {
  return pool.impls[impl]?.hashesPerSec ?? Number.NaN;
}

function ratio(pool: PoolResult, numerator: ImplName, denominator: ImplName): number {
  return pool.ratios[numerator]?.[denominator] ?? Number.NaN;
}

function perCore(pool: PoolResult, impl: ImplName): number {
  return (pool.impls[impl]?.hashesPerSecPerThread ?? Number.NaN) / 1e6;
}

/** The faster of the two kernels on this pool (by median MH/s); the JS kernel if unmeasured. */
export function fastestKernel(pool: PoolResult): ImplName {
  return rate(pool, 'wasm') > rate(pool, 'kernel') ? 'wasm' : 'kernel';
}

const KERNEL_LABEL: Partial<Record<ImplName, string>> = { wasm: 'WASM', kernel: 'JS kernel' };

function check(
  name: string,
  value: number,
  threshold: number,
  unit: TargetCheck['unit'],
  note?: string,
): TargetCheck {
  return { name, value, threshold, unit, pass: value >= threshold, ...(note && { note }) };
}

/** "fastest kernel >= 8x noble": the fastest kernel's ratio, the JS kernel's in the note. */
function kernelOverNoble(where: string, pool: PoolResult): TargetCheck {
  const fastest = fastestKernel(pool);
  return check(
    `kernel >= 8x noble (${where})`,
    ratio(pool, fastest, 'noble'),
    KERNEL_OVER_NOBLE_TARGET,
    'x',
    `fastest kernel: ${KERNEL_LABEL[fastest]}; JS kernel ${times(ratio(pool, 'kernel', 'noble'))}`,
  );
}

/** The target checks that the environments present allow. */
export function targetChecks(node?: EnvironmentResult, chromium?: EnvironmentResult) {
  const checks: TargetCheck[] = [];
  if (node) checks.push(kernelOverNoble('Node 1 thread', node.single));
  if (chromium) {
    const fastestAll = fastestKernel(chromium.all);
    checks.push(
      kernelOverNoble('Chromium worker', chromium.single),
      check(
        'kernel >= 1.0 MH/s per core (Chromium worker, all cores)',
        perCore(chromium.all, fastestAll),
        CHROMIUM_MHS_PER_CORE_TARGET,
        'MH/s per core',
        `fastest kernel: ${KERNEL_LABEL[fastestAll]}; JS kernel ` +
          `${perCore(chromium.all, 'kernel').toFixed(3)}`,
      ),
      check(
        'WASM >= 3.0 MH/s per core (Chromium worker, all cores)',
        perCore(chromium.all, 'wasm'),
        WASM_CHROMIUM_MHS_PER_CORE_TARGET,
        'MH/s per core',
      ),
      check(
        'WASM >= 2.5x JS kernel (Chromium worker)',
        ratio(chromium.single, 'wasm', 'kernel'),
        WASM_OVER_JS_TARGET,
        'x',
        `all ${chromium.all.threads} workers: ${times(ratio(chromium.all, 'wasm', 'kernel'))}`,
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
    const wasm = rate(pool, 'wasm');
    rows.push([
      `${label} ${which}`,
      mhs(wasm),
      mhs(wasm / pool.threads),
      mhs(rate(pool, 'kernel')),
      mhs(rate(pool, 'noble')),
      mhs(rate(pool, 'platform')),
      times(ratio(pool, 'wasm', 'kernel')),
      times(ratio(pool, 'wasm', 'noble')),
      times(ratio(pool, 'kernel', 'noble')),
      times(ratio(pool, 'wasm', 'platform')),
    ]);
    const pipelined = rate(pool, 'platform-pipelined');
    if (Number.isFinite(pipelined)) {
      rows.push([
        '  subtle, 64 in flight',
        '',
        '',
        '',
        '',
        mhs(pipelined),
        '',
        '',
        '',
        times(ratio(pool, 'wasm', 'platform-pipelined')),
      ]);
    }
  }
  return rows;
}

/** The table as aligned text. */
export function formatTable(report: BenchReport): string {
  const header = [
    'environment, threads',
    'WASM MH/s',
    'WASM/core',
    'JS MH/s',
    'noble MH/s',
    'platform MH/s',
    'WASM/JS',
    'WASM/noble',
    'JS/noble',
    'WASM/platform',
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
/** One GPU line: the rate and its CPU checks, or why there is none. */
export function gpuLine(result: GpuPageResult, cpuAllCores: number): string {
  if (result.kind === 'no-webgpu') return 'no navigator.gpu in this browser';
  if (result.kind === 'no-adapter') {
    return 'no adapter (the app says so and uses the CPU: the WASM SIMD kernel)';
  }
  if (result.kind === 'failed') return `failed: ${result.message}`;
  const checks =
    `${result.agreed}/${result.checked} results agree with the CPU, ` +
    `real nonce ${result.foundRealNonce ? 'found' : 'NOT found'}`;
  const trusted = result.agreed === result.checked && result.foundRealNonce;
  const versus =
    Number.isFinite(cpuAllCores) && cpuAllCores > 0
      ? `; the CPU (WASM, all workers) does ${(cpuAllCores / result.hashesPerSec).toFixed(1)}x ` +
        `as many, so the app's ladder uses ${cpuAllCores >= result.hashesPerSec || !trusted ? 'the CPU' : 'the GPU'}`
      : '';
  return (
    `${result.adapter || 'WebGPU'}: ${(result.hashesPerSec / 1e6).toFixed(3)} MH/s over ` +
    `${result.hashes} nonces in ${result.seconds.toFixed(1)} s, ${checks}${versus}`
  );
}

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
    'kernels: WASM = WebAssembly SIMD kernel, JS = unrolled JS kernel (both src/core/hash)',
    'ratios: kernel / implementation within each round (measured back to back), median over ' +
      'rounds',
    `platform: ${platforms.join('; ')}`,
    '',
    formatTable(report),
    '',
    ...(report.gpu
      ? [
          "GPU (WebGPU: the app's path on block 0's nonce window, every result checked on the CPU):",
          `  Chromium with its GPU allowed: ${gpuLine(report.gpu.hardware, rate(report.chromium?.all ?? EMPTY_POOL, 'wasm'))}` +
            (report.gpu.hardware.kind === 'measured' &&
            /swiftshader/i.test(report.gpu.hardware.adapter)
              ? ' (Chromium fell back to its software adapter: no hardware GPU here)'
              : ''),
          `  SwiftShader (software adapter: a correctness path, never a fast path): ${gpuLine(report.gpu.software, rate(report.chromium?.all ?? EMPTY_POOL, 'wasm'))}`,
          '',
        ]
      : []),
    'targets (a measurement, not a test: a FAIL does not change the exit code):',
    ...report.checks.map(
      (c) =>
        `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ` +
        `${c.unit === 'x' ? times(c.value) : `${c.value.toFixed(3)} ${c.unit}`}` +
        (c.note ? ` (${c.note})` : ''),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
