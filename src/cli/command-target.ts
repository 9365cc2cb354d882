/**
 * `nonce-sense target`: what compact bits mean: target, difficulty, odds, work.
 */
import {
  bitsOfWork,
  difficultyFromTarget,
  expectedHashes,
  hashProbability,
} from '../core/hash/difficulty';
import {
  bitsToHex,
  bitsToTarget,
  isValidMainnetTarget,
  parseBitsHex,
  targetToBits,
  targetToHex,
} from '../core/hash/target';
import { expectPositionals, parseCommandArgs } from './args';
import { writeFields, writeJson, type CliIo } from './output';

/** The text of `nonce-sense target --help`. */
export const TARGET_HELP = `Usage: nonce-sense target <bits> [--json]

Decodes compact target bits (hex, with or without 0x, e.g. 1d00ffff) as Bitcoin Core
does and prints the target, the difficulty (relative to 1d00ffff), the probability p
that one hash meets it, the bits of work log2(1/p) and the expected hashes 1/p.
Negative, overflowing or zero targets are rejected, as Bitcoin rejects them.

Options:
  --json        print a JSON object
  -h, --help    show this help
`;

/** Runs the target command. */
export function runTarget(argv: string[], io: CliIo): void {
  const { values, positionals } = parseCommandArgs('target', argv, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout.write(TARGET_HELP);
    return;
  }
  expectPositionals('target', positionals, 1, '<bits>');
  const bits = parseBitsHex(positionals[0]!);
  const target = bitsToTarget(bits);
  const canonicalBits = targetToBits(target);
  const report = {
    bits: bitsToHex(bits).slice(2),
    canonicalBits: bitsToHex(canonicalBits).slice(2),
    target: targetToHex(target),
    difficulty: difficultyFromTarget(target),
    probability: hashProbability(target),
    bitsOfWork: bitsOfWork(target),
    expectedHashes: expectedHashes(target),
    validOnMainnet: isValidMainnetTarget(target),
  };
  if (values.json) {
    writeJson(io.stdout, report);
    return;
  }
  const rows: [string, string][] = [['bits', bitsToHex(bits)]];
  if (canonicalBits !== bits) {
    rows.push([
      'canonical bits',
      `${bitsToHex(canonicalBits)} (same target, as Bitcoin encodes it)`,
    ]);
  }
  rows.push(
    ['target', report.target],
    ['difficulty', String(report.difficulty)],
    ['p per hash', String(report.probability)],
    ['bits of work', String(report.bitsOfWork)],
    ['expected hashes', String(report.expectedHashes)],
    ['valid on mainnet', String(report.validOnMainnet)],
  );
  writeFields(io.stdout, rows);
}
