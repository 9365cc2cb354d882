import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HexError } from '../hex';
import { bytePieces, digestPieces, hexPieces, utf8Pieces } from './stream-digest';

const nodeSha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('digestPieces(pieces)', () => {
  it('gives the NIST digest of "abc" and SHA-256d as SHA-256 of the digest', () => {
    const result = digestPieces(utf8Pieces('abc'));
    expect(result.sha256Hex).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(result.sha256dHex).toBe(nodeSha256(Buffer.from(result.sha256Hex, 'hex')));
    expect(result.bytes).toBe(3);
  });

  it('matches node:crypto for any text cut into tiny pieces, surrogate pairs included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (text, size) => {
          const seen: number[] = [];
          const result = digestPieces(utf8Pieces(text, size), (bytes) => seen.push(bytes));
          expect(result.sha256Hex).toBe(nodeSha256(text));
          expect(result.bytes).toBe(Buffer.byteLength(text));
          expect(seen.at(-1) ?? 0).toBe(result.bytes);
        },
      ),
    );
  });

  it('hashes hex pieces and byte pieces like the whole input', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 255);
    const hex = Buffer.from(bytes).toString('hex');
    expect(digestPieces(hexPieces(hex, 33)).sha256Hex).toBe(nodeSha256(bytes));
    expect(digestPieces(bytePieces(bytes, 64)).sha256Hex).toBe(nodeSha256(bytes));
  });

  it('reports a bad hex digit at its position in the whole input, and odd length', () => {
    const bad = `${'00'.repeat(20)}zz`;
    expect(() => digestPieces(hexPieces(bad, 8))).toThrow(/position 40/);
    expect(() => digestPieces(hexPieces('abc'))).toThrow(HexError);
  });
});
