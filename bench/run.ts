/**
 * `npm run bench`: in one run, double hashes per second of the kernel, naive @noble/hashes and
 * the platform's own SHA-256, in Node (1 thread and all cores) and in headless Chromium workers
 * (1 and all), as one table with the kernel's ratios, then the WebGPU path (with Chromium's GPU
 * allowed, and on the SwiftShader software adapter), then the target checks. `--json` prints
 * one JSON object instead (all numbers, the machine, the date, the checks). Progress goes to
 * stderr. The exit code is 0 even when a target is missed: this is a measurement, not a test.
 */
import { parseArgs } from 'node:util';
import { runBrowserBench, runGpuBrowserBench, type BrowserBenchResult } from './browser-bench';
import type { ScheduleOptions } from './interleave';
import {
  DEFAULT_SCHEDULE,
  nodeMachineInfo,
  runNodeBench,
  type NodeBenchResult,
} from './node-bench';
import { formatReport, targetChecks, type BenchReport, type EnvironmentResult } from './report';

const HELP = `Usage: npm run bench -- [options]

Options:
  --json            print one JSON object instead of the table
  --seconds <s>     timed window per measurement (default ${DEFAULT_SCHEDULE.durationMs / 1000})
  --rounds <n>      interleaved rounds; the median is reported (default ${DEFAULT_SCHEDULE.rounds})
  --node-only       skip Chromium
  --browser-only    skip Node
  --no-gpu          skip the WebGPU runs (GPU allowed, then SwiftShader)
  -h, --help        show this help

Progress goes to stderr; for clean JSON on stdout: npm run -s bench -- --json > bench.json
`;

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be > 0, got ${text}`);
  return value;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      'node-only': { type: 'boolean' },
      'browser-only': { type: 'boolean' },
      'no-gpu': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values['node-only'] && values['browser-only']) {
    throw new Error('--node-only and --browser-only exclude each other');
  }
  const schedule: ScheduleOptions = {
    ...DEFAULT_SCHEDULE,
    durationMs:
      1000 * positiveNumber('seconds', values.seconds, DEFAULT_SCHEDULE.durationMs / 1000),
    rounds: Math.max(
      1,
      Math.round(positiveNumber('rounds', values.rounds, DEFAULT_SCHEDULE.rounds)),
    ),
  };
  return {
    help: values.help === true,
    json: values.json === true,
    node: values['browser-only'] !== true,
    browser: values['node-only'] !== true,
    gpu: values['node-only'] !== true && values['no-gpu'] !== true,
    schedule,
  };
}

/** Drops the fields that the report keeps once, at the top. */
function environmentOf(result: NodeBenchResult | BrowserBenchResult): EnvironmentResult {
  return { platformLabel: result.platformLabel, single: result.single, all: result.all };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : error}\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return;
  }
  const progress = (line: string) => process.stderr.write(`  ${line}\n`);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const node = options.node
    ? await runNodeBench({
        json: options.json,
        print: false,
        schedule: options.schedule,
        onProgress: progress,
      })
    : undefined;
  const chromium = options.browser ? await runBrowserBench(options.schedule, progress) : undefined;
  // The app's own GPU measurement lasts 2 s; --seconds lengthens it here too.
  const gpu = options.gpu
    ? await runGpuBrowserBench(Math.max(2000, options.schedule.durationMs), progress)
    : undefined;
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const nodeEnv = node && environmentOf(node);
  const chromiumEnv = chromium && environmentOf(chromium);
  const report: BenchReport = {
    date: startedAt,
    machine: {
      ...nodeMachineInfo(),
      ...(chromium && {
        chromiumVersion: chromium.chromiumVersion,
        chromiumUserAgent: chromium.userAgent,
        chromiumHardwareConcurrency: chromium.hardwareConcurrency,
      }),
    },
    schedule: options.schedule,
    ...(nodeEnv && { node: nodeEnv }),
    ...(chromiumEnv && { chromium: chromiumEnv }),
    ...(gpu && { gpu }),
    checks: targetChecks(nodeEnv, chromiumEnv),
  };
  process.stdout.write(
    options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
  );
}

await main();
