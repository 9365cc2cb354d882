/**
 * `nonce-sense experiment geometric`: case study 2, "The geometric miner", from the command
 * line: the pre-filter on every bundled real block, coverage of the per-byte restrictor and of
 * each constraint level on the real winning nonces, the confounded and the matched detector
 * test, the inverse solver (distance reached, and its nonces against the sequential scan in
 * the harness), block composition and the energy claim. The same seed gives the page's numbers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeaderFile } from '../core/data/header-file';
import {
  runGeometricExperiment,
  type GeometricExperimentReport,
} from '../core/experiments/geometric/geometric-experiment';
import type { Seed } from '../core/random';
import { expectPositionals, parseCommandArgs } from './args';
import { formatCount, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

export const GEOMETRIC_HELP = `Usage: nonce-sense experiment geometric [--seed S] [--json]

Re-implements the "geometric miner" design and tests it on the bundled real Bitcoin
headers: its pre-filter on every real winning header, the coverage of its nonce
restrictor and constraint levels on the real winning nonces, its 91%/100% detector
test with unmatched and with matched sets, its inverse solver (the distance it
reaches, and its nonces against the sequential scan with real SHA-256d, ratio and
95% interval), block composition (attempts to a block, fees) and its energy claim.

Options:
  --seed S   seed (a whole number or any text; default 1)
  --json     print one JSON object (intervals as ci95: [low, high])
  -h, --help show this help
`;

const DATA_FILE = fileURLToPath(new URL('../../public/data/btc-headers.bin', import.meta.url));

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const ci = ([low, high]: readonly [number, number]) => `[${low.toFixed(3)}, ${high.toFixed(3)}]`;

function writeTable(io: CliIo, r: GeometricExperimentReport): void {
  const out = io.stdout;
  const line = (text: string) => out.write(`${text}\n`);
  line(`The geometric miner, ${formatCount(r.blocks)} real blocks, seed ${String(r.seed)}`);
  line(
    `pre-filter: rejects ${pct(r.prefilter.realWinnerRejectionRate)} of the real winning headers ` +
      `(${r.prefilter.passed} pass); D1 ranges ${r.prefilter.readings[0]!.d1Min.toFixed(3)}-` +
      `${r.prefilter.readings[0]!.d1Max.toFixed(3)} against [0.10, 0.30]`,
  );
  for (const v of r.prefilter.readings) {
    line(`  reading ${v.reading.nibbleOrder}, D6 ${v.reading.d6}: ${v.passed} of ${v.blocks} pass`);
  }
  for (const x of r.coverage.restrictor) {
    line(
      `restrictor ${x.id} (P${x.percentiles[0]}-P${x.percentiles[1]}, claimed ${x.claimedReduction}x): ` +
        `reduction ${x.reduction.toFixed(2)}x, covers ${x.inSampleCovered}/${x.inSampleTotal} of its own ` +
        `training nonces and ${pct(x.heldOutCoverage)} of ${formatCount(x.heldOutTotal)} others`,
    );
  }
  for (const c of r.coverage.constraints) {
    line(
      `constraints ${c.id} (claimed ${c.claimedReduction}x, keeps ${pct(c.keptFraction)} of nonces): ` +
        `covers ${pct(c.coverage)} of real winners, misses ${pct(1 - c.coverage)}`,
    );
  }
  const u = r.confound.unmatched;
  const m = r.confound.matched;
  line(
    `confounded test: recall ${pct(u.recall)}, rejection ${pct(u.rejection)}, AUC ${u.auc.toFixed(3)} ${ci(u.aucCi95)}`,
  );
  line(
    `matched test:    recall ${pct(m.recall)}, rejection ${pct(m.rejection)}, AUC ${m.auc.toFixed(3)} ${ci(m.aucCi95)}`,
  );
  const s = r.solver;
  line(
    `inverse solver: best distance ${s.bestDistance.toFixed(3)} (goal < 0.01; D1, D5, D7 alone ${s.floor.toFixed(3)})`,
  );
  for (const a of s.harness.arms) {
    line(
      `  ${a.id.padEnd(22)} ${String(a.hits).padStart(5)} hits, ratio to sequential ${a.ratio.toFixed(3)} ${ci(a.ci95)}`,
    );
  }
  for (const a of r.composition.arms) {
    line(
      `composition ${a.id}: mean attempts ${a.meanAttempts.toFixed(0)} ${ci(a.ci95)} ` +
        `(expected ${r.composition.expectedAttempts}, geometric fit p = ${a.geometricFitP.toFixed(3)}), mean fees ${formatCount(Math.round(a.meanFees))} sat`,
    );
  }
  line(
    `energy claim: ${pct(r.energy.blocksRatio)} of the blocks for ${pct(r.energy.powerRatio)} of the power = ` +
      `${r.energy.blocksPerJouleRatio.toFixed(2)}x the blocks per joule`,
  );
}

/** Parses the seed as the other experiments do: digits up to 2^32 - 1 are a number. */
export function parseSeed(command: string, text: string | undefined): Seed {
  const seedText = text ?? '1';
  if (seedText.length === 0 || seedText.length > 200) {
    throw new UsageError(`${command}: --seed must be 1 to 200 characters`);
  }
  return /^\d+$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : seedText;
}

export async function runExperimentGeometric(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('experiment geometric', argv, {
    seed: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(GEOMETRIC_HELP);
    return;
  }
  expectPositionals('experiment geometric', positionals, 0, 'nothing');
  const seed = parseSeed('experiment geometric', values.seed);
  const file = parseHeaderFile(new Uint8Array(readFileSync(DATA_FILE)));
  const report = await runGeometricExperiment(file, { seed });
  if (values.json) {
    writeJson(io.stdout, report);
  } else writeTable(io, report);
}
