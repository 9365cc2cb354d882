import type { RealChainProse } from './prose';

export const realChainProseEn: RealChainProse = {
  hook: (
    <>
      <p className="lede">
        Plot the winning nonces of real Bitcoin blocks and they are not spread evenly. Whole bands
        are crowded, others nearly empty, and some byte values turn up far more often than others.
        Is that a crack in proof of work?
      </p>
      <p>
        This page loads 29,650 real block headers bundled with the site and computes everything
        below from them, in your browser.
      </p>
    </>
  ),
  tryIt: (
    <p>
      Pick an era, or type a height range, and watch the charts follow. The eras are cut by block
      height: CPU mining up to block 69,999 (mid-2010), GPUs up to 214,999 (end of 2012), the first
      ASICs up to 390,999 (end of 2015), modern ASICs after. Most bundled blocks are from 2009-10
      and 2024; the GPU and early-ASIC eras have only a few hundred, so their tests are weak.
    </p>
  ),
  why: (
    <>
      <h2>Why the skew: search order, not predictability</h2>
      <p>
        A miner does not draw nonces at random. Early mining software scanned the nonce from 0
        upwards and, long before reaching 2³², changed the extraNonce in the coinbase (a new Merkle
        root) and started again from 0. Modern ASIC firmware splits the 2³² range among chips and
        cores, each scanning its own slice, and rolls other fields of the header as well; so some
        byte values of the nonce are tried more often, and winners show up more often where more
        tries were made.
      </p>
      <p>
        Each try still wins with the same tiny probability, whatever its nonce. Where the winners
        fall tells you how miners searched; it tells you nothing about which nonce of a new header
        will win.
      </p>
    </>
  ),
  hashCheck: (
    <p>
      The other side of the same coin: a valid block’s hash is at most its target. If SHA-256d is a
      random function, the hash of a winner is uniform between 0 and the target, so hash / (target +
      1) should be flat on [0, 1). Recompute all the hashes and see.
    </p>
  ),
  predictorIntro: (
    <p>
      So let us try to cash in on the skew. Train a predictor on the winning nonces of earlier
      blocks: it predicts the fewest ranges of 2²⁴ nonces (by the top byte) that held a chosen share
      of the training winners. Judge it honestly, on later blocks it never saw: what fraction of
      their winning nonces fall in the predicted ranges, against the fraction of the nonce space
      those ranges take.
    </p>
  ),
  reveal: (
    <>
      <p>
        The coverage can beat the area share: real miners’ search order is real, and it persists.
        Now give the same predictor (the “real winners’ ranges” strategy) a hashing budget on those
        held-out real headers, against a plain sequential scan from nonce 0. Its hits per hash match
        the scan’s: the ratio’s interval contains 1.
      </p>
      <p>
        Both results are true at once. Winners crowd where miners looked harder; every nonce, in any
        order, hits with the same probability. A prediction of where winners were found is not a
        prediction of where they are.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: how these numbers are computed',
  deeper: (
    <>
      <p>
        Nonces are read from header bytes 76-79 (little-endian). Byte 0 is the least significant
        byte of the nonce as a number. Each histogram is tested against uniform with Pearson’s
        chi-square (bins with fewer than 5 expected merged); the p-value comes from the chi-square
        CDF of @stdlib.
      </p>
      <p>
        Coverage is a proportion of held-out blocks with a Clopper-Pearson interval and an exact
        binomial test against the area share. The harness hashes each held-out header with the
        nonces each arm proposes (real SHA-256d, the target lowered to a few leading zero bits so
        that hits are countable) and reports the ratio of hits per hash with an exact conditional
        interval. Hashes are recomputed in a worker with @noble/hashes; nothing is precomputed.
      </p>
    </>
  ),
};
