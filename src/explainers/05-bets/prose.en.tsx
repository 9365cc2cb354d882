import type { BetsProse } from './prose';

export const betsProseEn: BetsProse = {
  hook: (
    <p className="lede">
      A miner’s computer does not guess. It counts: 0, 1, 2, 3, … and hashes each nonce until one
      hash is small enough. Surely a clever choice of numbers does better than a dumb counter? Place
      your bet, and we will find out on real hashes.
    </p>
  ),
  tryIt: (
    <>
      <p>
        Choose how to bet: a strategy, your own lucky numbers, or regions of the nonce space. Then
        lock the bet. Locking shows a hash of your bet, so nobody (not even this page) can change it
        after the reveal.
      </p>
      <p>
        On the reveal, your nonces and the counter’s are hashed on the same fresh block headers
        (“jobs”), with the same number of hashes each. A “hit” is a hash with at least the chosen
        number of leading zero bits. We compare hits per hash.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Why the counter is as good as anything</h2>
      <p>
        SHA-256d behaves like a fresh lottery draw for every input. Change one bit of the nonce and
        the hash changes completely, with no pattern. So every nonce has exactly the same chance of
        a hit, p = 2<sup>−N</sup> for N leading zero bits. Even numbers, primes, birthdays or the
        ranges where real winners fell: each is just another set of tickets with the same odds.
      </p>
      <p>
        That is why the ratio comes out near 1, and its 95 % interval contains 1. The interval
        matters more than the number: with a few hundred hits, a ratio of 1.1 or 0.9 is ordinary
        noise.
      </p>
    </>
  ),
  tournamentIntro: (
    <p>
      One bet proves little. So let 20 strategies compete at once, on the same jobs. Before you run
      it, think: if none of them really works, how many will still look like winners?
    </p>
  ),
  tournamentWhy: (
    <>
      <h2>Why one in twenty “wins”</h2>
      <p>
        A 95 % interval misses the truth 5 % of the time. With 20 strategies, that is about one miss
        per tournament even when nothing works. Whoever tests many ideas and reports the best will
        always find a “winner”.
      </p>
      <p>
        Two honest checks catch it. First, test the winner again on new jobs: a lucky winner falls
        back to 1. Second, correct for the number of tests: Holm’s method widens the intervals so
        that the chance of any false winner among all 20 stays at 5 %. The positive control shows
        the other side: when the hash is weakened on purpose, the very same model wins clearly.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: the statistics behind the numbers',
  deeper: (
    <>
      <p>
        <strong>The ratio and its interval.</strong> Your hits k<sub>A</sub> and the counter’s k
        <sub>B</sub> are counts of rare events over n<sub>A</sub> and n<sub>B</sub> hashes. Given
        their total, k<sub>A</sub> follows a binomial law with success probability r n<sub>A</sub> /
        (r n<sub>A</sub> + n<sub>B</sub>), where r is the true ratio. The exact Clopper-Pearson
        interval for that probability becomes an exact interval for r, and the exact binomial test
        of r = 1 gives the p-value. No normal approximation is used, so the numbers stay honest even
        with a handful of hits.
      </p>
      <p>
        <strong>Holm’s correction.</strong> Sort the 20 p-values from smallest to largest. The
        smallest is tested at 0.05/20, the next at 0.05/19, and so on, stopping at the first that is
        not significant. The light bands in the chart are the intervals at those levels.
      </p>
      <p>
        <strong>Fresh jobs.</strong> Every job is a new random header in the real 80-byte format.
        Models are trained on other jobs than those they are tested on. The seed fixes everything,
        and the command line gives the same numbers:{' '}
        <code>npx nonce-sense experiment strategies --seed 1</code>.
      </p>
    </>
  ),
};
