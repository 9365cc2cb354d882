import type { ReactNode } from 'react';

/** The paragraphs of chapter 2, by place on the page. */
export interface HeaderProse {
  hook: ReactNode;
  editorIntro: ReactNode;
  littleEndian: ReactNode;
  verifyIntro: ReactNode;
  verifyWhy: ReactNode;
  verifyDeeper: ReactNode;
  sliderIntro: ReactNode;
  sliderWhy: ReactNode;
  sliderDeeper: ReactNode;
}

/** Chapter 2, "The block header and the target", in English (es: prose.es.tsx). */
export const headerProseEn: HeaderProse = {
  hook: (
    <>
      <p className="lede">
        Every Bitcoin block starts with 80 bytes. Anyone can check those 80 bytes in a millisecond.
        Finding them took the whole network about ten minutes. What is in them?
      </p>
      <p>
        The <strong>block header</strong> is six fields: a version, the hash of the previous block,
        the Merkle root (a fingerprint of all the block’s transactions), a timestamp, the target in
        a compact form called <strong>bits</strong>, and the <strong>nonce</strong>, a number the
        miner is free to change. Here you can load real ones and check them yourself.
      </p>
    </>
  ),
  editorIntro: (
    <p>
      Edit any field, or the raw hex, and everything else follows. Hover or focus a field to see
      where its bytes sit in the header. The page starts with the genesis block, mined on 3 January
      2009.
    </p>
  ),
  littleEndian: (
    <>
      <h3>Where the byte order bites</h3>
      <p>
        Bitcoin stores its numbers <strong>little-endian</strong>: least significant byte first. The
        genesis nonce is 2,083,236,893, which is 7c2bac1d in hex, but the header holds the bytes 1d
        ac 2b 7c. Bits 1d00ffff sit in the header as ff ff 00 1d.
      </p>
      <p>
        Hashes are the other trap. Block explorers show a hash byte-reversed, so that it reads as a
        number with its zeros in front. The header holds the previous hash in the other order: look
        at the zeros of a real block’s previous hash, they sit at the end of its bytes.
      </p>
    </>
  ),
  verifyIntro: (
    <p>
      A block is valid proof of work when its hash, read as a 256-bit number, is at most the{' '}
      <strong>target</strong>. The target comes from the bits field. The page checks the header
      above live, with real SHA-256d, on your device.
    </p>
  ),
  verifyWhy: (
    <>
      <h3>Why</h3>
      <p>
        Compare the two numbers digit by digit, from the left, like two prices. The first digit
        where they differ decides. The genesis hash has more leading zeros than the target needs, so
        it wins at the ninth digit.
      </p>
      <p>
        Change anything, even one bit of the nonce, and the hash changes completely (chapter 1). The
        new hash is as good as a random number. At difficulty 1 a random hash meets the target about
        once in 4.3 billion tries. That is why your edited block is not valid.
      </p>
    </>
  ),
  verifyDeeper: (
    <>
      <p>
        Bits are a tiny floating-point number. The first byte is an exponent e (a length in bytes),
        the other three a mantissa m, and target = m × 256<sup>e − 3</sup>. Bits 1d00ffff give
        0xffff × 256<sup>26</sup>, the difficulty-1 target 00000000ffff0000…
      </p>
      <p>
        The 0x00800000 bit of the mantissa is a sign. A negative target, a target that does not fit
        in 256 bits (overflow) and a zero target are all rejected by Bitcoin Core. Try bits 04923456
        (negative) or ff123456 (overflow).
      </p>
      <p>
        Difficulty is the difficulty-1 target divided by the current target. p is (target + 1) / 2
        <sup>256</sup>, the chance that one uniform hash is small enough, and the expected number of
        hashes is 1/p.
      </p>
    </>
  ),
  sliderIntro: (
    <p>
      Now set the difficulty yourself, in <strong>bits</strong>: a target that needs N leading zero
      bits is met by one hash in 2<sup>N</sup>. The slider moves one bit at a time, not one hex
      digit: each hex zero is 4 bits, 16 times the work.
    </p>
  ),
  sliderWhy: (
    <>
      <h3>Why</h3>
      <p>
        Each zero bit halves the share of hashes that qualify. Four of them halve it four times: ½ ×
        ½ × ½ × ½ = 1/16. So a hex zero multiplies the expected work by 16, and counting hex zeros
        hides fifteen steps in between.
      </p>
      <p>
        Bitcoin retargets every 2,016 blocks so that the whole network needs about ten minutes per
        block. Load the newest bundled block (height 878,976, January 2025) above and the panel
        computes its bits of work from its own bits field.
      </p>
    </>
  ),
  sliderDeeper: (
    <>
      <p>
        The target for N zero bits is 2<sup>256 − N</sup> − 1: every hash below 2<sup>256 − N</sup>
        starts with at least N zero bits, and a uniform hash lands there with probability exactly 2
        <sup>−N</sup>.
      </p>
      <p>
        The bits field keeps only 3 significant bytes, so the nearest bits value rounds the target
        down a little. 32 zero bits give bits 1d00ffff, difficulty 1 (up to 0xffff / 0x10000).
      </p>
    </>
  ),
};
