import type { ImprovementProse } from './prose';

export const improvementProseEn: ImprovementProse = {
  hook: (
    <p className="lede">
      What if a blockchain paid for making an AI better, instead of for burning hashes? It is an
      appealing idea. This page runs the method behind one such design and asks what it really
      measures.
    </p>
  ),
  claims: (
    <>
      <p>The design note, publicly posted, claims (quoted as claims, tested below):</p>
      <ul className="claims" data-testid="improvement-claims">
        <li>
          <q>Mining is directly tied to AI improvements – no arbitrary work.</q>
        </li>
        <li>
          <q>Mine a block only when real improvement occurs</q>, with a threshold of <q>&gt;0.1%</q>
          .
        </li>
        <li>
          A reward of 50, halving every 210,000 blocks, times <q>1.0 + sum(improvements)</q>, split
          80 % to the miner and 20 % to a genesis wallet.
        </li>
        <li>
          <q>difficulty: &quot;0000&quot;</q>, <q>~30 seconds</q> per block, and{' '}
          <q>Model Verification: Cryptographic proof of improvements</q>.
        </li>
      </ul>
    </>
  ),
  evaluator: (
    <>
      <p>
        The code that goes with it measures “improvement” like this: every minute it times a few
        tiny tasks (a sum of squares, the eigenvalues of a 100 × 100 matrix, a string split and
        three regular expressions), turns each time t in seconds into a score 1 / (1 + t), and if a
        score beats the stored one, calls (new − old) / old an improvement and stores the new score
        (it only ever goes up, to at most 1). If the improvements add up to more than 0.001, a block
        is mined.
      </p>
      <p>
        Notice what is missing: no model is involved. The tasks are the same every time, so the only
        thing that changes is how long this device happened to take. Below, the page runs exactly
        that, with nothing changed between rounds, and counts how often noise alone would mint a
        block.
      </p>
    </>
  ),
  chainIntro: (
    <p>
      The chain itself is ordinary: a block holds an index, a timestamp, a merkle root, the previous
      hash, a nonce and the improvement record. Its hash is SHA-256 of the first five as text, and
      it must start with enough hex zeros. One hex zero is 4 bits, so each extra zero makes a block
      16 times harder: the same hash lottery as any proof-of-work, with the same chance per try
      whatever the “improvement”. Every 10 blocks one zero is added if blocks came faster than 15 s,
      and removed if slower than 60 s (never fewer than 2). The improvement record sits in the
      block, but not in the hashed text.
    </p>
  ),
  issuanceIntro: (
    <p>
      The reward is the fixed halving schedule times (1 + the sum of improvements). Since a block is
      only mined when that sum is above 0.001, every block pays more than the schedule, and nothing
      checks the sum.
    </p>
  ),
  verification: (
    <>
      <h2>What verification would need</h2>
      <p>
        Proof-of-work is cheap to verify: anyone hashes the header once and compares. Finding the
        nonce took many tries; checking it takes one. A timing has no such property. Another machine
        cannot reproduce “this ran 1.2 ms faster on my device at 14:03”: its own times differ, the
        noise differs, and the claim carries nothing to check against. To reward a real improvement,
        others would need the model itself, a fixed evaluation on data the miner did not choose, a
        score that does not depend on the machine (accuracy, not speed), and the record inside the
        hashed data. None of that is in the design.
      </p>
    </>
  ),
  lesson: (
    <p className="lesson" data-testid="improvement-lesson">
      Here timing noise alone mints blocks, a forged record validates, and the multiplier only
      inflates. The proof-of-work part is an ordinary hash lottery. The one lesson of this site
      holds: optimise hashes per second, never luck per hash — and a faster stopwatch reading is
      neither.
    </p>
  ),
  deeperSummary: 'Go deeper: why 1 / (1 + t) turns 1 ms into 0.1 %',
  deeper: (
    <>
      <p>
        If a task took t₀ seconds and now takes t₁, the score goes from 1 / (1 + t₀) to 1 / (1 +
        t₁), and (new − old) / old = (t₀ − t₁) / (1 + t₁). For tasks of a few milliseconds that is
        about t₀ − t₁ in seconds: a gain of 1 ms is 0.1 %. So the threshold is really “was this run
        at least about 1 ms faster than the best so far?”, which on a busy device happens by chance.
      </p>
      <p>
        The ratchet stores the best score so far. For times that vary at random, round n is a new
        best with chance about 1/n, so records, and mints, get rarer as the run goes on; that is why
        rates are given per window. Read in milliseconds, the same formula makes almost any new best
        count, and long tasks (with more jitter in absolute terms) cross the threshold more often in
        seconds.
      </p>
    </>
  ),
};
