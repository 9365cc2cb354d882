import type { DifficultyProse } from './prose';

export const difficultyProseEn: DifficultyProse = {
  hook: (
    <p>
      Miners today hash trillions of times faster than in 2009, yet a block still arrives about
      every ten minutes. Nobody decides this: every node runs the same small rule every 2,016
      blocks. Below, your browser re-runs that rule on the real block headers and checks its answer
      against what the network actually did.
    </p>
  ),
  tryIt: (
    <p>
      The rule: take the time from the first to the last block of the period, keep it between 3.5
      and 56 days, multiply the old target by that time over two weeks, never go above the easiest
      target (bits 1d00ffff), and write the result in the compact bits form.
    </p>
  ),
  reveal: (
    <p>
      Every retarget the bundled headers allow is recomputed, and the count of exact matches with
      the real bits is shown above the chart: not one number here is copied from elsewhere.
    </p>
  ),
  why: (
    <p>
      Blocks found faster than planned shorten the period, so the target shrinks in proportion and
      each hash becomes less likely to win. The simulation below draws each block time from the
      exponential distribution, with mean 600 s × difficulty ÷ hash rate, and applies the same rule:
      change the hash rate and watch one period drift before the next retarget pulls it back.
    </p>
  ),
  simIntro: (
    <p>
      Pick a change, a period and a seed. The start is in balance (ten-minute blocks); everything
      after is drawn from the seeded generator, so a shared link replays the same run.
    </p>
  ),
  deeperSummary: 'Go deeper: the off-by-one, the clamp and the cap',
  deeper: (
    <>
      <p>
        The period spans 2,016 blocks but the rule measures from its first block to its last: 2,015
        intervals. So the target is set as if blocks came about 0.05% faster than they did, and
        blocks run about 0.3 s slower than ten minutes on average. Fixing it would need a hard fork,
        so it stays.
      </p>
      <p>
        Until late 2009 hash rate was so low that every retarget asked for an easier target than the
        limit; the cap kept the bits at 1d00ffff until height 32,256, the first real change. The ×4
        and ×¼ clamp limits how far one retarget can move; in the bundled data it applies once, at
        height 68,544 (the rush of new miners in July 2010).
      </p>
      <p>
        The compact form keeps only three bytes of mantissa and drops the rest, exactly like Bitcoin
        Core&apos;s arith_uint256 GetCompact: that rounding is why the check compares bits, not
        targets. The same check runs from the command line: npx nonce-sense retarget --json.
      </p>
    </>
  ),
};
