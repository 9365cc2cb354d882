import type { AttackProse } from './prose';

export const attackProseEn: AttackProse = {
  hook: (
    <p className="lede">
      You sell a car for bitcoin. The payment is in a block, and five more blocks sit on top of it.
      Can the buyer still take the money back? Only by building a longer chain in secret, faster
      than everyone else together. How likely is that?
    </p>
  ),
  tryIt: (
    <p>
      Pick the attacker’s share q of all the hashing in the world, and how many confirmations z you
      wait for. The page computes two numbers: the formula from section 11 of the Bitcoin paper
      (Nakamoto, 2008), and the exact probability of the same race.
    </p>
  ),
  simIntro: (
    <p>
      Formulas can both be wrong. So race: thousands of double-spend attempts, block by block, with
      the seeded generator, and an exact 95% interval for the share the attacker wins.
    </p>
  ),
  why: (
    <>
      <h2>Why the paper’s number is off</h2>
      <p>
        Each new block is the attacker’s with probability q and the honest network’s with p = 1 − q,
        like a coin toss. While the honest chain finds z blocks, the paper counts the attacker’s
        blocks as a Poisson number with mean z q / p. That is the right mean, but it pretends the
        honest blocks arrive exactly on time. They do not: sometimes the honest chain is slow, and
        the attacker gets extra tries. Counted toss by toss, the attacker’s blocks follow the
        negative binomial law, which has a fatter tail. Behind by d blocks after that, he catches up
        with probability (q/p)<sup>d</sup>, the gambler’s ruin; both formulas share this step.
      </p>
      <p>
        What z = 6 means in practice: six blocks take about an hour. Against an attacker with 10% of
        the hash rate the paper gives 0.024%; the exact value is 0.059%, more than twice as much,
        but still about 1 in 1,700. Against 30% the risk at z = 6 is about 16% (the paper says 13%);
        against 45% it is about 73%, and there the paper overstates it a little. With q ≥ 0.5 the
        attacker wins sooner or later whatever z is: no number of confirmations protects you against
        a majority.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: the formulas, the sources, and the 0.1% table',
  deeper: (
    <>
      <p>
        Paper: P = 1 − Σ<sub>k=0..z</sub> Poisson(k; λ) (1 − (q/p)<sup>z−k</sup>) with λ = z q/p.
        Exact: the same sum with NB(k; z, p) = C(k+z−1, k) p<sup>z</sup> q<sup>k</sup>, the chance
        of k attacker blocks before the z-th honest one. The exact form is in M. Rosenfeld,
        “Analysis of hashrate-based double spending” (2014), and in A. P. Ozisik and B. N. Levine,
        “An explanation of Nakamoto’s analysis of double-spend attacks” (2017). Both sums are
        computed here in your browser with stdlib’s Poisson and negative binomial pmfs; the tests
        pin the paper’s published tables to 7 decimals and check the exact value against a
        dynamic-programming computation of the race.
      </p>
      <p>
        Both formulas assume the attacker starts mining his secret chain at the same moment as the
        payment, and that blocks arrive independently. Real attacks can be better prepared (a head
        start), or cheaper to try again; those cases make the risk larger, not smaller.
      </p>
    </>
  ),
};
