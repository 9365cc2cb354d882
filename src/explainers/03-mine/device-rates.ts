/**
 * Published hash rates for the scale ladder, each with its source (shown on the page).
 * This device's rate is measured live; the network's comes from the bundled bits
 * (core/hash/network-rate.ts). Nothing here is measured by this app: these are citations.
 */

export interface PublishedRate {
  key: 'gpu' | 'asic';
  /** Double SHA-256 hashes per second (block-header hashes). */
  hashesPerSec: number;
  /** Which device. */
  device: string;
  /** Where the number comes from, named on the page (a citation, kept as published). */
  citation: string;
  /** A link, only where the exact page is known. */
  url?: string;
}

/**
 * NVIDIA GeForce RTX 4090, hashcat 6.2.3 benchmark, mode 1400 (SHA2-256): 21,539.3 MH/s
 * (PHCS-gh/Hashcat-benchmark, file "Nvidia RTX 4090 24 GB, 128MCU", stock clocks). That counts
 * single SHA-256 hashes of short passwords (one 64-byte compression each); a block header's
 * SHA-256d needs two compressions per nonce even with a precomputed midstate, so about half.
 */
export const GPU_SHA256_PER_SEC = 21_539.3e6;

export const PUBLISHED_RATES: readonly PublishedRate[] = [
  {
    key: 'gpu',
    hashesPerSec: GPU_SHA256_PER_SEC / 2,
    device: 'NVIDIA GeForce RTX 4090',
    citation:
      'hashcat 6.2.3 benchmark, mode 1400 (SHA2-256): 21,539.3 MH/s. PHCS-gh/Hashcat-benchmark, “Nvidia RTX 4090 24 GB, 128MCU”',
    url: 'https://github.com/PHCS-gh/Hashcat-benchmark',
  },
  {
    key: 'asic',
    // Bitmain's specification for the Antminer S21 (2023): 200 TH/s at 17.5 J/TH, as reported
    // by BTCWire, "Antminer S21 Review", HackerNoon, 11 March 2024.
    hashesPerSec: 200e12,
    device: 'Bitmain Antminer S21',
    citation:
      'Bitmain specification: 200 TH/s, 17.5 J/TH. BTCWire, “Antminer S21 Review”, HackerNoon, 11 March 2024',
  },
];

/**
 * The age of the universe, 13.787 billion years (Planck Collaboration, "Planck 2018 results.
 * VI. Cosmological parameters", A&A 641, A6, 2020, table 2), in seconds.
 */
export const UNIVERSE_AGE_SECONDS = 13.787e9 * 365.25 * 86_400;
