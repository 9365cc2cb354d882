/**
 * The Bitcoin genesis block header (block 0, 3 January 2009), built field by field for the
 * step-by-step SHA-256 chapter's preset. Its 80 bytes span two SHA-256 blocks: the second holds
 * the last 4 bytes of the merkle root, the time, the bits and the nonce (W[3]), then padding.
 *
 * Field values: Bitcoin Core `CreateGenesisBlock` (src/kernel/chainparams.cpp); the test checks
 * the serialised bytes against data/sha256-vectors.json and the well-known block hash.
 */
import { hexToBytesOfLength, reverseBytes } from '../hex';
import { serializeHeader, type BlockHeader } from './block-header';

/** The genesis header's fields. */
export const GENESIS_HEADER: BlockHeader = {
  version: 1,
  prevHash: new Uint8Array(32),
  merkleRoot: reverseBytes(
    hexToBytesOfLength('4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b', 32),
  ),
  time: 1231006505,
  bits: 0x1d00ffff,
  nonce: 2083236893,
};

/** The 80 serialised bytes of the genesis header, exactly as hashed. */
export function genesisHeaderBytes(): Uint8Array {
  return serializeHeader(GENESIS_HEADER);
}

/** Index of the schedule word of block 2 that holds the nonce (header bytes 76..79). */
export const NONCE_WORD_IN_SECOND_BLOCK = 3;
