import type { SourcesProse } from './sources-prose';

export const sourcesProseEn: SourcesProse = {
  intro: (
    <p className="lede">
      Every block header and test vector in this app is public data. It was taken from the test
      files of the open-source projects below, then checked again independently: each header’s proof
      of work, its links to its neighbours and the difficulty rules.
    </p>
  ),
  bitcoinHeading: 'Bitcoin block headers',
  bitcoinIntro: (
    <p>
      29,650 real main-chain headers, from block 0 to block 878,976. Many headers appear in several
      sources with identical bytes; each one is credited to a single primary source, so the counts
      below add up to 29,650.
    </p>
  ),
  licenceFootnote: (
    <p className="note">
      * The repository’s licence file is the “vBTC Public License v1”; its source files say MIT.
      Headers 0 to 8,999 are also in bitcoin-s/bitcoin-s (MIT).
    </p>
  ),
  sha256Heading: 'SHA-256 test vectors',
  sha256Intro: (
    <p>
      The hash is checked against the examples published with the standard (NIST FIPS 180-2,
      Appendix B: “abc”, the 448-bit message and one million “a”), against Bitcoin Core’s padding
      edge cases (the empty string, 63, 64 and 80 bytes) and against the double SHA-256 of the
      genesis block header.
    </p>
  ),
  appHeading: 'This app',
  appLicence: (
    <p>
      Nonce Sense is open source under the MIT licence. It loads nothing from other sites: the page,
      its code and its data all come from where you opened it.
    </p>
  ),
};
