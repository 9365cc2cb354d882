/**
 * `nonce-sense header`: decode an 80-byte block header and check its proof of work.
 */
import {
  headerHashInternal,
  merkleRootDisplayHex,
  parseHeaderHex,
  prevHashDisplayHex,
} from '../core/hash/block-header';
import { difficultyFromTarget } from '../core/hash/difficulty';
import { internalHashToBigint, internalToDisplayHex } from '../core/hash/hash-order';
import { hashLeadingZeroBits } from '../core/hash/leading-zero-bits';
import {
  bitsToHex,
  bitsToTarget,
  isValidMainnetTarget,
  TargetError,
  targetToHex,
} from '../core/hash/target';
import { expectPositionals, parseCommandArgs } from './args';
import { formatHex32, unixToIso, writeFields, writeJson, type CliIo } from './output';

/** The text of `nonce-sense header --help`. */
export const HEADER_HELP = `Usage: nonce-sense header <160 hex digits> [--json]

Decodes an 80-byte Bitcoin block header given as hex (the raw bytes in order, as
'bitcoin-cli getblockheader <hash> false' prints them), hashes it and checks its
proof of work: valid means hash <= target; valid on mainnet also needs the target
to be at most Bitcoin's limit (difficulty >= 1).

Options:
  --json        print a JSON object
  -h, --help    show this help
`;

/** Runs the header command. */
export function runHeader(argv: string[], io: CliIo): void {
  const { values, positionals } = parseCommandArgs('header', argv, { json: { type: 'boolean' } });
  if (values.help) {
    io.stdout.write(HEADER_HELP);
    return;
  }
  expectPositionals('header', positionals, 1, '<160 hex digits>');
  const header = parseHeaderHex(positionals[0]!);
  let target: bigint;
  try {
    target = bitsToTarget(header.bits);
  } catch (error) {
    if (error instanceof TargetError)
      throw new TargetError(error.reason, `header ${error.message}`);
    throw error;
  }
  const hashInternal = headerHashInternal(header);
  const hash = internalToDisplayHex(hashInternal);
  const valid = internalHashToBigint(hashInternal) <= target;
  const validOnMainnet = valid && isValidMainnetTarget(target);
  const difficulty = difficultyFromTarget(target);
  const bitsHex = bitsToHex(header.bits);
  if (values.json) {
    writeJson(io.stdout, {
      version: header.version,
      prevHash: prevHashDisplayHex(header),
      merkleRoot: merkleRootDisplayHex(header),
      time: header.time,
      timeIso: unixToIso(header.time),
      bits: bitsHex.slice(2),
      nonce: header.nonce,
      hash,
      hashLeadingZeroBits: hashLeadingZeroBits(hash),
      target: targetToHex(target),
      difficulty,
      valid,
      validOnMainnet,
    });
    return;
  }
  writeFields(io.stdout, [
    ['version', `${header.version} (${formatHex32(header.version)})`],
    ['prev hash', prevHashDisplayHex(header)],
    ['merkle root', merkleRootDisplayHex(header)],
    ['time', `${header.time} (${unixToIso(header.time)})`],
    ['bits', bitsHex],
    ['nonce', `${header.nonce} (${formatHex32(header.nonce)})`],
    ['hash', `${hash}  (${hashLeadingZeroBits(hash)} leading zero bits)`],
    ['target', targetToHex(target)],
    ['difficulty', String(difficulty)],
    ['valid', `${valid} (hash ${valid ? '<=' : '>'} target)`],
    [
      'valid on mainnet',
      `${validOnMainnet}${valid && !validOnMainnet ? ' (target above the mainnet limit)' : ''}`,
    ],
  ]);
}
