import type { LuckProse } from './prose';

export const luckProseEn: LuckProse = {
  hook: (
    <p className="lede">
      Some blocks come fast, some take ages. Is a miner ever “on a roll”? After a long dry spell, is
      a block “due”? Let’s race, many times, and look at the numbers.
    </p>
  ),
  tryIt: (
    <p>
      Each race hashes until it finds one hash with the chosen number of leading zero bits, then the
      next race starts. It is real hashing in your browser, not a simulation. The seed fixes the
      header and the first nonce, so the same seed replays the same races anywhere.
    </p>
  ),
  why: (
    <>
      <h2>Why luck looks like this</h2>
      <p>
        Every hash is a fresh ticket with the same chance p of winning. So the tries per race follow
        the geometric law: short races are most common, and a few run very long.
      </p>
      <p>
        The average settles at 1/p. One race tells you almost nothing; hundreds of races tell you p.
        No trick changes the chance per hash. Only more hashes per second make races end sooner in
        time.
      </p>
    </>
  ),
  memoryIntro: (
    <p>
      Now take the races that had already failed many times. Are they close to a hit? Place your
      bet, then look at your own data.
    </p>
  ),
  memoryWhy: (
    <p>
      The next hash does not know how many hashes failed before it. So after any number of misses,
      the tries still needed average 1/p, just as for a fresh race. Believing that a hit is “due” is
      the gambler’s fallacy. Mining is memoryless.
    </p>
  ),
  varianceIntro: (
    <p>
      If luck cannot be changed, can it be smoothed? That is what mining pools do. Many miners share
      the work and the rewards, and each gets paid for easier “shares”.
    </p>
  ),
  varianceWhy: (
    <p>
      This part is a simulation: the minutes are drawn from the Poisson law at your measured rate,
      with the seed shown, not hashed live. On average the solo miner and the pool member earn
      exactly the same. The pool only takes the wild swings out. It does not add a single hash.
    </p>
  ),
  deeperSummary: 'Go deeper: the geometric law and the interval',
  deeper: (
    <>
      <p>
        With chance p per hash, the tries until the first hit, K, satisfy P(K = k) = (1 − p)
        <sup>k−1</sup> p and P(K ≤ k) = 1 − (1 − p)<sup>k</sup>. The mean is 1/p and the standard
        deviation is about 1/p too. Memorylessness: P(K &gt; n + m | K &gt; n) = P(K &gt; m).
      </p>
      <p>
        The interval for your mean is exact for exponential waiting times: 2S·p is chi-square with
        2n degrees of freedom, where S is the sum of n races. For p ≤ 2<sup>−12</sup> the geometric
        law and the exponential differ by less than one try. The interval is skewed to the right, as
        the spread of a mean of waiting times is.
      </p>
      <p>
        The races come from one scan: the workers try nonces in order, and the gaps between
        consecutive hits are the races. Each nonce’s hash is an independent draw, so the gaps are
        independent. The whiskers on the histogram show where 95 % of each bar’s count should fall
        if the law is right.
      </p>
      <p>
        Solo against pool (Rosenfeld, 2011): in time t at rate h, blocks are Poisson with mean h·t·p
        <sub>block</sub>. Shares are Poisson with mean h·t·p<sub>share</sub>, each paid p
        <sub>block</sub>/p<sub>share</sub>. The means are equal; the pool’s standard deviation is
        smaller by √(p<sub>share</sub>/p<sub>block</sub>).
      </p>
    </>
  ),
};
