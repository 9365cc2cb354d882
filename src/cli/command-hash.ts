/**
 * `nonce-sense hash`: SHA-256 or SHA-256d of text or hex bytes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex, hexToBytes } from '../core/hex';
import { internalToDisplayHex } from '../core/hash/hash-order';
import { parseCommandArgs } from './args';
import { writeFields, writeJson, type CliIo } from './output';
import { UsageError } from './usage-error';

/** The text of `nonce-sense hash --help`. */
export const HASH_HELP = `Usage: nonce-sense hash <text> [--double] [--json]
       nonce-sense hash --hex <hex> [--double] [--json]

Prints the SHA-256 digest of <text> (UTF-8) or of the bytes given as hex.

Options:
  --hex <hex>   hash these bytes (an even number of hex digits) instead of text
  --double      SHA-256d, SHA-256 applied twice, as Bitcoin hashes headers; also prints
                the digest byte-reversed ("display order", as block hashes are shown)
  --json        print a JSON object
  -h, --help    show this help
`;

/** Runs the hash command. */
export function runHash(argv: string[], io: CliIo): void {
  const { values, positionals } = parseCommandArgs('hash', argv, {
    hex: { type: 'string' },
    double: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(HASH_HELP);
    return;
  }
  if (values.hex !== undefined && positionals.length > 0) {
    throw new UsageError(`hash: give either <text> or --hex <hex>, not both`);
  }
  if (values.hex === undefined && positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? `hash: missing <text> or --hex <hex> (see 'nonce-sense hash --help')`
        : `hash: expected one <text> argument, got ${positionals.length} (quote text with spaces)`,
    );
  }
  const input =
    values.hex !== undefined ? hexToBytes(values.hex, '--hex') : utf8ToBytes(positionals[0]!);
  const once = sha256(input);
  if (!values.double) {
    if (values.json)
      writeJson(io.stdout, {
        algorithm: 'sha256',
        inputBytes: input.length,
        digest: bytesToHex(once),
      });
    else writeFields(io.stdout, [['sha256', bytesToHex(once)]]);
    return;
  }
  const twice = sha256(once);
  if (values.json) {
    writeJson(io.stdout, {
      algorithm: 'sha256d',
      inputBytes: input.length,
      digest: bytesToHex(twice),
      displayOrder: internalToDisplayHex(twice),
    });
  } else {
    writeFields(io.stdout, [
      ['sha256d', bytesToHex(twice)],
      [
        'sha256d, display order',
        `${internalToDisplayHex(twice)}  (byte-reversed, as Bitcoin shows hashes)`,
      ],
    ]);
  }
}
