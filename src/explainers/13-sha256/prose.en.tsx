import type { Sha256Prose } from './prose';

export const sha256ProseEn: Sha256Prose = {
  hook: (
    <p className="lede">
      Every miner computes SHA-256 trillions of times a second. What actually happens inside one
      hash? No magic: padding, 64 words of schedule, and 64 rounds of adding, rotating and mixing
      eight 32-bit numbers. Here you can watch every one of those numbers for your own text.
    </p>
  ),
  tryIt: (
    <p>
      Type some text, or pick the real header of Bitcoin’s first block. Then step through the
      rounds. Every value on screen is computed here, in your browser, and at the end the digest is
      compared with an independent SHA-256 library.
    </p>
  ),
  why: (
    <>
      <h2>Why one changed bit changes everything</h2>
      <p>
        Watch the bit counts: after a few rounds, about half of the 256 bits change at every step.
        Each round mixes a and e with rotations, additions (whose carries spread changes left) and
        the choice and majority functions. After 64 rounds no simple pattern links input to output.
      </p>
      <p>
        That is why a miner cannot aim for a small hash. Changing the nonce in W[3] of the second
        block changes the result unpredictably, so the only way to find a hash below the target is
        to try nonce after nonce.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: the exact formulas (FIPS 180-4)',
  deeper: (
    <>
      <p>
        Padding (section 5.1.1): append one 1 bit (the byte 0x80), then zero bytes until the length
        is 56 modulo 64, then the message length in bits as a 64-bit big-endian number. So a 55-byte
        message fits in one block, and a 56-byte one needs two.
      </p>
      <p>
        Schedule (6.2.2): W[t] is word t of the block for t &lt; 16, else σ1(W[t−2]) + W[t−7] +
        σ0(W[t−15]) + W[t−16], with σ0(x) = ROTR7 ⊕ ROTR18 ⊕ SHR3 and σ1(x) = ROTR17 ⊕ ROTR19 ⊕
        SHR10. All sums are modulo 2³².
      </p>
      <p>
        Round t: T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t], T2 = Σ0(a) + Maj(a, b, c), then h = g,
        g = f, f = e, e = d + T1, d = c, c = b, b = a, a = T1 + T2. Σ0 = ROTR2 ⊕ ROTR13 ⊕ ROTR22, Σ1
        = ROTR6 ⊕ ROTR11 ⊕ ROTR25, Ch(e, f, g) takes f where e is 1 and g where e is 0, Maj takes
        the majority bit. After round 63, a..h are added to the chaining value.
      </p>
      <p>
        The constants K are the first 32 bits of the fractional parts of the cube roots of the first
        64 primes; H(0) comes from the square roots of the first 8. The unit tests check this trace
        against the published NIST example for “abc”.
      </p>
    </>
  ),
};
