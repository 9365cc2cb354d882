import type { MineProse } from './prose';

export const mineProseEn: MineProse = {
  hook: (
    <p className="lede">
      Real miners spend their days doing one thing: changing a number and hashing again. Here you do
      the same, on a real Bitcoin block, with real double SHA-256. How long will it take?
    </p>
  ),
  blockIntro: (
    <p>
      These fields come from a real block in the bundled data. You keep its previous hash, its
      Merkle root and its time. You only change the target, to a difficulty your device can handle,
      and the workers search for a nonce that makes the hash small enough.
    </p>
  ),
  tryIt: (
    <p>
      Pick a difficulty and make your bet. Each extra bit doubles the work. Nothing runs until you
      press the button, and Stop always works.
    </p>
  ),
  why: (
    <>
      <h2>Why the count is what it is</h2>
      <p>
        A hash looks random. A hash with <em>N</em> leading zero bits turns up once in 2<sup>N</sup>{' '}
        tries on average, whichever nonces you try and in whatever order.
      </p>
      <p>
        So the expected count is set by the difficulty alone. Your block may come early or late:
        that is luck, and chapter 4 measures it. The only thing you control is how many hashes you
        do per second. Add a worker and watch the rate go up; the count needed stays the same.
      </p>
    </>
  ),
  ladderIntro: (
    <p>
      Now take your measured speed and scale it up. How long would this device need for a real
      block? The ladder below uses a log scale: each step to the right is ten times longer.
    </p>
  ),
  ladderWhy: (
    <p>
      The whole network finds a block about every ten minutes because it does hundreds of
      quintillions of hashes per second. Nobody finds blocks by guessing well. They find them by
      hashing more.
    </p>
  ),
  deeperSummary: 'Go deeper: targets, bits and the network rate',
  deeper: (
    <>
      <p>
        The target for <em>N</em> leading zero bits is 2<sup>256−N</sup> − 1. The header stores it
        in the compact <code>bits</code> field, which keeps only 3 bytes, so the target used here is
        a hair smaller. That is why every found hash has at least <em>N</em> zero bits. A hash meets
        the target with probability p = (target + 1) / 2<sup>256</sup>. The tries until the first
        success follow a geometric law with mean 1/p.
      </p>
      <p>
        For one race, 95 % of outcomes fall between −ln(0.975)/p ≈ 0.025/p and −ln(0.025)/p ≈ 3.7/p.
        About 37 % (e<sup>−1</sup>) of races need more than 1/p tries. That is why the progress bar
        may pass 100 %.
      </p>
      <p>
        The network rate is difficulty × 2<sup>32</sup> / 600 s. At difficulty 1 a block takes about
        2<sup>32</sup> hashes, and Bitcoin aims at one block every 600 seconds. The difficulty comes
        from the <code>bits</code> of the newest header in the bundled data. The workers scan nonces
        in order from a start nonce; when all 2<sup>32</sup> nonces are used, the time field moves
        on by one second and the scan goes on.
      </p>
    </>
  ),
};
