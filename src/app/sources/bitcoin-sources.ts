/**
 * Where the bundled real data comes from: the "Sources (Bitcoin)" table of data/SOURCES.md
 * (grouped by repository) and the SHA-256 test vectors. Language-neutral facts only; the words
 * around them are in the prose modules.
 */
export interface DataSource {
  /** GitHub owner/name. */
  repo: string;
  /** Short commit the files were taken from, if recorded. */
  commit: string | null;
  paths: readonly string[];
  licence: string;
  /**
   * Headers of the set for which this is the primary source (each header has exactly one, so
   * these add up to the 29,650 headers); null for sources that are not header files.
   */
  headersCredited: number | null;
}

export const BITCOIN_SOURCES: readonly DataSource[] = [
  {
    repo: 'bitcoinj/bitcoinj',
    commit: '13e137ec1dee',
    paths: [
      'core/src/main/resources/org.bitcoin.production.checkpoints.txt',
      'core/src/test/resources/org/bitcoinj/core/first-100k-blocks.dat',
      'core/src/test/resources/org/bitcoinj/core/block{169482,227835,227836,363703,370661,383616,481815,481829}.dat',
    ],
    licence: 'Apache-2.0',
    headersCredited: 436 + 184 + 8,
  },
  {
    repo: 'btcsuite/btcd',
    commit: '2c67bc29cedf',
    paths: [
      'database/testdata/blocks1-256.bz2',
      'blockchain/testdata/277647.dat.bz2',
      'wire/testdata/block-…59d2.blk, block-…94ab.blk',
      'netsync/testdata/blockheaders-mainnet-1-11.txt',
      'chaincfg/params.go',
    ],
    licence: 'ISC',
    headersCredited: 255 + 3,
  },
  {
    repo: 'bitcoin-s/bitcoin-s',
    commit: '42d963b19163',
    paths: ['chain-test/src/test/resources/block_headers.json'],
    licence: 'MIT',
    headersCredited: 8557,
  },
  {
    repo: 'VeriBlock/alt-integration-cpp',
    commit: 'ebc221d2b1c7',
    paths: [
      'test/pop/blockchain/btc_blockheaders_mainnet_0_10000.txt',
      'test/blockchain/btc_blockheaders_mainnet_30000_40000.txt (@0b0ec206de03)',
    ],
    licence: 'vBTC Public License v1 / MIT *',
    headersCredited: 1000 + 9990,
  },
  {
    repo: 'EthanYuan/ckb-bitcoin-spv-testdata',
    commit: 'df333093dae5',
    paths: [
      'main-chain/headers/continuous/case-0822528_0830592/*.bin',
      'main-chain/headers/diff-change/*.bin',
      'main-chain/blocks/continuous/case-*/*.bin',
    ],
    licence: 'WTFPL',
    headersCredited: 8059 + 405 + 9,
  },
  {
    repo: 'ethereum/btcrelay',
    commit: '3cdf41a87750',
    paths: [
      'test/headers/500from300k.txt',
      'test/headers/100from300k.txt',
      'test/headers/firstEleven.txt',
    ],
    licence: 'MIT',
    headersCredited: 498,
  },
  {
    repo: 'keep-network/tbtc-v2',
    commit: '4a2530986c6d',
    paths: [
      'solidity/test/relay/longHeaders.json',
      'solidity/test/relay/headersWithRetarget.json',
      'solidity/test/relay/headersReorgAndRetarget.json',
    ],
    licence: 'GPL-3.0',
    headersCredited: 196,
  },
  {
    repo: 'summa-tx/relays',
    commit: '30704ab2c443',
    paths: [
      'solidity/test/headers.json',
      'solidity/test/headersWithRetarget.json',
      'solidity/test/headersReorgAndRetarget.json',
      'testVectors.json',
    ],
    licence: 'MIT / Apache-2.0',
    headersCredited: 49,
  },
  {
    repo: 'summa-tx/bitcoin-spv',
    commit: 'fb2a61e7a941',
    paths: ['testVectors.json', 'testProofs.json'],
    licence: 'MIT / Apache-2.0',
    headersCredited: 1,
  },
];

/** SHA-256 test vectors: the standard's examples and Bitcoin Core's padding edge cases. */
export const SHA256_VECTOR_SOURCES: readonly DataSource[] = [
  {
    repo: 'bitcoin/bitcoin',
    commit: '001eb74ae4bf',
    paths: ['src/test/crypto_tests.cpp'],
    licence: 'MIT',
    headersCredited: null,
  },
  {
    repo: 'golang/go',
    commit: null,
    paths: ['src/crypto/sha256/sha256_test.go'],
    licence: 'BSD-3-Clause',
    headersCredited: null,
  },
];

export function repoUrl(source: DataSource): string {
  const base = `https://github.com/${source.repo}`;
  return source.commit ? `${base}/tree/${source.commit}` : base;
}
