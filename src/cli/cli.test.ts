import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '../core/hex';
import { setNonce, setTime } from '../core/hash/block-header';
import { internalToDisplayHex } from '../core/hash/hash-order';
import { hashLeadingZeroBits } from '../core/hash/leading-zero-bits';

const BIN = fileURLToPath(new URL('../../bin/nonce-sense.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GENESIS =
  '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c';
const GENESIS_HASH = '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f';

/** The genesis header with its bits field (hex digits 144..151, little-endian) replaced. */
function genesisWithBits(bitsLittleEndianHex: string): string {
  return GENESIS.slice(0, 144) + bitsLittleEndianHex + GENESIS.slice(152);
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command: `node bin/nonce-sense.mjs ...args`. */
function run(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe.concurrent('nonce-sense commands', () => {
  it('hash "abc" prints the NIST FIPS 180-2 B.1 digest', async () => {
    const { code, stdout, stderr } = await run(['hash', 'abc']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hash --hex <genesis header> --double prints the block hash in display order, labelled', async () => {
    const { code, stdout } = await run(['hash', '--hex', GENESIS, '--double']);
    expect(code).toBe(0);
    expect(stdout).toContain('6fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000');
    expect(stdout).toMatch(new RegExp(`display order\\s+${GENESIS_HASH}`));
  });

  it('hash --json reports the digest of the bytes', async () => {
    const { code, stdout } = await run(['hash', '--hex', '', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      algorithm: 'sha256',
      inputBytes: 0,
      digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
  });

  it('header <genesis> --json decodes the fields, difficulty 1 and valid true', async () => {
    const { code, stdout } = await run(['header', GENESIS, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      version: 1,
      prevHash: '0'.repeat(64),
      merkleRoot: '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
      time: 1231006505,
      timeIso: '2009-01-03T18:15:05Z',
      bits: '1d00ffff',
      nonce: 2083236893,
      hash: GENESIS_HASH,
      target: '00000000ffff0000000000000000000000000000000000000000000000000000',
      difficulty: 1,
      valid: true,
      validOnMainnet: true,
    });
  });

  it('header of a genesis header with another nonce is not valid', async () => {
    const changed = bytesToHex(setNonce(hexToBytes(GENESIS), 0));
    const { code, stdout } = await run(['header', changed, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ valid: false, validOnMainnet: false });
  });

  it('header without --json prints aligned fields with the ISO time', async () => {
    const { code, stdout } = await run(['header', GENESIS]);
    expect(code).toBe(0);
    expect(stdout).toContain('1231006505 (2009-01-03T18:15:05Z)');
    expect(stdout).toMatch(/^valid\s+true/m);
  });

  it('target 1d00ffff --json gives the difficulty-1 numbers', async () => {
    const { code, stdout } = await run(['target', '1d00ffff', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      bits: '1d00ffff',
      canonicalBits: '1d00ffff',
      target: '00000000ffff0000000000000000000000000000000000000000000000000000',
      difficulty: 1,
      probability: 2.3282709094019083e-10,
      bitsOfWork: 32.000022013947266,
      expectedHashes: 4295032833.000015,
      validOnMainnet: true,
    });
  });

  it('target 0x1b0404cb prints difficulty 16307.420938523983', async () => {
    const { code, stdout } = await run(['target', '0x1b0404cb']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^difficulty\s+16307\.420938523983$/m);
  });

  it('target shows the canonical form of non-canonical bits', async () => {
    const { code, stdout } = await run(['target', '01123456']);
    expect(code).toBe(0);
    expect(stdout).toContain('canonical bits    0x01120000');
  });

  it('mine --zero-bits 12 --workers 2 finds a nonce whose noble SHA-256d has >= 12 zero bits', async () => {
    const { code, stdout, stderr } = await run([
      'mine',
      '--header',
      GENESIS,
      '--zero-bits',
      '12',
      '--workers',
      '2',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      nonce: number;
      time: number;
      timeRolls: number;
      header: string;
      hash: string;
      hashesTried: number;
      workers: number;
    };
    const solved = setNonce(setTime(hexToBytes(GENESIS), result.time), result.nonce);
    expect(result.header).toBe(bytesToHex(solved));
    const hash = internalToDisplayHex(sha256(sha256(solved)));
    expect(result.hash).toBe(hash);
    expect(hashLeadingZeroBits(hash)).toBeGreaterThanOrEqual(12);
    expect(result.timeRolls).toBe(0);
    expect(result.time).toBe(1231006505);
    expect(result.workers).toBe(2);
    expect(result.hashesTried).toBeGreaterThan(0);
  });

  it('mine without --json prints the nonce, hash, hashes tried and speed', async () => {
    const { code, stdout } = await run([
      'mine',
      '--header',
      GENESIS,
      '--zero-bits',
      '4',
      '--workers',
      '1',
    ]);
    expect(code).toBe(0);
    for (const label of ['nonce', 'hash', 'hashes tried', 'hashes/s', 'elapsed']) {
      expect(stdout).toMatch(new RegExp(`^${label}\\s`, 'm'));
    }
  });

  it('the command works from any working directory', async () => {
    const { code, stdout } = await run(['hash', 'abc'], tmpdir());
    expect(code).toBe(0);
    expect(stdout).toContain('ba7816bf');
  });

  it.each(['--help', '-h', 'help'])('nonce-sense %s prints the command list', async (flag) => {
    const { code, stdout } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: nonce-sense <command>');
    for (const command of ['hash', 'header', 'target', 'mine', 'bench', 'experiment']) {
      expect(stdout).toContain(`\n  ${command} `);
    }
  });

  it.each(['hash', 'header', 'target', 'mine', 'bench', 'experiment'])(
    '%s --help prints its usage',
    async (command) => {
      const { code, stdout, stderr } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`Usage: nonce-sense ${command}`);
    },
  );
});

describe.concurrent('bad input exits with code 2 and one clear line on stderr', () => {
  const mine = ['mine', '--header', GENESIS];
  const cases: [string, string[], string][] = [
    ['no command', [], 'missing command'],
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'"],
    ['an unknown option', ['hash', '--frob', 'x'], "Unknown option '--frob'"],
    ['hash without input', ['hash'], 'missing <text> or --hex <hex>'],
    ['hash with odd-length hex', ['hash', '--hex', 'abc'], 'odd number of hex digits (3)'],
    ['hash with a non-hex character', ['hash', '--hex', '00zz'], "'z' at position 2"],
    ['header without an argument', ['header'], 'missing <160 hex digits>'],
    ['a short header', ['header', GENESIS.slice(2)], 'expected 160 hex digits (80 bytes), got 158'],
    [
      'a header with a non-hex character',
      ['header', `${GENESIS.slice(0, 159)}g`],
      "'g' at position 159",
    ],
    ['a header with overflowing bits', ['header', genesisWithBits('563412ff')], 'overflow'],
    ['a header with negative bits', ['header', genesisWithBits('badcfe01')], 'negative target'],
    ['target without bits', ['target'], 'missing <bits>'],
    ['bits longer than a uint32', ['target', '1d00ffff0'], 'expected 1 to 8 hex digits'],
    ['bits that are not hex', ['target', '1d00fffg'], "'g' at position 7"],
    ['a negative compact target', ['target', '01fedcba'], 'negative target'],
    ['an overflowing compact target', ['target', 'ff123456'], 'overflow'],
    ['a zero target', ['target', '00800000'], 'zero target'],
    ['mine without a header', ['mine', '--zero-bits', '12'], 'missing --header'],
    [
      'mine with a bad header',
      ['mine', '--header', 'abcd', '--zero-bits', '12'],
      'expected 160 hex digits',
    ],
    ['mine without --zero-bits', mine, 'missing --zero-bits'],
    [
      '--zero-bits 0',
      [...mine, '--zero-bits', '0'],
      '--zero-bits must be a whole number from 1 to 64',
    ],
    ['--zero-bits 65', [...mine, '--zero-bits', '65'], "from 1 to 64, got '65'"],
    ['--zero-bits 1.5', [...mine, '--zero-bits', '1.5'], "got '1.5'"],
    [
      '--workers 0',
      [...mine, '--zero-bits', '8', '--workers', '0'],
      "--workers must be a whole number from 1 to 256, got '0'",
    ],
    ['--workers two', [...mine, '--zero-bits', '8', '--workers', 'two'], "got 'two'"],
    [
      '--workers -1',
      [...mine, '--zero-bits', '8', '--workers', '-1'],
      "the value after --workers starts with '-'",
    ],
    ['--workers=-1', [...mine, '--zero-bits', '8', '--workers=-1'], "got '-1'"],
    [
      '--header without its value',
      ['mine', '--header'],
      "Option '--header <value>' argument missing",
    ],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^nonce-sense: /);
    expect(lines[0]).toContain(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
