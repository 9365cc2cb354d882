/**
 * The real 80-byte header of Bitcoin block 0 (3 January 2009), as hashed: version 1, previous
 * hash all zeros, its Merkle root, time 1231006505, bits 1d00ffff, nonce 2083236893. The page
 * starts from it before the bundled file has loaded; the test beside it checks its hash.
 */
export const GENESIS_HEADER_HEX =
  '01000000' +
  '0000000000000000000000000000000000000000000000000000000000000000' +
  '3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a' +
  '29ab5f49' +
  'ffff001d' +
  '1dac2b7c';
