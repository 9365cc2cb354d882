import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../hex';
import { parseHeaderHex } from '../hash/block-header';
import { merkleRoot, sha256d, toyMerkleRoot, toyTxid } from './merkle';

// Vectors computed independently with Python's hashlib:
// d = lambda b: sha256(sha256(b).digest()).digest(); raw digests (internal order).
const A = 'eada0afe5c48654538042882cd2ea426d93061a3092c1013fb455e8f01a4ea43'; // d(b'Alice pays Bob 5')
const B = '6ff9fdbb5be13f235c36d05b3e4e41f3e7934881040882935884a198ee17502a'; // d(b'Bob pays Carol 2')
const C = 'eefe9a0a4a9e2849491f059f383a10f244958e02eddad7b8f859ef17b17ce101'; // d(b'Carol pays Dan 1')
const AB = '1a2d66d7c89f668fc9005c8be654e62374054e2a2f35389fc78cfadf01efb728'; // d(A||B)
const ROOT3 = '9d248653364066bef1f87dc86b03e9edf77cfeb7aa7dae0c41006a08a7883bf5'; // d(AB||d(C||C))

describe('toy merkle tree (Bitcoin rule)', () => {
  it('a toy txid is SHA-256d of the text', () => {
    expect(bytesToHex(toyTxid('Alice pays Bob 5'))).toBe(A);
    expect(bytesToHex(toyTxid('Bob pays Carol 2'))).toBe(B);
  });

  it('two transactions: SHA-256d of left || right', () => {
    expect(bytesToHex(toyMerkleRoot(['Alice pays Bob 5', 'Bob pays Carol 2']))).toBe(AB);
  });

  it('three transactions: the odd last hash is paired with itself', () => {
    const texts = ['Alice pays Bob 5', 'Bob pays Carol 2', 'Carol pays Dan 1'];
    expect(bytesToHex(toyMerkleRoot(texts))).toBe(ROOT3);
    // Duplicating the last transaction gives the same root (the known CVE-2012-2459 quirk).
    expect(bytesToHex(toyMerkleRoot([...texts, texts[2]!]))).toBe(ROOT3);
    expect(bytesToHex(toyTxid('Carol pays Dan 1'))).toBe(C);
  });

  it('one transaction: the root is its txid, as in the real genesis block', () => {
    // The genesis header (from /work/shared/data/btc_headers.json, height 0) has one transaction,
    // so its merkle field (internal order) is that coinbase's txid, 4a5e1e4b...a33b for display.
    const header = parseHeaderHex(
      '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c',
    );
    expect(bytesToHex(merkleRoot([header.merkleRoot]))).toBe(bytesToHex(header.merkleRoot));
  });

  it('changing any one transaction changes the root', () => {
    const texts = ['a', 'b', 'c', 'd', 'e'];
    const root = bytesToHex(toyMerkleRoot(texts));
    for (let i = 0; i < texts.length; i++) {
      const edited = texts.map((t, j) => (j === i ? t + '!' : t));
      expect(bytesToHex(toyMerkleRoot(edited))).not.toBe(root);
    }
  });

  it('rejects an empty block and a txid of the wrong size', () => {
    expect(() => merkleRoot([])).toThrow(/at least one/);
    expect(() => merkleRoot([new Uint8Array(31)])).toThrow(/32 bytes/);
    expect(sha256d(hexToBytes('')).length).toBe(32);
  });

  it("a real block with four transactions: block 100,000's txids give its header's merkle root", () => {
    // Public chain data (any block explorer), in display order (byte-reversed from internal).
    const txids = [
      '8c14f0db3df150123e6f3dbbf30f8b955a8249b62ac1d1ff16284aefa3d06d87',
      'fff2525b8931402dd09222c50775608f75787bd2b87e56995a7bdd30f79702c4',
      '6359f0868171b1d194cbee1af2f16ea598ae8fad666d9b012c8ed2b79a236ec4',
      'e9a66845e05d5abc0ad04ec80f774a7e585c6e8db975962d069a522137b80c1d',
    ];
    const root = merkleRoot(txids.map((hex) => hexToBytes(hex).reverse()));
    expect(bytesToHex(root.slice().reverse())).toBe(
      'f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766',
    );
    // Order matters: swapping two transactions changes the root.
    const swapped = [txids[1]!, txids[0]!, txids[2]!, txids[3]!];
    expect(bytesToHex(merkleRoot(swapped.map((hex) => hexToBytes(hex).reverse())))).not.toBe(
      bytesToHex(root),
    );
  });
});
